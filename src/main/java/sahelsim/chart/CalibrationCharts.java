package sahelsim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.Range;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The charts of a calibration: the posterior as a corner plot (each parameter's weighted histogram on the diagonal,
 * each pair's particles below it, each pair's weighted correlation above), the posterior predictive runs against
 * every target (the middle 90% of the runs beside the observation), and a measure's band over time with the
 * observations as dots. Built from plain records, so the calibration decides what to show.
 */
public final class CalibrationCharts {

    private static final Color POSTERIOR = new Color(0x332288);
    private static final Color IN_SAMPLE = new Color(0x332288);
    private static final Color OUT_OF_SAMPLE = new Color(0xCC6677);
    private static final Color OBSERVED = new Color(0x1E1E1E);
    private static final int BINS = 20;
    private static final int CELL = 250;
    private static final int MARGIN_LEFT = 70;
    private static final int TOP = 120;
    private static final int BOTTOM = 60;
    /** Pixels each cell keeps for its axes' ticks and labels. */
    private static final double AXIS_ROOM = 52;

    private CalibrationCharts() {
    }

    /**
     * One parameter of the posterior: its name, the prior's range (the axis), whether it is drawn on a log scale
     * (a log-uniform prior), and each particle's value.
     */
    public record Parameter(String name, double min, double max, boolean log, double[] values) {
        public Parameter {
            values = values.clone();
        }
    }

    /** A corner plot of the particles of a population, with their normalised weights. */
    public static Picture posterior(String title, String subtitle, String reading, List<Parameter> parameters,
                                    double[] weights, ChartCaption caption) {
        return (g, area) -> drawCorner(g, area, title, subtitle + "\n" + reading, parameters, weights.clone(),
                caption);
    }

    /** The size the corner plot of {@code k} parameters is laid out for. */
    public static ImageSize posteriorSize(int k) {
        int side = Math.max(200, MARGIN_LEFT + k * CELL + 30);
        return new ImageSize(Math.max(side, 1400), TOP + k * CELL + BOTTOM);
    }

    private static void drawCorner(Graphics2D g, Rectangle2D area, String title, String subtitle,
                                   List<Parameter> parameters, double[] weights, ChartCaption caption) {
        int k = parameters.size();
        ImageSize laid = posteriorSize(k);
        double scale = Math.min(area.getWidth() / laid.width(), area.getHeight() / laid.height());
        Graphics2D g2 = (Graphics2D) g.create();
        g2.translate(area.getX(), area.getY());
        g2.scale(scale, scale);
        g2.setColor(MapStyle.TEXT);
        g2.setFont(MapStyle.font(Font.BOLD, 26f));
        g2.drawString(title, 20, 38);
        g2.setFont(MapStyle.font(Font.PLAIN, 16f));
        g2.setColor(ChartStyle.SUBTLE_TEXT);
        String[] lines = subtitle.split("\n");
        for (int i = 0; i < lines.length; i++) {
            g2.drawString(lines[i], 20, 64 + 22 * i);
        }
        g2.setFont(ChartStyle.CAPTION);
        g2.drawString(caption.text(), 20, TOP + k * CELL + 40);
        for (int row = 0; row < k; row++) {
            for (int col = 0; col < k; col++) {
                Rectangle2D cell = new Rectangle2D.Double(MARGIN_LEFT + col * CELL, TOP + row * CELL, CELL, CELL);
                JFreeChart chart = row == col ? histogram(parameters.get(col), weights, row == k - 1)
                        : row > col ? pairs(parameters.get(col), parameters.get(row), weights, row == k - 1, col == 0)
                        : null;
                if (chart != null) {
                    chart.draw(g2, cell);
                } else {
                    correlation(g2, cell, parameters.get(col), parameters.get(row), weights);
                }
            }
        }
        g2.dispose();
    }

    private static JFreeChart histogram(Parameter p, double[] weights, boolean last) {
        double[] edges = edges(p);
        double[] mass = new double[BINS];
        for (int i = 0; i < p.values().length; i++) {
            double u = position(p, p.values()[i]);
            mass[Math.min(BINS - 1, Math.max(0, (int) Math.floor(u * BINS)))] += weights[i];
        }
        XYIntervalSeries bars = new XYIntervalSeries(p.name());
        double top = 0;
        for (int b = 0; b < BINS; b++) {
            bars.add((edges[b] + edges[b + 1]) / 2, edges[b], edges[b + 1], mass[b], mass[b], mass[b]);
            top = Math.max(top, mass[b]);
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(bars);
        XYBarRenderer renderer = new XYBarRenderer();
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, POSTERIOR);
        NumberAxis y = new NumberAxis();
        y.setVisible(false);
        y.setRange(0, top * 1.1 + 1e-12);
        XYPlot plot = new XYPlot(data, axis(p, last), y, renderer);
        return cellChart(plot);
    }

