package sahelsim.gui;

import java.awt.Graphics2D;
import sahelsim.map.Grid;

/**
 * Who controls the land: each cell tinted in the colour of the faction with most influence there, the more
 * opaque the firmer its hold (firm hold, upper hand, contested); cells no one controls stay clear.
 */
final class ControlLayer implements MapLayer {

    private final MapFrame frame;

    ControlLayer(MapFrame frame) {
        this.frame = frame;
    }

    @Override
    public String name() {
        return "Who controls the land";
    }

    @Override
    public void paint(Graphics2D g, MapView view) {
        if (view == null) {
            return;
        }
        Grid grid = frame.grid();
        MapDay day = view.day();
        frame.painter().paintCells(g, cell -> {
            int i = grid.landIndex(cell);
            return i < 0 ? null : view.palette().cellColour(day.dominant()[i], day.zone()[i]);
        });
    }
}
