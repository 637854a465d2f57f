package sahelsim.gui;

import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import sahelsim.chart.MapPainter;
import sahelsim.map.Grid;

/**
 * The map's drawing space: a fixed frame of reference pixels, the map on the left and the legend column on the
 * right. Every layer paints in these pixels; the window, snapshots and GIF frames scale the whole frame, so
 * labels and symbols keep their size relative to the map at any window size (big on a projector).
 */
final class MapFrame {

    /** Width and height of the frame in reference pixels. */
    static final int WIDTH = 1100;
    static final int HEIGHT = 820;
    static final Rectangle MAP_BOX = new Rectangle(6, 6, 724, 808);
    static final Rectangle LEGEND_BOX = new Rectangle(748, 14, 342, 792);

    private final Grid grid;
    private final MapPainter painter;

    MapFrame(Grid grid) {
        this.grid = grid;
        this.painter = new MapPainter(grid, MAP_BOX);
    }

    Grid grid() {
        return grid;
    }

    MapPainter painter() {
        return painter;
    }

    /** The transform from reference pixels to an area of the screen or an image, keeping proportions. */
    static AffineTransform toArea(Rectangle2D area) {
        double scale = Math.min(area.getWidth() / WIDTH, area.getHeight() / HEIGHT);
        AffineTransform t = AffineTransform.getTranslateInstance(area.getX(), area.getY());
        t.scale(scale, scale);
        return t;
    }
}
