package sahelsim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import sahelsim.runfolder.ControlMaps;
import sahelsim.map.Grid;
import sahelsim.map.Town;

/**
 * Draws control maps into a box, in layers so that an animation can draw the layers that never change once:
 * terrain in pale greys under everything; each cell in its dominant faction's colour, shaded by how firmly it
 * holds the cell ({@link ControlShading}); the lines, names and map furniture; and on top what changes with the date: towns filled with
 * their holder's colour, blockaded towns ringed, and the date in the upper left corner.
 */
final class ControlMapDrawing {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    static final Color BLOCKADE = new Color(0xB00020);
    static final float[] BLOCKADE_DASH = {4f, 3f};

    private final ControlMapScene scene;
    private final MapPainter map;
    private final double textScale;
    private final boolean small;

    /** A drawing of a scene in a box; {@code small} leaves out what a map of a panel has no room for. */
    ControlMapDrawing(ControlMapScene scene, Rectangle box, double textScale, boolean small) {
        this.scene = scene;
        this.map = new MapPainter(scene.grid(), box, textScale);
        this.textScale = textScale;
        this.small = small;
    }

    /** The rectangle the map occupies in the box. */
    Rectangle mapArea() {
        return map.mapArea();
    }

    /** Every layer, in order. */
    void draw(Graphics2D g, ControlMaps.Frame frame) {
        drawTerrain(g);
        drawControl(g, frame);
        drawLines(g);
        drawTowns(g, frame.date());
    }

    void drawTerrain(Graphics2D g) {
        Grid grid = scene.grid();
        map.paintCells(g, c -> grid.inMali(c) ? ControlShading.terrain(grid.terrain(c)) : MapStyle.OUTSIDE);
    }

    void drawControl(Graphics2D g, ControlMaps.Frame frame) {
        ControlShading.paint(g, map, scene.grid(), scene.palette(), new ControlShading.CellControl() {
            @Override
            public int faction(int cell) {
                return frame.faction()[cell];
            }

            @Override
            public int zone(int cell) {
                return frame.zone()[cell];
            }
        });
    }

    /** Roads, river, border, town names and map furniture: the same on every date. */
    void drawLines(Graphics2D g) {
        map.reserveCorners();
        if (!small) {
            map.paintNeighbours(g);
        }
        map.paintRoads(g);
        map.paintRiver(g);
        map.paintBorder(g);
        map.paintTownNames(g, small ? Town::capital : town -> true);
        if (!small) {
            map.paintScaleBar(g);
            map.paintNorthArrow(g);
            map.paintBamakoPointer(g);
        }
        map.paintFrame(g);
    }

    /** Towns in their holders' colours, blockade rings, and the date in the corner. */
    void drawTowns(Graphics2D g, LocalDate date) {
        List<Town> towns = scene.grid().geography().towns();
        map.paintTowns(g, t -> scene.townFill(towns.get(t), date));
        for (Town town : towns) {
            if (scene.blockaded(town, date)) {
                ring(g, map, town, textScale);
            }
        }
        Rectangle area = map.mapArea();
        MapPainter.haloText(g, DAY.format(date), MapStyle.font(Font.BOLD, (float) (32 * textScale)),
                (float) (area.x + 14 * textScale), (float) (area.y + 44 * textScale));
    }

    /** A dashed red ring around a blockaded town. */
    static void ring(Graphics2D g, MapPainter map, Town town, double scale) {
        Point2D p = map.toScreen(town.location().lat(), town.location().lon());
        double r = map.radius(town) + 5 * scale;
        g.setColor(BLOCKADE);
        g.setStroke(new BasicStroke((float) (3 * scale), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                new float[] {(float) (BLOCKADE_DASH[0] * scale), (float) (BLOCKADE_DASH[1] * scale)}, 0f));
        g.draw(new Ellipse2D.Double(p.getX() - r, p.getY() - r, 2 * r, 2 * r));
    }

}
