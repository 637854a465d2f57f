package sahelsim.hindcast.acled;

/** What is counted: events, or the people they killed (ACLED's fatalities column, the model's dead of all sides). */
public enum Count {
    EVENTS("events"),
    FATALITIES("fatalities");

    private final String word;

    Count(String word) {
        this.word = word;
    }

    /** The word in files and tables. */
    public String word() {
        return word;
    }
}
