package sahelsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import sahelsim.chart.DisplacedMap;
import sahelsim.chart.FactionPalette;
import sahelsim.chart.MapPainter;
import sahelsim.chart.MapStyle;
import sahelsim.map.Terrain;
import sahelsim.scenario.Scenario;

/**
 * The right-hand column: the simulated date, large, then what the colours and symbols mean; on the map a scale
 * bar, a north arrow and the pointer to Bamako, and when the map shows the run before a Restart, a banner that
 * says so.
 */
final class LegendLayer implements MapLayer {

    static final float DATE_SIZE = 58f;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final Color MUTED = new Color(0x404040);
    private static final Color SAMPLE = new Color(0x555555);
    private static final Color BANNER = new Color(0x8A1C1C);
    private static final float TEXT = 20f;
    private static final float ROW = 29f;
    private static final float DATE_BASELINE = MapFrame.LEGEND_BOX.y + 52;
    private static final float KEY_TOP = DATE_BASELINE + 100;

    private final MapFrame frame;
    private final Scenario scenario;
    private final FactionPalette palette;
    private final PictureCache key;

    LegendLayer(MapFrame frame, Scenario scenario) {
        this.frame = frame;
        this.scenario = scenario;
        this.palette = FactionPalette.of(scenario);
        this.key = new PictureCache(this::paintKey, false);
    }

    @Override
    public String name() {
        return "Date and legend";
    }

    @Override
    public void paint(Graphics2D g, MapView view) {
        key.paint(g);
        float x = MapFrame.LEGEND_BOX.x;
        LocalDate date = view == null ? scenario.start() : view.day().date();
        g.setColor(view == null || view.live() ? MapStyle.TEXT : BANNER);
        g.setFont(MapStyle.font(Font.BOLD, DATE_SIZE));
        g.drawString(DATE.format(date), x, DATE_BASELINE);
        g.setFont(MapStyle.font(Font.PLAIN, TEXT));
        g.setColor(MUTED);
        int done = view == null ? 0 : view.day().daysDone();
        g.drawString(String.format(Locale.ENGLISH, "day %,d of %,d  ·  %s", done, scenario.days(), scenario.name()),
                x, DATE_BASELINE + 34);
        if (view != null && !view.live()) {
            banner(g, view.banner());
        }
    }

    /** A dark red label across the top of the map: this is the earlier run, not the one going on. */
    private static void banner(Graphics2D g, String text) {
        Font font = MapStyle.font(Font.BOLD, 30f);
        g.setFont(font);
        float w = g.getFontMetrics().stringWidth(text);
        Shape box = new RoundRectangle2D.Float(MapFrame.MAP_BOX.x + 12, MapFrame.MAP_BOX.y + 12, w + 28, 48, 12, 12);
        g.setColor(BANNER);
        g.fill(box);
        g.setColor(Color.WHITE);
        g.drawString(text, MapFrame.MAP_BOX.x + 26, MapFrame.MAP_BOX.y + 47);
    }

