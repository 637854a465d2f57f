package sahelsim.hindcast.acled;

/** How a count is broken down: over the whole period, by month, by the model's region, or by ACLED event type. */
public enum Breakdown {
    PERIOD("period"),
    MONTH("month"),
    REGION("region"),
    EVENT_TYPE("event_type");

    private final String word;

    Breakdown(String word) {
        this.word = word;
    }

    /** The word in files and tables. */
    public String word() {
        return word;
    }
}
