package sahelsim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Differences from a reference scenario as points with their intervals (a forest plot): one block per outcome,
 * each with its own axis, one row per compared scenario in its colour, and the reference as the zero line. A
 * row whose interval leaves out zero is drawn solid, one whose interval holds zero hollow, so that the eye
 * goes to the differences the replicates can tell apart.
 */
public final class PointRangeChart implements Picture {

    /** One scenario's difference from the reference, with its 95% interval (NaN bounds: no interval). */
    public record Row(String scenario, Color colour, double value, double low, double high) {

        boolean clear() {
            return low * high > 0;
        }
    }

    /** One outcome: its label, how its values read, and a row per compared scenario. */
    public record Block(String label, ValueKind kind, List<Row> rows) {

        public Block {
            rows = List.copyOf(rows);
        }
    }

    /** Width the chart is laid out for; the height follows from the blocks. */
    public static final int WIDTH = 1200;
    private static final int TOP = 86;
    private static final int ROW = 26;
    private static final int HEADING = 30;
    private static final int BLOCK_GAP = 44;
    private static final int LABEL_WIDTH = 300;
    private static final int RIGHT = 40;

    private final String title;
    private final String subtitle;
    private final List<Block> blocks;

    public PointRangeChart(String title, String subtitle, List<Block> blocks) {
        this.title = title;
        this.subtitle = subtitle;
        this.blocks = List.copyOf(blocks);
    }

    /** The size to draw it at: {@link #WIDTH} wide and as tall as its blocks need. */
    public ImageSize size() {
        int height = TOP + 20;
        for (Block b : blocks) {
            height += HEADING + b.rows().size() * ROW + BLOCK_GAP;
        }
        return new ImageSize(WIDTH, Math.max(height, 200));
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        double k = area.getWidth() / WIDTH;
        Graphics2D g2 = (Graphics2D) g.create();
        g2.translate(area.getX(), area.getY());
        g2.scale(k, k);
        g2.setColor(MapStyle.TEXT);
        g2.setFont(MapStyle.font(Font.BOLD, 24f));
        g2.drawString(title, 20, 34);
        g2.setFont(MapStyle.font(Font.PLAIN, 15f));
        g2.setColor(ChartStyle.SUBTLE_TEXT);
        g2.drawString(subtitle, 20, 60);
        double y = TOP;
        for (Block b : blocks) {
            y = block(g2, b, y);
        }
        g2.dispose();
    }

    private double block(Graphics2D g, Block b, double heading) {
        g.setFont(MapStyle.font(Font.BOLD, 16f));
        g.setColor(MapStyle.TEXT);
        g.drawString(fit(g, b.label(), WIDTH - 40), 20, (float) (heading + 18));
        double top = heading + HEADING;
        double plotLeft = LABEL_WIDTH;
        double plotRight = WIDTH - RIGHT;
        double[] range = range(b);
        double height = b.rows().size() * ROW;
        double zero = x(0, range, plotLeft, plotRight);
        g.setColor(new Color(0xF3F3F3));
        g.fill(new Rectangle2D.Double(plotLeft, top, plotRight - plotLeft, height));
        List<Double> ticks = ticks(range);
        g.setFont(MapStyle.font(Font.PLAIN, 13f));
        FontMetrics fm = g.getFontMetrics();
        for (double t : ticks) {
            double tx = x(t, range, plotLeft, plotRight);
            g.setColor(new Color(0xD8D8D8));
            g.setStroke(new BasicStroke(1f));
            g.draw(new Line2D.Double(tx, top, tx, top + height));
            String text = tickText(t, b.kind(), ticks.size() > 1 ? ticks.get(1) - ticks.get(0) : 1);
            g.setColor(ChartStyle.SUBTLE_TEXT);
            g.drawString(text, (float) (tx - fm.stringWidth(text) / 2.0), (float) (top + height + 16));
        }
        g.setColor(MapStyle.TEXT);
        g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {5f, 4f}, 0f));
        g.draw(new Line2D.Double(zero, top - 4, zero, top + height + 4));
        for (int i = 0; i < b.rows().size(); i++) {
            Row r = b.rows().get(i);
            double cy = top + i * ROW + ROW / 2.0;
            g.setFont(MapStyle.font(Font.PLAIN, 15f));
            g.setColor(MapStyle.TEXT);
            String name = fit(g, r.scenario(), LABEL_WIDTH - 60);
            g.drawString(name, (float) (plotLeft - 14 - g.getFontMetrics().stringWidth(name)), (float) (cy + 5));
            g.setColor(r.colour());
            if (!Double.isNaN(r.low()) && !Double.isNaN(r.high())) {
                g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(new Line2D.Double(x(r.low(), range, plotLeft, plotRight), cy,
                        x(r.high(), range, plotLeft, plotRight), cy));
            }
            double px = x(r.value(), range, plotLeft, plotRight);
            Ellipse2D dot = new Ellipse2D.Double(px - 7, cy - 7, 14, 14);
            g.setColor(r.clear() ? r.colour() : Color.WHITE);
            g.fill(dot);
            g.setColor(r.colour().darker());
            g.setStroke(new BasicStroke(2.4f));
            g.draw(dot);
        }
        return top + height + BLOCK_GAP;
    }

    /** The values' range with zero in it and a little room either side. */
    private static double[] range(Block b) {
        double lo = 0;
        double hi = 0;
        for (Row r : b.rows()) {
            for (double v : new double[] {r.value(), r.low(), r.high()}) {
                if (!Double.isNaN(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (hi - lo == 0) {
            hi = lo + (b.kind() == ValueKind.SHARE ? 0.01 : 1);
        }
        double pad = (hi - lo) * 0.06;
        return new double[] {lo - pad, hi + pad};
    }

    private static double x(double v, double[] range, double left, double right) {
        return left + (v - range[0]) / (range[1] - range[0]) * (right - left);
    }

    /** Round ticks, about five of them, zero among them. */
    static List<Double> ticks(double[] range) {
        double span = range[1] - range[0];
        double raw = span / 5;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude;
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * magnitude >= raw) {
                step = m * magnitude;
                break;
            }
        }
        List<Double> out = new ArrayList<>();
        for (double t = Math.ceil(range[0] / step) * step; t <= range[1] + 1e-12; t += step) {
            out.add(Math.abs(t) < step * 1e-9 ? 0.0 : t);
        }
        return out;
    }

    /** A tick's value, signed, with as many decimals as the step between ticks needs. */
    private static String tickText(double t, ValueKind kind, double step) {
        String sign = t > 0 ? "+" : t < 0 ? "−" : "";
        double a = Math.abs(t);
        double shown = kind == ValueKind.SHARE ? 100 * a : a;
        double shownStep = kind == ValueKind.SHARE ? 100 * step : step;
        int decimals = Math.max(0, new BigDecimal(shownStep).round(new MathContext(3))
                .stripTrailingZeros().scale());
        DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(
                decimals), DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return sign + f.format(shown) + (kind == ValueKind.SHARE ? " pts" : "");
    }

    private static String fit(Graphics2D g, String text, int width) {
        FontMetrics fm = g.getFontMetrics();
        if (fm.stringWidth(text) <= width) {
            return text;
        }
        String t = text;
        while (t.length() > 1 && fm.stringWidth(t + "…") > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }
}
