package sahelsim.scenario;

import java.util.Locale;

/** What a dated timeline event does. */
public enum TimelineAction {
    WITHDRAW, REINFORCE, SET, HOSTILITY, TRUCE, BREAK_TRUCE, FORM_COALITION, BREAK_COALITION, WAGNER_ARRIVES,
    WAGNER_LEAVES, OBJECTIVE;

    /** The name written in scenario files: withdraw, breakTruce, formCoalition, ... */
    public String fileName() {
        String[] parts = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder b = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            b.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return b.toString();
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
