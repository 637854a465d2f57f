package sahelsim.chart;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The charts `sahelsim chart --what` can draw from a run folder, by the names the option takes. */
public enum ChartKind {
    CONTROL("control"),
    CONTROL_AREA("control-area"),
    CONTROL_STACKED("control-stacked"),
    FATALITIES("fatalities"),
    CIVILIAN_DEATHS("civilian-deaths"),
    EVENTS("events"),
    DISPLACEMENT("displacement"),
    DISPLACED_MAP("displaced-map"),
    MAP("map"),
    PANEL("panel"),
    ANIMATION("animation"),
    SHARE_MAP("share-map"),
    GEOJSON("geojson");

    private final String id;

    ChartKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /**
     * What `chart DIR` draws with no --what, and what a run writes into its folder: all but the animation and
     * the GeoJSON export (the share map only for a set of replicates).
     */
    public static Set<ChartKind> defaults() {
        return EnumSet.complementOf(EnumSet.of(ANIMATION, GEOJSON));
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
