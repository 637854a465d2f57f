package sahelsim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.Range;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import sahelsim.hindcast.acled.AcledComparison;
import sahelsim.hindcast.acled.Breakdown;
import sahelsim.hindcast.acled.Count;

/**
 * The hindcast's charts against an ACLED export: each month's violent events or fatalities in the runs (median and
 * the band of the middle 90%) with ACLED's line on top, and the totals by region or by event type, the runs as a
 * dot on a bar and ACLED as a diamond, events and fatalities side by side.
 */
public final class AcledCharts {

    private static final String BAND = "band: middle 90% of runs";
    private static final Shape DOT = new Ellipse2D.Double(-7, -7, 14, 14);
    private static final Shape DIAMOND = diamond(10);

    private AcledCharts() {
    }

    /** Violent events (or their fatalities) per month in the runs and in the export. */
    public static JFreeChart monthly(List<AcledComparison.Row> rows, Count count, ChartCaption caption) {
        List<DatedSeries.Point> runs = new ArrayList<>();
        List<DatedSeries.Point> acled = new ArrayList<>();
        for (AcledComparison.Row r : of(rows, count, Breakdown.MONTH)) {
            // A month's count is dated at its last day, as the monthly series of runs are.
            java.time.LocalDate end = YearMonth.parse(r.key()).atEndOfMonth();
            runs.add(new DatedSeries.Point(end, r.median(), r.low(), r.high()));
            acled.add(DatedSeries.Point.of(end, r.acled()));
        }
        String what = count == Count.EVENTS ? "Violent events" : "Fatalities in violent events";
        JFreeChart chart = TimeCharts.lines(new ChartLabels(what + " per month: runs and ACLED",
                        "Battles, explosions and violence against civilians in the model's regions; median of the "
                                + "runs (" + BAND + "); black: the ACLED export",
                        what + " per month", caption), ValueKind.COUNT,
                List.of(new DatedSeries("Runs (median)", HindcastCharts.RUNS, runs),
                        new DatedSeries("ACLED", HindcastCharts.HISTORY, acled)));
        DeviationRenderer renderer = (DeviationRenderer) chart.getXYPlot().getRenderer();
        renderer.setSeriesShapesVisible(1, true);
        renderer.setSeriesShape(1, DOT);
        return chart;
    }

    /** Events and fatalities by region (or by event type) over the period, in the runs and in the export. */
    public static JFreeChart totals(List<AcledComparison.Row> rows, Breakdown by, ChartCaption caption) {
        List<AcledComparison.Row> events = of(rows, Count.EVENTS, by);
        int n = events.size();
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            // The first row on top: the symbol axis counts upwards.
            names[n - 1 - i] = events.get(i).label();
        }
        SymbolAxis categories = new SymbolAxis(null, names);
        categories.setGridBandsVisible(false);
        ChartStyle.style(categories);
        categories.setTickLabelFont(ChartStyle.LEGEND);
        CombinedDomainXYPlot plot = new CombinedDomainXYPlot(categories);
        plot.setGap(36);
        String what = by == Breakdown.REGION ? "violent events" : "events";
        plot.add(panel(events, capitalised(what), true));
        plot.add(panel(of(rows, Count.FATALITIES, by), "Fatalities", false));
        // Set after the panels are added: the combined plot passes its orientation on to the panels it holds.
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        String subject = by == Breakdown.REGION ? "by region" : "by event type";
        return ChartStyle.chart(plot, new ChartLabels(capitalised(what) + " and fatalities " + subject
                + ": runs and ACLED", "Totals over the scenario's period; dot: median of the runs, bar: the middle 90% "
                + "of runs; diamond: the ACLED export", null, caption), true);
    }

    /** One count's panel: the runs' medians with their bands, and ACLED's values. */
    private static XYPlot panel(List<AcledComparison.Row> rows, String label, boolean inLegend) {
        int n = rows.size();
        YIntervalSeries runs = new YIntervalSeries("Runs (median, middle 90%)");
        XYSeries acled = new XYSeries("ACLED");
        double max = 0;
        for (int i = 0; i < n; i++) {
            AcledComparison.Row r = rows.get(i);
            runs.add(n - 1 - i, r.median(), r.low(), r.high());
            acled.add(n - 1 - i, r.acled());
            max = Math.max(max, Math.max(r.high(), r.acled()));
        }
        XYErrorRenderer bands = new XYErrorRenderer();
        bands.setDrawXError(false);
        bands.setDrawYError(true);
        bands.setDefaultLinesVisible(false);
        bands.setErrorPaint(HindcastCharts.RUNS);
        bands.setErrorStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        bands.setCapLength(0);
        bands.setSeriesPaint(0, HindcastCharts.RUNS);
        bands.setSeriesShape(0, DOT);
        bands.setSeriesVisibleInLegend(0, inLegend);
        XYLineAndShapeRenderer marks = new XYLineAndShapeRenderer(false, true);
        marks.setSeriesPaint(0, HindcastCharts.HISTORY);
        marks.setSeriesShape(0, DIAMOND);
        marks.setSeriesVisibleInLegend(0, inLegend);
        NumberAxis values = ChartStyle.valueAxis(label, ValueKind.COUNT);
        values.setRange(new Range(0, Math.max(1, max) * 1.08));
        ChartStyle.roundTicks(values, max, ValueKind.COUNT);
        YIntervalSeriesCollection bandData = new YIntervalSeriesCollection();
        bandData.addSeries(runs);
        XYPlot panel = new XYPlot(bandData, null, values, bands);
        panel.setDataset(1, new XYSeriesCollection(acled));
        panel.setRenderer(1, marks);
        panel.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        panel.setBackgroundPaint(Color.WHITE);
        panel.setOutlineVisible(false);
        panel.setDomainGridlinesVisible(false);
        panel.setRangeGridlinePaint(ChartStyle.GRID);
        panel.setRangeGridlineStroke(new BasicStroke(1f));
        return panel;
    }

    private static List<AcledComparison.Row> of(List<AcledComparison.Row> rows, Count count, Breakdown by) {
        return rows.stream().filter(r -> r.count() == count && r.by() == by).toList();
    }

    private static String capitalised(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static Shape diamond(double r) {
        Path2D.Double d = new Path2D.Double();
        d.moveTo(0, -r);
        d.lineTo(r, 0);
        d.lineTo(0, r);
        d.lineTo(-r, 0);
        d.closePath();
        return d;
    }
}
