package sahelsim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import sahelsim.map.Terrain;

/** The legend of control maps: factions, strength of control, towns, lines; and word-wrapped notes. */
final class ControlMapLegend {

    private static final Color SWATCH_EDGE = new Color(0x707070);
    private static final Color STRENGTH_SAMPLE = new Color(0x404040);

    private ControlMapLegend() {
    }

    /** Draws the legend from (x, y) down; {@code k} scales it. Returns the y below it. */
    static float draw(Graphics2D g, ControlMapScene scene, float x, float y, double k) {
        float row = (float) (28 * k);
        Font heading = MapStyle.font(Font.BOLD, (float) (19 * k));
        Font item = MapStyle.font(Font.PLAIN, (float) (17 * k));
        y = heading(g, "Controlled by", heading, x, y);
        g.setFont(item);
        for (FactionPalette.Entry f : scene.legend()) {
            swatch(g, x, y, k, f.colour(), ControlShading.Strength.FIRM);
            text(g, f.name(), x, y, k);
            y += row;
        }
        swatch(g, x, y, k, ControlShading.terrain(Terrain.SAHEL), ControlShading.Strength.FIRM);
        text(g, FactionPalette.UNCONTROLLED_NAME + " (grey: the land by terrain)", x, y, k);
        y += row + 14 * k;
        y = heading(g, "How firmly", heading, x, y);
        g.setFont(item);
        ControlShading.Strength[] order = {ControlShading.Strength.FIRM, ControlShading.Strength.DOMINANT,
            ControlShading.Strength.CONTESTED};
        Font note = MapStyle.font(Font.PLAIN, (float) (14 * k));
        for (ControlShading.Strength s : order) {
            swatch(g, x, y, k, STRENGTH_SAMPLE, s);
            text(g, capitalised(s.word()), x, y, k);
            g.setFont(note);
            g.setColor(ChartStyle.SUBTLE_TEXT);
            g.drawString(s.meaning(), (float) (x + 42 * k), (float) (y + 34 * k));
            g.setFont(item);
            y += row + 12 * k;
        }
        y += 14 * k;
        y = heading(g, "Towns and lines", heading, x, y);
        g.setFont(item);
        dot(g, x, y, k, scene.legend().isEmpty() ? Color.WHITE : scene.legend().get(0).colour(), false);
        text(g, "Town, in its holder's colour", x, y, k);
        y += row;
        dot(g, x, y, k, Color.WHITE, false);
        text(g, "Town " + FactionPalette.UNCONTROLLED_NAME.toLowerCase() + " holds", x, y, k);
        y += row;
        dot(g, x, y, k, Color.WHITE, true);
        text(g, "Town under blockade", x, y, k);
        y += row;
        line(g, x, y, k, MapStyle.RIVER, MapStyle.RIVER_STROKE);
        text(g, "River Niger", x, y, k);
        y += row;
        line(g, x, y, k, MapStyle.ROAD, MapStyle.ROAD_STROKE);
        text(g, "Road (dashed: track)", x, y, k);
        return y + row;
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static float heading(Graphics2D g, String text, Font font, float x, float y) {
        g.setFont(font);
        g.setColor(MapStyle.TEXT);
        g.drawString(text, x, y);
        return y + font.getSize2D() * 0.75f;
    }

    /** A swatch drawn as the map draws a cell: solid, or in stripes of the strength's width. */
    private static void swatch(Graphics2D g, float x, float y, double k, Color colour,
                               ControlShading.Strength strength) {
        Rectangle2D r = new Rectangle2D.Double(x, y, 30 * k, 20 * k);
        g.setColor(ControlShading.terrain(Terrain.SAHEL));
        g.fill(r);
        g.setColor(colour);
        if (strength == ControlShading.Strength.FIRM) {
            g.fill(r);
        } else {
            Shape clip = g.getClip();
            g.clip(r);
            double period = ControlShading.STRIPE_PERIOD * k;
            // A band of `ink` pixels measured along a row is ink / √2 wide across the stripe.
            g.setStroke(new BasicStroke((float) (strength.ink() * k / Math.sqrt(2))));
            for (double d = -20 * k; d < 40 * k; d += period) {
                g.draw(new Line2D.Double(x + d, y + 20 * k, x + d + 20 * k, y));
            }
            g.setClip(clip);
        }
        g.setColor(SWATCH_EDGE);
        g.setStroke(new BasicStroke(1f));
        g.draw(r);
    }

    private static void dot(Graphics2D g, float x, float y, double k, Color fill, boolean blockaded) {
        double r = 6 * k;
        double cx = x + 15 * k;
        double cy = y + 10 * k;
        Ellipse2D e = new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
        g.setColor(fill);
        g.fill(e);
        g.setColor(MapStyle.TEXT);
        g.setStroke(new BasicStroke((float) (1.6 * k)));
        g.draw(e);
        if (blockaded) {
            double rr = r + 5 * k;
            g.setColor(ControlMapDrawing.BLOCKADE);
            g.setStroke(new BasicStroke((float) (3 * k), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                    new float[] {(float) (ControlMapDrawing.BLOCKADE_DASH[0] * k),
                        (float) (ControlMapDrawing.BLOCKADE_DASH[1] * k)}, 0f));
            g.draw(new Ellipse2D.Double(cx - rr, cy - rr, 2 * rr, 2 * rr));
        }
    }

    private static void line(Graphics2D g, float x, float y, double k, Color colour, Stroke stroke) {
        g.setColor(colour);
        g.setStroke(stroke);
        g.draw(new Line2D.Double(x, y + 10 * k, x + 30 * k, y + 10 * k));
    }

    private static void text(Graphics2D g, String text, float x, float y, double k) {
        g.setColor(MapStyle.TEXT);
        g.drawString(text, (float) (x + 42 * k), (float) (y + 16 * k));
    }

    /** Draws text wrapped to a width, line by line; returns the y below it. */
    static float wrapped(Graphics2D g, String text, Font font, Color colour, float x, float y, float width) {
        g.setFont(font);
        g.setColor(colour);
        FontMetrics fm = g.getFontMetrics();
        for (String paragraph : text.split("\n")) {
            for (String line : wrap(paragraph, fm, width)) {
                g.drawString(line, x, y);
                y += fm.getHeight();
            }
        }
        return y;
    }

    private static List<String> wrap(String text, FontMetrics fm, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (fm.stringWidth(candidate) > width && line.length() > 0) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
