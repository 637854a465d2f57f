package sahelsim.scenario;

/** What a dated timeline event does. */
public enum TimelineAction {
    WITHDRAW, REINFORCE, SET, HOSTILITY, TRUCE, BREAK_TRUCE, FORM_COALITION, BREAK_COALITION, WAGNER_ARRIVES,
    WAGNER_LEAVES, OBJECTIVE;

    /** The name written in scenario files: withdraw, breakTruce, formCoalition, ... */
    public String fileName() {
        return FileWords.of(this);
    }

    public static TimelineAction fromFileName(String name) {
        for (TimelineAction a : values()) {
            if (a.fileName().equals(name)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown action " + name);
    }
}
