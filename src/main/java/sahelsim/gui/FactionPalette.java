package sahelsim.gui;

import java.awt.Color;
import java.util.List;
import sahelsim.scenario.FactionSpec;

/**
 * The window's view of the factions' colours by index: the charts' palette (the scenario's colours and the
 * control maps' tints by Kalyvas zone), so the window's map looks like every control map, plus what only the
 * window needs (outlines, a colour for towns nobody holds).
 */
final class FactionPalette {

    /** A town nobody holds, and the "nobody" line in charts. */
    static final Color NOBODY = new Color(0xFFFFFF);
    static final Color NOBODY_LINE = new Color(0x8A8A8A);

    private final sahelsim.chart.FactionPalette palette;

    FactionPalette(List<FactionSpec> factions) {
        List<sahelsim.chart.FactionPalette.Entry> entries = factions.stream()
                .map(f -> new sahelsim.chart.FactionPalette.Entry(f.id(), f.name(), Color.decode(f.colour()),
                        f.side().name().toLowerCase()))
                .toList();
        palette = new sahelsim.chart.FactionPalette(entries);
    }

    int size() {
        return palette.factions().size();
    }

    /** A faction's colour by index; {@link #NOBODY} for -1. */
    Color colour(int faction) {
        return faction < 0 ? NOBODY : palette.get(faction).colour();
    }

    String name(int faction) {
        return palette.get(faction).name();
    }

    /** The control layer's colour of a cell, as control maps draw it: null (transparent) when uncontrolled. */
    Color tint(int faction, int zone) {
        return palette.cellColour(faction, zone);
    }

    /** The tint of a zone in a given colour, for the legend. */
    static Color tint(Color colour, int zone) {
        sahelsim.chart.FactionPalette one = new sahelsim.chart.FactionPalette(
                List.of(new sahelsim.chart.FactionPalette.Entry("", "", colour, "")));
        return one.cellColour(0, zone);
    }

    /** An outline that stands out against a fill: white around dark colours (Wagner's black), dark otherwise. */
    static Color outline(Color fill) {
        double luminance = 0.299 * fill.getRed() + 0.587 * fill.getGreen() + 0.114 * fill.getBlue();
        return luminance < 90 ? Color.WHITE : new Color(0x1E1E1E);
    }
}
