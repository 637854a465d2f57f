package sahelsim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import sahelsim.map.GreatCircle;
import sahelsim.map.Grid;
import sahelsim.map.LatLon;
import sahelsim.map.MapBounds;
import sahelsim.map.MaliGeography;
import sahelsim.map.RoadKind;
import sahelsim.map.RoadLink;
import sahelsim.map.Town;

/**
 * Paints the map's layers onto a Graphics2D inside a screen rectangle: terrain or any per-cell layer,
 * border, river, roads, towns with names, a scale bar and a north arrow. The projection is equirectangular
 * with longitudes shrunk by the cosine of the map's middle latitude, so shapes keep their proportions.
 */
public final class MapPainter {

    private static final double MID_LAT_COS = Math.cos(Math.toRadians((MapBounds.NORTH + MapBounds.SOUTH) / 2));

    private final Grid grid;
    private final MaliGeography geo;
    private final double scale;
    private final double originX;
    private final double originY;
    private final Rectangle area;
    private final double textScale;
    private final List<Rectangle2D> placedLabels = new ArrayList<>();
    private final List<Rectangle2D> labelBoxes = new ArrayList<>();
    private final List<Rectangle2D> reserved = new ArrayList<>();

    public MapPainter(Grid grid, Rectangle area) {
        this(grid, area, 1.0);
    }

    /**
     * A painter whose text, town dots and map furniture are scaled by {@code textScale}: below 1 for the
     * small maps of a panel, where full-size labels would cover the map.
     */
    public MapPainter(Grid grid, Rectangle area, double textScale) {
        this.grid = grid;
        this.textScale = textScale;
        this.geo = grid.geography();
        double w = (MapBounds.EAST - MapBounds.WEST) * MID_LAT_COS;
        double h = MapBounds.NORTH - MapBounds.SOUTH;
        this.scale = Math.min(area.width / w, area.height / h);
        this.originX = area.x + (area.width - w * scale) / 2;
        this.originY = area.y + (area.height - h * scale) / 2;
        this.area = new Rectangle((int) Math.round(originX), (int) Math.round(originY),
                (int) Math.round(w * scale), (int) Math.round(h * scale));
    }

    /** The rectangle the map itself occupies. */
    public Rectangle mapArea() {
        return area;
    }

    public Point2D toScreen(double lat, double lon) {
        return new Point2D.Double(originX + (lon - MapBounds.WEST) * MID_LAT_COS * scale,
                originY + (MapBounds.NORTH - lat) * scale);
    }

    /** Pixels per km along a parallel at the middle of the map. */
    public double pixelsPerKm() {
        return scale / GreatCircle.KM_PER_DEGREE;
    }

    public static void smooth(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    /** Fills every cell with a colour (null leaves it transparent), one image pixel per cell. */
    public void paintCells(Graphics2D g, IntFunction<Color> colourOf) {
        BufferedImage img = new BufferedImage(grid.width(), grid.height(), BufferedImage.TYPE_INT_ARGB);
        for (int c = 0; c < grid.cellCount(); c++) {
            Color col = colourOf.apply(c);
            if (col != null) {
                img.setRGB(grid.x(c), grid.y(c), col.getRGB());
            }
        }
        Object old = g.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g.drawImage(img, area.x, area.y, area.width, area.height, null);
        if (old != null) {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, old);
        }
    }

    public void paintTerrain(Graphics2D g) {
        paintCells(g, c -> grid.inMali(c) ? MapStyle.terrain(grid.terrain(c)) : MapStyle.OUTSIDE);
    }

    /** Names of the neighbouring countries, placed by hand in their part of the map. */
    public void paintNeighbours(Graphics2D g) {
        g.setFont(font(Font.ITALIC, 17f));
        g.setColor(MapStyle.NEIGHBOUR_TEXT);
        neighbour(g, "ALGERIA", 23.6, 1.6);
        neighbour(g, "MAURITANIA", 17.3, -6.45);
        neighbour(g, "NIGER", 18.0, 4.35);
        neighbour(g, "BURKINA FASO", 13.45, -1.4);
    }

    private void neighbour(Graphics2D g, String name, double lat, double lon) {
        Point2D p = toScreen(lat, lon);
        int w = g.getFontMetrics().stringWidth(name);
        double x = Math.max(area.x + 4, Math.min(area.x + area.width - w - 4, p.getX() - w / 2.0));
        g.drawString(name, (float) x, (float) p.getY());
    }

    public void paintBorder(Graphics2D g) {
        g.setColor(MapStyle.BORDER);
        g.setStroke(MapStyle.BORDER_STROKE);
        Shape clip = g.getClip();
        g.clip(area);
        g.draw(path(geo.borderRing()));
        g.setClip(clip);
    }

