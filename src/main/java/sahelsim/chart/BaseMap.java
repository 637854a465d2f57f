package sahelsim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import sahelsim.io.BuildInfo;
import sahelsim.map.Grid;
import sahelsim.map.Terrain;

/** The map picture of {@code sahelsim map}: terrain, river, roads and towns with a legend. */
public final class BaseMap implements Picture {

    private final Grid grid;

    public BaseMap(Grid grid) {
        this.grid = grid;
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        int width = (int) area.getWidth();
        int height = (int) area.getHeight();
        int legendWidth = Math.max(320, width / 4);
        Rectangle mapBox = new Rectangle(16, 16, width - legendWidth - 32, height - 32);
        MapPainter map = new MapPainter(grid, mapBox);
        map.paintTerrain(g);
        map.paintNeighbours(g);
        map.paintRoads(g);
        map.paintRiver(g);
        map.paintBorder(g);
        map.paintTowns(g, t -> Color.WHITE);
        map.reserveCorners();
        map.paintTownNames(g);
        map.paintScaleBar(g);
        map.paintNorthArrow(g);
        map.paintBamakoPointer(g);
        map.paintFrame(g);
        legend(g, grid, new Rectangle(map.mapArea().x + map.mapArea().width + 28, 24,
                width - (map.mapArea().x + map.mapArea().width + 28) - 16, height - 48));
    }

    private static void legend(Graphics2D g, Grid grid, Rectangle box) {
        float x = box.x;
        float y = box.y + 26;
        g.setColor(MapStyle.TEXT);
        g.setFont(MapStyle.font(Font.BOLD, 28f));
        g.drawString("Northern and", x, y);
        g.drawString("central Mali", x, y + 34);
        y += 64;
        g.setFont(MapStyle.font(Font.PLAIN, 15f));
        g.setColor(new Color(0x505050));
        g.drawString(String.format("%d x %d cells of %s°", grid.width(), grid.height(), grid.resolution()), x, y);
        g.drawString(String.format("(about %.0f km), %,d people (2009)", grid.cellKm(), grid.totalPopulation()),
                x, y + 20);
        y += 56;
        g.setFont(MapStyle.font(Font.BOLD, 17f));
        g.setColor(MapStyle.TEXT);
        g.drawString("Terrain", x, y);
        y += 12;
        g.setFont(MapStyle.font(Font.PLAIN, 16f));
        for (Terrain t : Terrain.values()) {
            g.setColor(MapStyle.terrain(t));
            g.fill(new Rectangle2D.Double(x, y, 30, 20));
            g.setColor(new Color(0x707070));
            g.setStroke(new BasicStroke(1f));
            g.draw(new Rectangle2D.Double(x, y, 30, 20));
            g.setColor(MapStyle.TEXT);
            g.drawString(t.label(), x + 42, y + 16);
            y += 30;
        }
        y += 18;
        g.setFont(MapStyle.font(Font.BOLD, 17f));
        g.drawString("Lines and places", x, y);
        y += 26;
        g.setFont(MapStyle.font(Font.PLAIN, 16f));
        line(g, x, y, MapStyle.RIVER, MapStyle.RIVER_STROKE, "River Niger");
        y += 28;
        line(g, x, y, MapStyle.ROAD, MapStyle.ROAD_STROKE, "Main road");
        y += 28;
        line(g, x, y, MapStyle.TRACK, MapStyle.TRACK_STROKE, "Track");
        y += 28;
        line(g, x, y, MapStyle.BORDER, MapStyle.BORDER_STROKE, "Border of Mali");
        y += 30;
        dot(g, x + 15, y - 5, 7.5, 2.2f);
        g.drawString("Regional capital", x + 42, y);
        y += 28;
        dot(g, x + 15, y - 5, 4.5, 1.4f);
        g.drawString("Town or base", x + 42, y);
        g.setFont(MapStyle.font(Font.PLAIN, 12f));
        g.setColor(new Color(0x606060));
        float fy = box.y + box.height - 70;
        for (String line : new String[] {
            "Border: Digital Chart of the World.",
            "Niger: GSHHG/WDBII. Towns: GeoNames,",
            "Wikipedia. Roads are qualitative.",
            "Population: 2009 census by region.",
            BuildInfo.label()}) {
            g.drawString(line, x, fy);
            fy += 15;
        }
    }

    private static void line(Graphics2D g, float x, float y, Color colour, java.awt.Stroke stroke, String label) {
        g.setColor(colour);
        g.setStroke(stroke);
        g.draw(new Line2D.Double(x, y - 5, x + 30, y - 5));
        g.setColor(MapStyle.TEXT);
        g.drawString(label, x + 42, y);
    }

    private static void dot(Graphics2D g, double cx, double cy, double r, float width) {
        Ellipse2D e = new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
        g.setColor(Color.WHITE);
        g.fill(e);
        g.setColor(MapStyle.TEXT);
        g.setStroke(new BasicStroke(width));
        g.draw(e);
    }
}
