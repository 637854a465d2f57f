package sahelsim.gui;

import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.Set;
import java.util.TreeSet;
import sahelsim.chart.MapPainter;
import sahelsim.map.Grid;
import sahelsim.scenario.ForeignForceSpec;
import sahelsim.scenario.GarrisonSpec;
import sahelsim.scenario.Scenario;

/**
 * The map's drawing space: a fixed frame of reference pixels, the map on the left and the date and legend
 * column on the right. Every layer paints in these pixels; the window, snapshots and GIF frames scale the whole
 * frame, so labels and symbols keep their size relative to the map at any window size. The frame is wider than
 * tall, as a projector's screen is, so that the map fills the height the window gives it.
 */
final class MapFrame {

    /** Width and height of the frame in reference pixels. */
    static final int WIDTH = 1170;
    static final int HEIGHT = 820;
    static final Rectangle MAP_BOX = new Rectangle(6, 6, 724, 808);
    static final Rectangle LEGEND_BOX = new Rectangle(752, 14, 410, 792);
    /** Town dots, the scale bar and the neighbours' names a third larger than on an analyst's map. */
    private static final double FURNITURE_SCALE = 1.3;

    private final Grid grid;
    private final MapPainter painter;
    private final TownNames names;

    MapFrame(Grid grid, Scenario scenario) {
        this.grid = grid;
        this.painter = new MapPainter(grid, MAP_BOX, FURNITURE_SCALE);
        Set<String> posted = new TreeSet<>();
        scenario.garrisons().stream().map(GarrisonSpec::town).forEach(posted::add);
        scenario.foreignForces().stream().map(ForeignForceSpec::base).forEach(posted::add);
        this.names = new TownNames(painter, grid.geography().towns(), posted);
    }

    Grid grid() {
        return grid;
    }

    MapPainter painter() {
        return painter;
    }

    TownNames names() {
        return names;
    }

    /** The transform from reference pixels to an area of the screen or an image, keeping proportions. */
    static AffineTransform toArea(Rectangle2D area) {
        double scale = scale(area.getWidth(), area.getHeight());
        AffineTransform t = AffineTransform.getTranslateInstance(area.getX(), area.getY());
        t.scale(scale, scale);
        return t;
    }

    /** The scale at which the frame fits an area. */
    static double scale(double width, double height) {
        return Math.min(width / WIDTH, height / HEIGHT);
    }
}