    public void paintRiver(Graphics2D g) {
        g.setColor(MapStyle.RIVER);
        g.setStroke(MapStyle.RIVER_STROKE);
        g.draw(path(geo.river()));
    }

    public void paintRoads(Graphics2D g) {
        for (RoadLink link : geo.roads().links()) {
            if (link.kind() == RoadKind.RIVER) {
                continue;
            }
            g.setColor(link.kind() == RoadKind.ROAD ? MapStyle.ROAD : MapStyle.TRACK);
            g.setStroke(link.kind() == RoadKind.ROAD ? MapStyle.ROAD_STROKE : MapStyle.TRACK_STROKE);
            Point2D a = toScreen(geo.town(link.from()).location().lat(), geo.town(link.from()).location().lon());
            Point2D b = toScreen(geo.town(link.to()).location().lat(), geo.town(link.to()).location().lon());
            g.draw(new java.awt.geom.Line2D.Double(a, b));
        }
    }

    private Path2D path(List<LatLon> points) {
        Path2D p = new Path2D.Double();
        for (int i = 0; i < points.size(); i++) {
            Point2D s = toScreen(points.get(i).lat(), points.get(i).lon());
            if (i == 0) {
                p.moveTo(s.getX(), s.getY());
            } else {
                p.lineTo(s.getX(), s.getY());
            }
        }
        return p;
    }

    /** Towns as dots sized by population, filled with a colour per town (for example who holds it). */
    public void paintTowns(Graphics2D g, IntFunction<Color> fillOf) {
        List<Town> towns = geo.towns();
        for (int t = 0; t < towns.size(); t++) {
            Town town = towns.get(t);
            Point2D p = toScreen(town.location().lat(), town.location().lon());
            double r = radius(town);
            Shape dot = new Ellipse2D.Double(p.getX() - r, p.getY() - r, 2 * r, 2 * r);
            g.setColor(fillOf.apply(t));
            g.fill(dot);
            g.setColor(MapStyle.TEXT);
            g.setStroke(new BasicStroke((float) ((town.capital() ? 2.2 : 1.4) * Math.max(textScale, 0.7))));
            g.draw(dot);
        }
    }

    public static double townRadius(Town town) {
        return town.capital() ? 7.5 : town.population() >= 20000 ? 5.5 : 4.0;
    }

    /** A town dot's radius on this map, in pixels. */
    public double radius(Town town) {
        return townRadius(town) * textScale;
    }

    /** Town names beside their dots, moved to a free side when the first choice would overlap a label. */
    public void paintTownNames(Graphics2D g) {
        paintTownNames(g, town -> true);
    }

    /**
     * Keeps town names out of the map's corners, where the date, the north arrow, the scale bar and the
     * pointer to Bamako are drawn.
     */
    public void reserveCorners() {
        double k = textScale;
        reserved.add(new Rectangle2D.Double(area.x, area.y, 230 * k, 60 * k));
        reserved.add(new Rectangle2D.Double(area.x + area.width - 70 * k, area.y, 70 * k, 95 * k));
        reserved.add(new Rectangle2D.Double(area.x + area.width - 320 * k, area.y + area.height - 60 * k, 320 * k,
                60 * k));
        reserved.add(new Rectangle2D.Double(area.x, area.y + area.height - 30 * k, 260 * k, 30 * k));
    }

    /** The boxes of the town names drawn by the last {@link #paintTownNames}, halo included. */
    public List<Rectangle2D> labelBoxes() {
        return List.copyOf(labelBoxes);
    }

    /**
     * Names of the chosen towns only (for example regional capitals on a small map). A name goes beside its
     * dot on the first side where it overlaps no other name, no town and no reserved corner and stays inside
     * the map; a name with no such place is left out rather than drawn over another.
     */
    public void paintTownNames(Graphics2D g, Predicate<Town> named) {
        placedLabels.clear();
        labelBoxes.clear();
        placedLabels.addAll(reserved);
        for (Town town : geo.towns()) {
            Point2D p = toScreen(town.location().lat(), town.location().lon());
            double r = radius(town);
            placedLabels.add(new Rectangle2D.Double(p.getX() - r, p.getY() - r, 2 * r, 2 * r));
        }
        List<Town> towns = new ArrayList<>(geo.towns());
        // Capitals first so that they get their preferred places.
        towns.sort((a, b) -> Boolean.compare(b.capital(), a.capital()));
        for (Town town : towns) {
            if (named.test(town)) {
                Font font = font(town.capital() ? Font.BOLD : Font.PLAIN, town.capital() ? 17f : 14f);
                label(g, town.name(), font, town.location(), radius(town) + 3 * textScale);
            }
        }
    }

