package sahelsim.gui;

import sahelsim.chart.FactionPalette;

/**
 * A day of a run as the map paints it, with the run's colours and, for the run before a Restart, the banner that
 * says so.
 *
 * @param banner null for the run going on; "Before: no lever", ... for the earlier run
 */
record MapView(MapDay day, FactionPalette palette, String banner) {

    boolean live() {
        return banner == null;
    }
}
