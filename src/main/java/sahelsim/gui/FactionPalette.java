package sahelsim.gui;

import java.awt.Color;
import java.util.List;
import sahelsim.scenario.FactionSpec;

/**
 * The factions' colours as the scenario declares them (the colours the charts use too), and the control
 * layer's tints: the dominant faction's colour, more opaque the firmer its hold (Kalyvas' zones).
 */
final class FactionPalette {

    /** A town nobody holds, and the "nobody" line in charts. */
    static final Color NOBODY = new Color(0xFFFFFF);
    static final Color NOBODY_LINE = new Color(0x8A8A8A);

    /** Opacity of the control tint by zone 0-5: full control (1, 5) strongest, contested (3) faintest. */
    private static final int[] ZONE_ALPHA = {0, 150, 105, 55, 105, 150};

    private final Color[] colours;
    private final String[] names;
    private final Color[][] tints;

    FactionPalette(List<FactionSpec> factions) {
        colours = new Color[factions.size()];
        names = new String[factions.size()];
        tints = new Color[factions.size()][ZONE_ALPHA.length];
        for (int f = 0; f < colours.length; f++) {
            colours[f] = Color.decode(factions.get(f).colour());
            names[f] = factions.get(f).name();
            for (int z = 1; z < ZONE_ALPHA.length; z++) {
                Color c = colours[f];
                tints[f][z] = new Color(c.getRed(), c.getGreen(), c.getBlue(), ZONE_ALPHA[z]);
            }
        }
    }

    int size() {
        return colours.length;
    }

    /** A faction's colour by index; {@link #NOBODY} for -1. */
    Color colour(int faction) {
        return faction < 0 ? NOBODY : colours[faction];
    }

    String name(int faction) {
        return names[faction];
    }

    /** The control layer's colour of a cell: null (transparent) when uncontrolled. */
    Color tint(int faction, int zone) {
        return faction < 0 || zone <= 0 ? null : tints[faction][zone];
    }

    /** The tint of a zone in a given colour, for the legend. */
    static Color tint(Color colour, int zone) {
        return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), ZONE_ALPHA[zone]);
    }

    /** An outline that stands out against a fill: white around dark colours (Wagner's black), dark otherwise. */
    static Color outline(Color fill) {
        double luminance = 0.299 * fill.getRed() + 0.587 * fill.getGreen() + 0.114 * fill.getBlue();
        return luminance < 90 ? Color.WHITE : new Color(0x1E1E1E);
    }
}
