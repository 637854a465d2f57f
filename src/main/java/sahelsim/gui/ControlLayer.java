package sahelsim.gui;

import java.awt.Graphics2D;
import sahelsim.map.Grid;
import sahelsim.model.mechanics.ControlMap;

/**
 * Who controls the land: each cell tinted in the colour of the faction with most influence there, the more
 * opaque the firmer its hold (Kalyvas' zones: full control, dominant, contested); uncontrolled cells stay clear.
 */
final class ControlLayer implements MapLayer {

    private final MapFrame frame;

    ControlLayer(MapFrame frame) {
        this.frame = frame;
    }

    @Override
    public String name() {
        return "Control of the land";
    }

    @Override
    public void paint(Graphics2D g, ClassroomRun run) {
        if (run == null) {
            return;
        }
        Grid grid = frame.grid();
        ControlMap control = run.model().control();
        FactionPalette palette = run.palette();
        frame.painter().paintCells(g, cell -> {
            int i = grid.landIndex(cell);
            return i < 0 ? null : palette.tint(control.dominant(i), control.zone(i));
        });
    }
}
