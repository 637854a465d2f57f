package sahelsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import sahelsim.chart.MapPainter;
import sahelsim.chart.MapStyle;
import sahelsim.scenario.Scenario;

/**
 * The right-hand column: the simulated date, large, then what the colours and symbols mean; and on the map a
 * scale bar, a north arrow and the pointer to Bamako.
 */
final class LegendLayer implements MapLayer {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final Color MUTED = new Color(0x505050);
    private static final Color SAMPLE = new Color(0x555555);
    private static final float DATE_BASELINE = MapFrame.LEGEND_BOX.y + 40;
    private static final float KEY_TOP = DATE_BASELINE + 28 + 42;

    private final MapFrame frame;
    private final Scenario scenario;
    private final FactionPalette palette;
    private final PictureCache key;

    LegendLayer(MapFrame frame, Scenario scenario) {
        this.frame = frame;
        this.scenario = scenario;
        this.palette = new FactionPalette(scenario.factions());
        this.key = new PictureCache(this::paintKey, false);
    }

    @Override
    public String name() {
        return "Date and legend";
    }

    @Override
    public void paint(Graphics2D g, ClassroomRun run) {
        key.paint(g);
        float x = MapFrame.LEGEND_BOX.x;
        float y = DATE_BASELINE;
        LocalDate date = run == null ? scenario.start() : run.shownDate();
        g.setColor(MapStyle.TEXT);
        g.setFont(MapStyle.font(Font.BOLD, 42f));
        g.drawString(DATE.format(date), x, y);
        y += 28;
        g.setFont(MapStyle.font(Font.PLAIN, 17f));
        g.setColor(MUTED);
        int done = run == null ? 0 : run.daysDone();
        g.drawString(String.format(Locale.ENGLISH, "day %,d of %,d  ·  %s", done, scenario.days(), scenario.name()),
                x, y);
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
        y = heading(g, "Who holds the land", x, y);
        g.setFont(MapStyle.font(Font.PLAIN, 16f));
        for (int f = 0; f < palette.size(); f++) {
            swatch(g, palette.colour(f), x, y - 15, 26, 18);
            g.setColor(MapStyle.TEXT);
            g.drawString(palette.name(f), x + 36, y);
            y += 25;
        }
        y += 4;
        g.setColor(MUTED);
        g.drawString("Shade: the faction with most influence.", x, y);
        y += 27;
        float sx = x;
        for (int zone : new int[] {1, 2, 3}) {
            swatch(g, FactionPalette.tint(SAMPLE, zone), sx, y - 15, 26, 18);
            sx += 100;
        }
        y += 21;
        g.setFont(MapStyle.font(Font.PLAIN, 14f));
        g.setColor(MUTED);
        g.drawString("firm hold", x, y);
        g.drawString("dominant", x + 100, y);
        g.drawString("contested", x + 200, y);

        y += 40;
        y = heading(g, "On the map", x, y);
        g.setFont(MapStyle.font(Font.PLAIN, 16f));
        double h = ForcesLayer.garrisonHalfSide(900);
        symbol(g, new Rectangle2D.Double(x + 13 - h, y - 6 - h, 2 * h, 2 * h), palette.colour(0));
        text(g, "Garrison (bigger: more troops)", x, y);
        y += 30;
        double r = ForcesLayer.unitRadius(400);
        symbol(g, new Ellipse2D.Double(x + 13 - r, y - 6 - r, 2 * r, 2 * r), palette.colour(0));
        text(g, "Armed band or column", x, y);
        y += 30;
        symbol(g, new Ellipse2D.Double(x + 13 - r, y - 6 - r, 2 * r, 2 * r), palette.colour(0));
        g.setColor(ForcesLayer.BATTLE);
        g.setStroke(new BasicStroke(2.6f));
        g.draw(new Ellipse2D.Double(x + 10 - r, y - 9 - r, 2 * r + 6, 2 * r + 6));
        text(g, "Fighting", x, y);
        y += 30;
        town(g, x + 13, y - 6, palette.colour(0));
        text(g, "Town, in the colour of its holder", x, y);
        y += 30;
        town(g, x + 13, y - 6, FactionPalette.NOBODY);
        text(g, "Town nobody holds", x, y);
        y += 30;
        town(g, x + 13, y - 6, palette.colour(0));
        g.setColor(TownsLayer.BLOCKADE);
        g.setStroke(TownsLayer.BLOCKADE_RING);
        g.draw(new Ellipse2D.Double(x + 13 - 10.5, y - 6 - 10.5, 21, 21));
        text(g, "Town under blockade", x, y);
    }

    private static float heading(Graphics2D g, String text, float x, float y) {
        g.setFont(MapStyle.font(Font.BOLD, 19f));
        g.setColor(MapStyle.TEXT);
        g.drawString(text, x, y);
        return y + 28;
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
        Ellipse2D dot = new Ellipse2D.Double(cx - 5.5, cy - 5.5, 11, 11);
        g.setColor(fill);
        g.fill(dot);
        g.setColor(MapStyle.TEXT);
        g.setStroke(new BasicStroke(1.6f));
        g.draw(dot);
    }

    private static void text(Graphics2D g, String text, float x, float y) {
        g.setColor(MapStyle.TEXT);
        g.drawString(text, x + 36, y);
    }
}
