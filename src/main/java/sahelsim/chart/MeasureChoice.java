package sahelsim.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import sahelsim.observe.Measure;

/**
 * A measure and its faction column as `compare --measure` names them: {@code fatalities} (the total),
 * {@code fatalities:jnim}, {@code control_share_population:fama}, {@code zone_share_area:3}.
 */
public record MeasureChoice(Measure measure, String key) {

    /** Parses a choice; throws IllegalArgumentException saying what was expected. */
    public static MeasureChoice parse(String text) {
        int colon = text.indexOf(':');
        String id = (colon < 0 ? text : text.substring(0, colon)).trim();
        String key = colon < 0 ? "" : text.substring(colon + 1).trim();
        Measure measure = null;
        for (Measure m : Measure.values()) {
            if (m.id().equals(id)) {
                measure = m;
            }
        }
        if (measure == null) {
            throw new IllegalArgumentException("unknown measure '" + id + "' (known: " + String.join(", ", ids()) + ")");
        }
        switch (measure.key()) {
            case TOTAL -> {
                if (!key.isEmpty()) {
                    throw new IllegalArgumentException(id + " is a total and takes no ':" + key + "'");
                }
            }
            case FACTION, FACTION_OR_NONE -> {
                if (key.isEmpty()) {
                    throw new IllegalArgumentException(id + " is per faction: name one, as in " + id + ":jnim");
                }
            }
            case ZONE -> {
                if (!key.matches("[0-5]")) {
                    throw new IllegalArgumentException(id + " is per Kalyvas zone: name one, as in " + id + ":4");
                }
            }
            case COALITION -> {
                if (key.isEmpty()) {
                    throw new IllegalArgumentException(id + " is per coalition: name one, as in " + id + ":ID");
                }
            }
            case PLACE, CAMP, COUNTRY -> {
                if (key.isEmpty()) {
                    throw new IllegalArgumentException(id + " is per " + measure.key().name().toLowerCase(Locale.ROOT)
                            + ": name one, as in " + id + ":" + example(measure.key()));
                }
            }
            case FACTION_AND_TOTAL -> { }
        }
        return new MeasureChoice(measure, key);
    }

    private static String example(Measure.Key key) {
        return switch (key) {
            case CAMP -> "mbera";
            case COUNTRY -> "niger";
            default -> "mopti";
        };
    }

    private static List<String> ids() {
        List<String> out = new ArrayList<>();
        for (Measure m : Measure.values()) {
            out.add(m.id());
        }
        return out;
    }

    /** For file names: "fatalities", "control_share_population-jnim". */
    public String fileName() {
        return key.isEmpty() ? measure.id() : measure.id() + "-" + key;
    }

    @Override
    public String toString() {
        return key.isEmpty() ? measure.id() : measure.id() + ":" + key;
    }
}
