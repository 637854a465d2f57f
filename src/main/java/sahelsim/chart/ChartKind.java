package sahelsim.chart;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The charts `sahelsim chart --what` can draw from a run folder, by the names the option takes. */
public enum ChartKind {
    CONTROL("control", "share of residents each faction controls, over time"),
    CONTROL_AREA("control-area", "share of the area each faction controls, over time"),
    CONTROL_STACKED("control-stacked", "shares of residents stacked to 100%"),
    FATALITIES("fatalities", "people killed per month by perpetrator"),
    CIVILIAN_DEATHS("civilian-deaths", "civilians killed per month by perpetrator"),
    EVENTS("events", "events per month by ACLED event type"),
    DISPLACEMENT("displacement", "displaced people and refugees over time"),
    MAP("map", "the control map on each of --dates (default: the last day)"),
    PANEL("panel", "control maps of several dates on one picture (default: the start and each year's end)"),
    ANIMATION("animation", "animated GIF of the control map, a frame a month or a week (--animate)");

    private final String id;
    private final String description;

    ChartKind(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public String description() {
        return description;
    }

    /** What `chart DIR` draws with no --what, and what a run writes into its folder: all but the animation. */
    public static Set<ChartKind> defaults() {
        return EnumSet.complementOf(EnumSet.of(ANIMATION));
    }

    /** Parses "control,map"; throws IllegalArgumentException naming the bad part and the known names. */
    public static Set<ChartKind> parseList(String text) {
        Set<ChartKind> out = EnumSet.noneOf(ChartKind.class);
        for (String part : text.split(",")) {
            String p = part.trim().toLowerCase(Locale.ROOT);
            ChartKind found = null;
            for (ChartKind k : values()) {
                if (k.id.equals(p)) {
                    found = k;
                }
            }
            if (found == null) {
                throw new IllegalArgumentException("unknown chart '" + part.trim() + "' (known: "
                        + String.join(", ", ids()) + ")");
            }
            out.add(found);
        }
        return out;
    }

    public static List<String> ids() {
        List<String> out = new ArrayList<>();
        for (ChartKind k : values()) {
            out.add(k.id);
        }
        return out;
    }
}
