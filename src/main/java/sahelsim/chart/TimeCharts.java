package sahelsim.chart;

import java.awt.BasicStroke;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.util.SortOrder;
import org.jfree.data.Range;
import org.jfree.data.time.Day;
import org.jfree.data.time.Month;
import org.jfree.data.time.RegularTimePeriod;
import org.jfree.data.time.TimeTableXYDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Charts of series over time, built from {@link DatedSeries}: lines (with 95% bands when the series have
 * them), stacked areas of shares, and stacked bars of monthly counts. Series keys are the series' labels.
 */
public final class TimeCharts {

    /** Opacity of a confidence band: light enough for overlapping bands to stay readable. */
    private static final float BAND_ALPHA = 0.2f;

    private TimeCharts() {
    }

    /** Lines over time; each series with a confidence interval gets a translucent band of its colour. */
    public static JFreeChart lines(ChartLabels labels, ValueKind kind, List<DatedSeries> series) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(BAND_ALPHA);
        renderer.setDrawSeriesLineAsPath(true);
        renderer.setLegendLine(ChartStyle.LEGEND_LINE);
        double max = 0;
        for (DatedSeries s : series) {
            YIntervalSeries ys = new YIntervalSeries(s.label(), false, true);
            for (DatedSeries.Point p : s.points()) {
                if (Double.isNaN(p.value())) {
                    continue;
                }
                boolean band = !Double.isNaN(p.low()) && !Double.isNaN(p.high());
                double low = band ? p.low() : p.value();
                double high = band ? p.high() : p.value();
                ys.add(ChartStyle.millis(p.date()), p.value(), low, high);
                max = Math.max(max, Math.max(p.value(), high));
            }
            int i = data.getSeriesCount();
            data.addSeries(ys);
            renderer.setSeriesPaint(i, s.colour());
            renderer.setSeriesFillPaint(i, s.colour());
            renderer.setSeriesStroke(i, ChartStyle.line(s.dashed()));
        }
        NumberAxis values = ChartStyle.valueAxis(labels.valueAxis(), kind);
        ChartStyle.roundTicks(values, max, kind);
        // Monthly values are dated at the month's end: the axis then starts at the first month's start.
        LocalDate first = first(series);
        boolean monthly = first.equals(YearMonth.from(first).atEndOfMonth());
        XYPlot plot = new XYPlot(data, ChartStyle.dateAxis(monthly ? first.withDayOfMonth(1) : first, last(series),
                monthly), values, renderer);
        return ChartStyle.chart(plot, labels, true);
    }

    /** Shares stacked to a whole (for control, with the uncontrolled share on top): the axis runs 0-100%. */
    public static JFreeChart stackedArea(ChartLabels labels, List<DatedSeries> series) {
        TimeTableXYDataset data = table(series, false);
        StackedXYAreaRenderer2 renderer = new StackedXYAreaRenderer2();
        renderer.setLegendArea(ChartStyle.LEGEND_SWATCH);
        colour(renderer, series);
        NumberAxis values = ChartStyle.valueAxis(labels.valueAxis(), ValueKind.SHARE);
        values.setRange(new Range(0, 1));
        ChartStyle.roundTicks(values, 1, ValueKind.SHARE);
        XYPlot plot = new XYPlot(data, ChartStyle.dateAxis(first(series), last(series), false), values, renderer);
        JFreeChart chart = ChartStyle.chart(plot, labels, true);
        chart.getLegend().setSortOrder(SortOrder.DESCENDING);
        return chart;
    }

    /** Monthly counts as bars, one stack a month; a point's date names its month. */
    public static JFreeChart monthlyBars(ChartLabels labels, List<DatedSeries> series) {
        return monthlyBars(labels, series, null);
    }

    /**
     * Monthly means over replicates as stacked bars, with the 95% confidence interval of the stack's total as
     * a whisker on each month: one band per series would bury the bars under overlapping colours.
     */
    public static JFreeChart monthlyBars(ChartLabels labels, List<DatedSeries> series, DatedSeries total) {
        TimeTableXYDataset data = table(series, true);
        StackedXYBarRenderer renderer = new StackedXYBarRenderer(0.15);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setLegendBar(ChartStyle.LEGEND_SWATCH);
        colour(renderer, series);
        LocalDate from = YearMonth.from(first(series)).atDay(1);
        LocalDate to = YearMonth.from(last(series)).atEndOfMonth().plusDays(1);
        NumberAxis values = ChartStyle.valueAxis(labels.valueAxis(), ValueKind.COUNT);
        double max = 0;
        for (int item = 0; item < data.getItemCount(); item++) {
            double stack = 0;
            for (int s = 0; s < data.getSeriesCount(); s++) {
                stack += data.getYValue(s, item);
            }
            max = Math.max(max, stack);
        }
        XYPlot plot = new XYPlot(data, ChartStyle.dateAxis(from, to, true), values, renderer);
        if (total != null) {
            YIntervalSeries whiskers = new YIntervalSeries(total.label(), false, true);
            for (DatedSeries.Point p : total.points()) {
                if (!Double.isNaN(p.value()) && !Double.isNaN(p.low()) && !Double.isNaN(p.high())) {
                    whiskers.add(ChartStyle.millis(YearMonth.from(p.date()).atDay(15)), p.value(), p.low(), p.high());
                    max = Math.max(max, p.high());
                }
            }
            YIntervalSeriesCollection totals = new YIntervalSeriesCollection();
            totals.addSeries(whiskers);
            XYErrorRenderer errors = new XYErrorRenderer();
            errors.setDrawXError(false);
            errors.setDefaultLinesVisible(false);
            errors.setSeriesShape(0, new Rectangle2D.Double(-6, -1.5, 12, 3));
            errors.setSeriesPaint(0, total.colour());
            errors.setErrorPaint(total.colour());
            errors.setErrorStroke(new BasicStroke(1.6f));
            errors.setCapLength(8);
            // The renderer first: a dataset without its own renderer is measured by the stacked bars' one.
            plot.setRenderer(1, errors);
            plot.setDataset(1, totals);
            plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        }
        ChartStyle.roundTicks(values, max, ValueKind.COUNT);
        JFreeChart chart = ChartStyle.chart(plot, labels, true);
        chart.getLegend().setSortOrder(SortOrder.DESCENDING);
        return chart;
    }

    private static void colour(XYItemRenderer renderer, List<DatedSeries> series) {
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, series.get(i).colour());
        }
    }

    /** Every series on the same periods (days, or months), a missing value counted as 0 so stacks add up. */
    private static TimeTableXYDataset table(List<DatedSeries> series, boolean months) {
        TimeTableXYDataset data = new TimeTableXYDataset(ChartStyle.UTC, ChartStyle.LOCALE);
        TreeSet<LocalDate> dates = new TreeSet<>();
        series.forEach(s -> s.points().forEach(p -> dates.add(p.date())));
        for (DatedSeries s : series) {
            Map<LocalDate, Double> byDate = new HashMap<>();
            s.points().forEach(p -> byDate.put(p.date(), p.value()));
            for (LocalDate d : dates) {
                double v = byDate.getOrDefault(d, 0.0);
                data.add(period(d, months), Double.isNaN(v) ? 0.0 : v, s.label(), false);
            }
        }
        return data;
    }

    private static RegularTimePeriod period(LocalDate d, boolean months) {
        return months ? new Month(d.getMonthValue(), d.getYear()) : new Day(d.getDayOfMonth(), d.getMonthValue(),
                d.getYear());
    }

    private static LocalDate first(List<DatedSeries> series) {
        return series.stream().flatMap(s -> s.points().stream()).map(DatedSeries.Point::date)
                .min(LocalDate::compareTo).orElseThrow(() -> new IllegalArgumentException("no data to chart"));
    }

    private static LocalDate last(List<DatedSeries> series) {
        return series.stream().flatMap(s -> s.points().stream()).map(DatedSeries.Point::date)
                .max(LocalDate::compareTo).orElseThrow(() -> new IllegalArgumentException("no data to chart"));
    }

    /** A chart as a picture laid out at slide scale. */
    public static Picture picture(JFreeChart chart) {
        return DesignSize.fit(chart::draw);
    }
}
