package sahelsim.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import sahelsim.runfolder.RunManifest;
import sahelsim.scenario.FactionSpec;
import sahelsim.scenario.Scenario;

/**
 * One colour and one name per faction, the same in every chart, map and the window: taken from the scenario
 * (or a run's manifest, which copies it). The shipped scenarios use the Okabe-Ito palette, which stays
 * distinguishable with the common forms of colour blindness (Okabe and Ito 2008, "Color Universal Design").
 */
public final class FactionPalette {

    /** A faction with its colour; side is "government", "insurgent", ... as the scenario says. */
    public record Entry(String id, String name, Color colour, String side) {
    }

    /** The faction column's value for cells or residents no one controls. */
    public static final String NONE = "none";
    public static final Color UNCONTROLLED = new Color(0xCFCFCF);
    /** The one name, in every chart, map and the window, for land and people no faction controls. */
    public static final String UNCONTROLLED_NAME = "No one";
    /** A town no one holds: an empty dot. */
    public static final Color NO_ONE_TOWN = Color.WHITE;
    /** For a faction id the palette does not know (a hand-edited file): a neutral dark grey. */
    public static final Color UNKNOWN = new Color(0x5F5F5F);
    /**
     * Opacity of a faction's colour on a map cell by how firmly it holds the cell: contested (Kalyvas zone
     * 3), dominant (zone 2 or 4), firm (zone 1 or 5).
     */
    static final float[] STRENGTH_ALPHA = {0.32f, 0.6f, 0.85f};

    private final List<Entry> entries;

    public FactionPalette(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static FactionPalette of(RunManifest manifest) {
        List<Entry> out = new ArrayList<>();
        for (RunManifest.FactionInfo f : manifest.factions()) {
            out.add(new Entry(f.id(), f.name(), Color.decode(f.colour()), f.side()));
        }
        return new FactionPalette(out);
    }

    public static FactionPalette of(Scenario scenario) {
        List<Entry> out = new ArrayList<>();
        for (FactionSpec f : scenario.factions()) {
            out.add(new Entry(f.id(), f.name(), Color.decode(f.colour()), f.side().name().toLowerCase()));
        }
        return new FactionPalette(out);
    }

    /** The factions in scenario order. */
    public List<Entry> factions() {
        return entries;
    }

    public Entry get(int index) {
        return entries.get(index);
    }

    /** A faction's colour by index in scenario order; {@link #UNCONTROLLED} for -1 (no one). */
    public Color colour(int index) {
        return index < 0 ? UNCONTROLLED : entries.get(index).colour();
    }

    /** The faction's index in scenario order, or -1. */
    public int index(String id) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    public Color colour(String id) {
        if (NONE.equals(id)) {
            return UNCONTROLLED;
        }
        int i = index(id);
        return i < 0 ? UNKNOWN : entries.get(i).colour();
    }

    /**
     * The colour of a map cell as control maps draw it: the dominant faction's colour (by index in scenario
     * order), more opaque the firmer its control in the cell's Kalyvas zone (1-5); null for an uncontrolled
     * cell (faction -1 or zone 0), which leaves the terrain showing. The window's map uses it too, so that
     * maps look the same everywhere.
     */
    public Color cellColour(int faction, int zone) {
        if (faction < 0 || zone <= 0) {
            return null;
        }
        return tint(entries.get(faction).colour(), zone);
    }

    /** The tint of a zone in any colour, as {@link #cellColour} gives a faction's: for legends. */
    public static Color tint(Color colour, int zone) {
        return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(),
                Math.round(STRENGTH_ALPHA[strength(zone)] * 255));
    }

    /** An outline that stands out against a fill: white around dark colours (Wagner's black), dark otherwise. */
    public static Color outline(Color fill) {
        double luminance = 0.299 * fill.getRed() + 0.587 * fill.getGreen() + 0.114 * fill.getBlue();
        return luminance < 90 ? Color.WHITE : new Color(0x1E1E1E);
    }

    /** 0 contested (zone 3), 1 dominant (2 or 4), 2 firm (1 or 5). */
    static int strength(int zone) {
        return Math.min(2, Math.abs(zone - 3));
    }

    public String name(String id) {
        if (NONE.equals(id)) {
            return UNCONTROLLED_NAME;
        }
        int i = index(id);
        return i < 0 ? id : entries.get(i).name();
    }
}
