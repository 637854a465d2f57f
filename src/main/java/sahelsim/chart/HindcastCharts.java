package sahelsim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.data.Range;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import sahelsim.hindcast.Hindcast;
import sahelsim.hindcast.HistoricalFigures;
import sahelsim.observe.Measure;
import sahelsim.observe.RunRecord;

/**
 * The hindcast report's charts: the share of runs reproducing each fact, and the runs' displaced people,
 * refugees and civilian deaths beside the historical counts. The runs are drawn as their median with the
 * band the middle 90% of them fall in, since the question is whether history lies among the runs, not how
 * well their mean is known.
 */
public final class HindcastCharts {

    private static final Color REPRODUCED = new Color(0x1B7837);
    private static final Color NOT_REPRODUCED = new Color(0xB2182B);
    static final Color RUNS = new Color(0x332288);
    static final Color HISTORY = new Color(0x1E1E1E);
    private static final double LOW_QUANTILE = 5;
    private static final double HIGH_QUANTILE = 95;
    private static final String BAND = "band: middle 90% of runs";
    /** The runs' series are drawn weekly: daily points add nothing at this scale and swell the SVG files. */
    private static final int STEP_DAYS = 7;
    private static final int YEAR_DAYS = 365;

    private HindcastCharts() {
    }

    /** Horizontal bars of the share of runs reproducing each fact, in report order, the threshold marked. */
    public static JFreeChart facts(List<Hindcast.Score> scores, ChartCaption caption) {
        int n = scores.size();
        String[] names = new String[n];
        XYIntervalSeries reproduced = new XYIntervalSeries("Reproduced");
        XYIntervalSeries not = new XYIntervalSeries("Not reproduced");
        for (int i = 0; i < n; i++) {
            Hindcast.Score s = scores.get(i);
            // The first fact on top: the symbol axis counts upwards.
            int row = n - 1 - i;
            names[row] = s.fact().title();
            (s.reproduced() ? reproduced : not).add(row, row - 0.36, row + 0.36, s.share(), s.share(), s.share());
        }
        XYIntervalSeriesCollection bars = new XYIntervalSeriesCollection();
        bars.addSeries(reproduced);
        bars.addSeries(not);
        XYBarRenderer renderer = new XYBarRenderer();
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setLegendBar(ChartStyle.LEGEND_SWATCH);
        renderer.setSeriesPaint(0, REPRODUCED);
        renderer.setSeriesPaint(1, NOT_REPRODUCED);
        SymbolAxis factAxis = new SymbolAxis(null, names);
        factAxis.setGridBandsVisible(false);
        ChartStyle.style(factAxis);
        factAxis.setTickLabelFont(ChartStyle.LEGEND);
        NumberAxis shareAxis = ChartStyle.valueAxis("Share of runs reproducing the fact", ValueKind.SHARE);
        shareAxis.setRange(new Range(0, 1));
        ChartStyle.roundTicks(shareAxis, 1, ValueKind.SHARE);
        XYPlot plot = new XYPlot(bars, factAxis, shareAxis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        ValueMarker threshold = new ValueMarker(Hindcast.REPRODUCED_SHARE, HISTORY,
                new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {8f, 6f}, 0f));
        plot.addRangeMarker(threshold);
        long passed = Hindcast.reproduced(scores);
        int runs = scores.get(0).verdicts().size();
        return ChartStyle.chart(plot, new ChartLabels("Facts reproduced: " + passed + " of " + n,
                "Share of " + runs + " runs reproducing each fact; a fact counts as reproduced when at least half do "
                        + "(dashed line)", "Share of runs", caption), true);
    }

    /** Internally displaced people in the runs against the DTM's counts. */
    public static JFreeChart displaced(List<RunRecord> runs, ChartCaption caption) {
        List<DatedSeries.Point> dtm = HistoricalFigures.DTM_DISPLACED.entrySet().stream()
                .map(e -> DatedSeries.Point.of(e.getKey(), e.getValue())).toList();
        return againstHistory(new ChartLabels("Displaced people: runs and the DTM",
                        "Internally displaced people, median of the runs (" + BAND + "); dots: DTM counts",
                        "Displaced people", caption),
                envelope(runs, Measure.DISPLACED, false), new DatedSeries("DTM count", HISTORY, dtm));
    }