    private Font font(int style, float size) {
        return MapStyle.font(style, (float) (size * textScale));
    }

    private void label(Graphics2D g, String text, Font font, LatLon at, double gap) {
        Point2D p = toScreen(at.lat(), at.lon());
        GlyphVector gv = font.createGlyphVector(g.getFontRenderContext(), text);
        Rectangle2D b = gv.getVisualBounds();
        double w = b.getWidth();
        double h = b.getHeight();
        double far = gap + h;
        double[][] offsets = {
            {gap, h / 2}, {-gap - w, h / 2}, {-w / 2, gap + h}, {-w / 2, -gap},
            {gap, -gap}, {-gap - w, -gap}, {gap, gap + h}, {-gap - w, gap + h},
            {-w / 2, -far}, {-w / 2, far + h}, {gap, -far}, {gap, far + h}, {-gap - w, -far}, {-gap - w, far + h}};
        for (double[] o : offsets) {
            // The glyphs' own box (its top may lie above the baseline by more than h for accents), with room
            // for the halo.
            Rectangle2D box = new Rectangle2D.Double(p.getX() + o[0] + b.getX() - 2, p.getY() + o[1] + b.getY() - 2,
                    w + 4, h + 4);
            if (area.contains(box) && placedLabels.stream().noneMatch(box::intersects)) {
                placedLabels.add(box);
                labelBoxes.add(box);
                haloText(g, gv, (float) (p.getX() + o[0]), (float) (p.getY() + o[1]));
                return;
            }
        }
    }

    /** Text with a white halo, readable on any background. */
    public static void haloText(Graphics2D g, GlyphVector gv, float x, float y) {
        Shape outline = gv.getOutline(x, y);
        g.setColor(MapStyle.HALO);
        g.setStroke(new BasicStroke(3.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(outline);
        g.setColor(MapStyle.TEXT);
        g.fill(outline);
    }

    public static void haloText(Graphics2D g, String text, Font font, float x, float y) {
        haloText(g, font.createGlyphVector(g.getFontRenderContext(), text), x, y);
    }

    /** A scale bar of a round length in the lower left corner of the map. */
    public void paintScaleBar(Graphics2D g) {
        double km = 200;
        double px = km * pixelsPerKm() * Math.cos(Math.toRadians(16)) / MID_LAT_COS;
        float x = (float) (area.x + area.width - px - 40 * textScale);
        float y = (float) (area.y + area.height - 28 * textScale);
        g.setColor(MapStyle.TEXT);
        g.setStroke(new BasicStroke(1.5f));
        for (int i = 0; i < 4; i++) {
            Rectangle2D seg = new Rectangle2D.Double(x + i * px / 4, y, px / 4, 8 * textScale);
            g.setColor(i % 2 == 0 ? MapStyle.TEXT : Color.WHITE);
            g.fill(seg);
            g.setColor(MapStyle.TEXT);
            g.draw(seg);
        }
        Font f = font(Font.PLAIN, 14f);
        haloText(g, "0", f, x - 4, y - 5);
        haloText(g, (int) km + " km", f, (float) (x + px - 20 * textScale), y - 5);
    }

    /** A north arrow in the upper right corner of the map. */
    public void paintNorthArrow(Graphics2D g) {
        double k = textScale;
        double cx = area.x + area.width - 40 * k;
        double top = area.y + 22 * k;
        Path2D arrow = new Path2D.Double();
        arrow.moveTo(cx, top);
        arrow.lineTo(cx + 12 * k, top + 40 * k);
        arrow.lineTo(cx, top + 31 * k);
        arrow.lineTo(cx - 12 * k, top + 40 * k);
        arrow.closePath();
        g.setColor(MapStyle.TEXT);
        g.fill(arrow);
        haloText(g, "N", font(Font.BOLD, 18f), (float) (cx - 7 * k), (float) (top + 62 * k));
    }

    /** A note in the south-west corner: Bamako lies off the map, beyond Ségou. */
    public void paintBamakoPointer(Graphics2D g) {
        LatLon segou = geo.town("segou").location();
        long km = Math.round(segou.kmTo(MaliGeography.BAMAKO));
        float x = area.x + 8;
        float y = area.y + area.height - 10;
        haloText(g, "\u2199 Bamako, " + km + " km SW of Ségou", font(Font.ITALIC, 14f), x, y);
    }

    /** The map's frame. */
    public void paintFrame(Graphics2D g) {
        g.setColor(new Color(0x5A5A5A));
        g.setStroke(new BasicStroke(1f));
        g.draw(area);
    }

    public AffineTransform identity() {
        return new AffineTransform();
    }
}