    private static JFreeChart pairs(Parameter x, Parameter y, double[] weights, boolean last, boolean first) {
        XYSeries points = new XYSeries(x.name() + " / " + y.name(), false, true);
        for (int i = 0; i < x.values().length; i++) {
            points.add(x.values()[i], y.values()[i]);
        }
        double most = 0;
        for (double w : weights) {
            most = Math.max(most, w);
        }
        double heaviest = most;
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true) {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemPaint(int series, int item) {
                // Heavier particles darker, so that the cloud shows the weighted posterior, not just the draws.
                int alpha = (int) Math.round(40 + 215 * weights[item] / heaviest);
                return new Color(POSTERIOR.getRed(), POSTERIOR.getGreen(), POSTERIOR.getBlue(), alpha);
            }
        };
        renderer.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
        XYPlot plot = new XYPlot(new XYSeriesCollection(points), axis(x, last), axis(y, first), renderer);
        return cellChart(plot);
    }

    private static void correlation(Graphics2D g, Rectangle2D cell, Parameter x, Parameter y, double[] weights) {
        double r = weightedCorrelation(x, y, weights);
        g.setFont(MapStyle.font(Font.PLAIN, 22f));
        g.setColor(Math.abs(r) >= 0.5 ? MapStyle.TEXT : ChartStyle.SUBTLE_TEXT);
        String text = "r = " + new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(r);
        int width = g.getFontMetrics().stringWidth(text);
        g.drawString(text, (float) (cell.getCenterX() - width / 2.0), (float) cell.getCenterY());
    }

    /** The weighted Pearson correlation of two parameters over the particles (on the axes' scales). */
    static double weightedCorrelation(Parameter x, Parameter y, double[] w) {
        double[] a = scaled(x);
        double[] b = scaled(y);
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < w.length; i++) {
            ma += w[i] * a[i];
            mb += w[i] * b[i];
        }
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < w.length; i++) {
            sab += w[i] * (a[i] - ma) * (b[i] - mb);
            saa += w[i] * (a[i] - ma) * (a[i] - ma);
            sbb += w[i] * (b[i] - mb) * (b[i] - mb);
        }
        return saa > 0 && sbb > 0 ? sab / Math.sqrt(saa * sbb) : 0;
    }

    private static double[] scaled(Parameter p) {
        double[] out = new double[p.values().length];
        for (int i = 0; i < out.length; i++) {
            out[i] = p.log() ? Math.log(p.values()[i]) : p.values()[i];
        }
        return out;
    }

    private static double position(Parameter p, double v) {
        return p.log() ? Math.log(v / p.min()) / Math.log(p.max() / p.min()) : (v - p.min()) / (p.max() - p.min());
    }

    private static double[] edges(Parameter p) {
        double[] edges = new double[BINS + 1];
        for (int b = 0; b <= BINS; b++) {
            double u = (double) b / BINS;
            edges[b] = p.log() ? p.min() * Math.pow(p.max() / p.min(), u) : p.min() + u * (p.max() - p.min());
        }
        return edges;
    }

    private static ValueAxis axis(Parameter p, boolean labelled) {
        ValueAxis axis;
        if (p.log()) {
            LogAxis log = new LogAxis(labelled ? p.name() : null);
            log.setBase(10);
            log.setSmallestValue(p.min());
            log.setNumberFormatOverride(new DecimalFormat("0.####", DecimalFormatSymbols.getInstance(Locale.ENGLISH)));
            axis = log;
        } else {
            NumberAxis number = new NumberAxis(labelled ? p.name() : null);
            number.setAutoRangeIncludesZero(false);
            axis = number;
        }
        axis.setRange(new Range(p.min(), p.max()));
        axis.setLabelFont(MapStyle.font(Font.PLAIN, 13f));
        axis.setTickLabelFont(MapStyle.font(Font.PLAIN, 11f));
        axis.setTickLabelsVisible(true);
        return axis;
    }

    /**
     * A cell of the corner plot, its axes given the same room in every cell, shown or not, so that the plots of a
     * column line up whatever their tick labels.
     */
    private static JFreeChart cellChart(XYPlot plot) {
        AxisSpace left = new AxisSpace();
        left.setLeft(AXIS_ROOM);
        plot.setFixedRangeAxisSpace(left);
        AxisSpace bottom = new AxisSpace();
        bottom.setBottom(AXIS_ROOM);
        plot.setFixedDomainAxisSpace(bottom);
        JFreeChart chart = new JFreeChart(null, MapStyle.font(Font.BOLD, 13f), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(2, 2, 2, 2));
        plot.setBackgroundPaint(new Color(0xF7F7F7));
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        return chart;
    }

    /**
     * One target against the posterior predictive runs: the middle 90% of their values and their median, beside
     * the observation; {@code inSample} for a target of the fitted period.
     */
    public record TargetBand(String label, boolean inSample, double observed, double low, double median,
                             double high) {
    }

    /**
     * The numeric targets, each as the runs' 5th-95th percentile and median divided by the observation, on a log
     * scale around the observation (1): how many times too many or too few the runs give.
     */
    public static JFreeChart targets(List<TargetBand> bands, String subtitle, ChartCaption caption) {
        int n = bands.size();
        String[] names = new String[n];
        XYIntervalSeries in = new XYIntervalSeries("Fitted period: runs' median and middle 90%");
        XYIntervalSeries out = new XYIntervalSeries("Other periods (out of sample)");
        double lowest = 0.5;
        double highest = 2;
        for (int i = 0; i < n; i++) {
            TargetBand b = bands.get(i);
            int row = n - 1 - i;
            names[row] = b.label();
            double m = clip(b.median() / b.observed());
            double lo = clip(b.low() / b.observed());
            double hi = clip(b.high() / b.observed());
            (b.inSample() ? in : out).add(row, row, row, m, lo, hi);
            lowest = Math.min(lowest, lo);
            highest = Math.max(highest, hi);
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(in);
        data.addSeries(out);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setDefaultLinesVisible(false);
        renderer.setErrorStroke(new BasicStroke(5f));
        renderer.setCapLength(0);
        renderer.setErrorPaint(null);
        for (int s = 0; s < 2; s++) {
            renderer.setSeriesShape(s, new Ellipse2D.Double(-6, -6, 12, 12));
            renderer.setSeriesPaint(s, s == 0 ? IN_SAMPLE : OUT_OF_SAMPLE);
        }
        SymbolAxis targetAxis = new SymbolAxis(null, names);
        targetAxis.setGridBandsVisible(false);
        ChartStyle.style(targetAxis);
        targetAxis.setTickLabelFont(MapStyle.font(Font.PLAIN, 15f));
        LogAxis ratio = new LogAxis("Runs ÷ observed (log scale; 1 = the observation)");
        ratio.setBase(10);
        ratio.setNumberFormatOverride(new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.ENGLISH)));
        // A tick at every factor of two, the steps in which the targets' tolerances are read.
        ratio.setTickUnit(new NumberTickUnit(Math.log10(2)));
        ratio.setRange(lowest / 1.2, highest * 1.2);
        ChartStyle.style(ratio);
        XYPlot plot = new XYPlot(data, targetAxis, ratio, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.addRangeMarker(new ValueMarker(1, OBSERVED, new BasicStroke(2f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_ROUND, 1f, new float[] {8f, 6f}, 0f)));
        return ChartStyle.chart(plot, new ChartLabels("Posterior predictive runs against the targets", subtitle,
                "Runs ÷ observed", caption), true);
    }

    /**
     * Values beyond a factor of 32 either way are drawn at the edge, so that a run at 0 still shows without squeezing
     * the factors of two the targets are read in.
     */
    private static double clip(double ratio) {
        return Double.isNaN(ratio) ? 1 : Math.max(1.0 / 32, Math.min(32, ratio));
    }

    /** The yes-or-no targets (who held a town): the share of runs that agree with history. */
    public static JFreeChart holders(List<TargetBand> shares, String subtitle, ChartCaption caption) {
        int n = shares.size();
        String[] names = new String[n];
        XYIntervalSeries in = new XYIntervalSeries("Fitted period");
        XYIntervalSeries out = new XYIntervalSeries("Other periods (out of sample)");
        for (int i = 0; i < n; i++) {
            TargetBand b = shares.get(i);
            int row = n - 1 - i;
            names[row] = b.label();
            (b.inSample() ? in : out).add(row, row - 0.36, row + 0.36, b.median(), b.median(), b.median());
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(in);
        data.addSeries(out);
        XYBarRenderer renderer = new XYBarRenderer();
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setLegendBar(ChartStyle.LEGEND_SWATCH);
        renderer.setSeriesPaint(0, IN_SAMPLE);
        renderer.setSeriesPaint(1, OUT_OF_SAMPLE);
        SymbolAxis targetAxis = new SymbolAxis(null, names);
        targetAxis.setGridBandsVisible(false);
        ChartStyle.style(targetAxis);
        targetAxis.setTickLabelFont(MapStyle.font(Font.PLAIN, 15f));
        NumberAxis share = ChartStyle.valueAxis("Share of runs in which the town's holder is history's",
                ValueKind.SHARE);
        share.setRange(new Range(0, 1));
        ChartStyle.roundTicks(share, 1, ValueKind.SHARE);
        XYPlot plot = new XYPlot(data, targetAxis, share, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.addRangeMarker(new ValueMarker(0.05, OBSERVED, new BasicStroke(2f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_ROUND, 1f, new float[] {8f, 6f}, 0f)));
        return ChartStyle.chart(plot, new ChartLabels("Posterior predictive runs: who held the towns", subtitle,
                "Share of runs", caption), true);
    }

    /** A measure's band over time in the posterior predictive runs, with the observations as dots. */
    public static JFreeChart series(ChartLabels labels, List<DatedSeries.Point> runs, List<DatedSeries.Point> observed) {
        return HindcastCharts.againstHistory(labels, new DatedSeries("Runs (median; band: middle 90%)", POSTERIOR, runs),
                new DatedSeries("Observed", OBSERVED, observed));
    }
}