    /** Everything but the date: the map's scale bar, north arrow and frame, and the key to colours and symbols. */
    private void paintKey(Graphics2D g) {
        MapPainter painter = frame.painter();
        painter.paintScaleBar(g);
        painter.paintNorthArrow(g);
        painter.paintBamakoPointer(g);
        painter.paintFrame(g);

        float x = MapFrame.LEGEND_BOX.x;
        float y = KEY_TOP;
        y = heading(g, "Who controls the land", x, y);
        g.setFont(MapStyle.font(Font.PLAIN, TEXT));
        for (int f = 0; f < palette.factions().size(); f++) {
            swatch(g, FactionPalette.tint(palette.colour(f), 1), x, y - 17, 30, 21);
            text(g, palette.get(f).name(), x, y);
            y += ROW;
        }
        swatch(g, MapStyle.terrain(Terrain.SAHEL), x, y - 17, 30, 21);
        text(g, Words.NO_ONE + " (the land shows)", x, y);
        y += ROW + 10;
        float sx = x;
        for (int zone : new int[] {1, 2, 3}) {
            swatch(g, FactionPalette.tint(SAMPLE, zone), sx, y - 17, 30, 21);
            sx += 136;
        }
        y += 24;
        g.setFont(MapStyle.font(Font.PLAIN, 19f));
        g.setColor(MUTED);
        g.drawString(Words.FIRM, x, y);
        g.drawString(Words.UPPER_HAND, x + 136, y);
        g.drawString(Words.CONTESTED, x + 272, y);

        y += 40;
        y = heading(g, "On the map", x, y);
        g.setFont(MapStyle.font(Font.PLAIN, TEXT));
        double h = ForcesLayer.garrisonHalfSide(900);
        symbol(g, new Rectangle2D.Double(x + 15 - h, y - 7 - h, 2 * h, 2 * h), palette.colour(0));
        text(g, "Garrison (bigger: more troops)", x, y);
        y += ROW + 2;
        double r = ForcesLayer.unitRadius(400);
        symbol(g, new Ellipse2D.Double(x + 15 - r, y - 7 - r, 2 * r, 2 * r), palette.colour(0));
        text(g, "Armed band or column", x, y);
        y += ROW + 2;
        symbol(g, new Ellipse2D.Double(x + 15 - r, y - 7 - r, 2 * r, 2 * r), palette.colour(0));
        g.setColor(ForcesLayer.BATTLE);
        g.setStroke(new BasicStroke(2.6f));
        g.draw(new Ellipse2D.Double(x + 12 - r, y - 10 - r, 2 * r + 6, 2 * r + 6));
        text(g, "Fighting", x, y);
        y += ROW + 2;
        town(g, x + 15, y - 7, palette.colour(0));
        text(g, "Town, in its holder's colour", x, y);
        y += ROW + 2;
        town(g, x + 15, y - 7, FactionPalette.NO_ONE_TOWN);
        text(g, "Town " + Words.NO_ONE.toLowerCase() + " holds", x, y);
        y += ROW + 2;
        town(g, x + 15, y - 7, palette.colour(0));
        g.setColor(TownsLayer.BLOCKADE);
        g.setStroke(TownsLayer.BLOCKADE_RING);
        g.draw(new Ellipse2D.Double(x + 15 - 12, y - 7 - 12, 24, 24));
        text(g, "Town under blockade", x, y);
        y += ROW + 2;
        double d = DisplacedMap.radius(25_000);
        symbol(g, new Ellipse2D.Double(x + 9 - d, y - 7 - d, 2 * d, 2 * d), DisplacedMap.STAYING);
        symbol(g, DisplacedMap.tent(new java.awt.geom.Point2D.Double(x + 27, y - 7), d), DisplacedMap.STAYING);
        text(g, "Who fled: in towns, in camps", x, y);
        y += ROW + 2;
        g.setColor(FlightLayer.ON_THE_ROAD);
        g.setStroke(new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(x + 2, y - 7, x + 28, y - 7));
        text(g, "People on the road", x, y);
    }

    private static float heading(Graphics2D g, String text, float x, float y) {
        g.setFont(MapStyle.font(Font.BOLD, 25f));
        g.setColor(MapStyle.TEXT);
        g.drawString(text, x, y);
        return y + 34;
    }

    private static void swatch(Graphics2D g, Color colour, float x, float y, float w, float h) {
        Rectangle2D r = new Rectangle2D.Double(x, y, w, h);
        g.setColor(colour);
        g.fill(r);
        g.setColor(new Color(0x707070));
        g.setStroke(new BasicStroke(1f));
        g.draw(r);
    }

    private static void symbol(Graphics2D g, Shape shape, Color fill) {
        g.setColor(fill);
        g.fill(shape);
        g.setColor(FactionPalette.outline(fill));
        g.setStroke(new BasicStroke(1.3f));
        g.draw(shape);
    }

    private static void town(Graphics2D g, double cx, double cy, Color fill) {
        Ellipse2D dot = new Ellipse2D.Double(cx - 7, cy - 7, 14, 14);
        g.setColor(fill);
        g.fill(dot);
        g.setColor(MapStyle.TEXT);
        g.setStroke(new BasicStroke(1.8f));
        g.draw(dot);
    }

    private static void text(Graphics2D g, String text, float x, float y) {
        g.setColor(MapStyle.TEXT);
        g.drawString(text, x + 40, y);
    }
}