    /** Refugees abroad in the runs against the UNHCR's count. */
    public static JFreeChart refugees(List<RunRecord> runs, ChartCaption caption) {
        return againstHistory(new ChartLabels("Refugees abroad: runs and the UNHCR",
                        "Malian refugees in neighbouring countries, median of the runs (" + BAND + "); dot: UNHCR count",
                        "Refugees", caption),
                envelope(runs, Measure.REFUGEES, false), new DatedSeries("UNHCR count", HISTORY, List.of(
                        DatedSeries.Point.of(HistoricalFigures.REFUGEES_DATE,
                                HistoricalFigures.UNHCR_REFUGEES_APRIL_2023))));
    }

    /** Civilians killed over the past twelve months in the runs against the UN's count for 2022. */
    public static JFreeChart civilians(List<RunRecord> runs, ChartCaption caption) {
        return againstHistory(new ChartLabels("Civilians killed: runs and the UN",
                        "Civilians killed in the twelve months to each date, median of the runs (" + BAND
                                + "); dot: UN count for 2022",
                        "Civilians killed in 12 months", caption),
                envelope(runs, Measure.CIVILIAN_DEATHS, true), new DatedSeries("UN count", HISTORY, List.of(
                        DatedSeries.Point.of(LocalDate.of(2022, 12, 31), HistoricalFigures.UN_CIVILIANS_KILLED_2022))));
    }

    /** A line chart of the runs with the historical counts as dots on top, both inside the value axis. */
    static JFreeChart againstHistory(ChartLabels labels, DatedSeries runs, DatedSeries history) {
        JFreeChart chart = TimeCharts.lines(labels, ValueKind.COUNT, List.of(runs));
        XYPlot plot = chart.getXYPlot();
        XYSeries dots = new XYSeries(history.label());
        double max = runs.points().stream().mapToDouble(p -> Double.isNaN(p.high()) ? p.value() : p.high()).max()
                .orElse(0);
        for (DatedSeries.Point p : history.points()) {
            dots.add(ChartStyle.millis(p.date()), p.value());
            max = Math.max(max, p.value());
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setSeriesPaint(0, history.colour());
        renderer.setSeriesShape(0, new Ellipse2D.Double(-8, -8, 16, 16));
        renderer.setLegendShape(0, new Ellipse2D.Double(-8, -8, 16, 16));
        plot.setRenderer(1, renderer);
        plot.setDataset(1, new XYSeriesCollection(dots));
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        values.setRange(new Range(0, max * 1.08));
        ChartStyle.roundTicks(values, max, ValueKind.COUNT);
        return chart;
    }

    /**
     * The runs' median and 5th-95th percentile band of a measure, every week; with {@code yearSums}, of the
     * sums over the twelve months to each date, from the first date a run covers a whole year.
     */
    static DatedSeries envelope(List<RunRecord> runs, Measure measure, boolean yearSums) {
        RunRecord first = runs.get(0);
        int days = runs.stream().mapToInt(RunRecord::days).min().orElse(0);
        List<DatedSeries.Point> points = new ArrayList<>();
        Percentile percentile = new Percentile();
        double[] values = new double[runs.size()];
        int from = yearSums ? YEAR_DAYS - 1 : 0;
        for (int day = from; day < days; day = next(day, days)) {
            for (int r = 0; r < runs.size(); r++) {
                RunRecord run = runs.get(r);
                values[r] = yearSums ? run.sum(measure, "", day - YEAR_DAYS + 1, day + 1) : run.value(measure, "", day);
            }
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            percentile.setData(sorted);
            points.add(new DatedSeries.Point(first.date(day), percentile.evaluate(50),
                    percentile.evaluate(LOW_QUANTILE), percentile.evaluate(HIGH_QUANTILE)));
        }
        return new DatedSeries("Runs (median)", RUNS, points);
    }

    /** The next day drawn: a week on, and the last day whatever the step. */
    private static int next(int day, int days) {
        return day == days - 1 ? days : Math.min(day + STEP_DAYS, days - 1);
    }

    /** Whether the runs are long enough for twelve-month sums, and so for the chart of civilians killed. */
    public static boolean coversAYear(List<RunRecord> runs) {
        return runs.stream().mapToInt(RunRecord::days).min().orElse(0) >= YEAR_DAYS;
    }
}
