package sahelsim.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import sahelsim.io.ManifestInfo;
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

    /** The faction column's value for cells or residents nobody controls. */
    public static final String NONE = "none";
    public static final Color UNCONTROLLED = new Color(0xCFCFCF);
    public static final String UNCONTROLLED_NAME = "Uncontrolled";
    /** For a faction id the palette does not know (a hand-edited file): a neutral dark grey. */
    public static final Color UNKNOWN = new Color(0x5F5F5F);

    private final List<Entry> entries;

    public FactionPalette(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static FactionPalette of(ManifestInfo manifest) {
        List<Entry> out = new ArrayList<>();
        for (ManifestInfo.FactionInfo f : manifest.factions()) {
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

    public String name(String id) {
        if (NONE.equals(id)) {
            return UNCONTROLLED_NAME;
        }
        int i = index(id);
        return i < 0 ? id : entries.get(i).name();
    }
}
