package sahelsim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickMarkPosition;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The one look of every chart, laid out for a 1600x900 slide (see {@link DesignSize}): fonts large enough to
 * read from the back of a room, a left-aligned title with a subtitle saying what is measured, the legend on
 * the right, light grid lines, and the caption at the bottom. Dates are in UTC so that the same data gives
 * the same picture on any machine.
 */
final class ChartStyle {

    static final Font TITLE = MapStyle.font(Font.BOLD, 32f);
    static final Font SUBTITLE = MapStyle.font(Font.PLAIN, 19f);
    static final Font AXIS_LABEL = MapStyle.font(Font.PLAIN, 21f);
    static final Font TICK = MapStyle.font(Font.PLAIN, 18f);
    static final Font LEGEND = MapStyle.font(Font.PLAIN, 19f);
    static final Font CAPTION = MapStyle.font(Font.PLAIN, 15f);
    static final Color SUBTLE_TEXT = new Color(0x4A4A4A);
    static final Color GRID = new Color(0xD8D8D8);
    static final TimeZone UTC = TimeZone.getTimeZone("UTC");
    static final Locale LOCALE = Locale.ENGLISH;

    private ChartStyle() {
    }

    /** A chart around a plot with the house look and its words. */
    static JFreeChart chart(Plot plot, ChartLabels labels, boolean legend) {
        JFreeChart chart = new JFreeChart(labels.title(), TITLE, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(18, 22, 12, 22));
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        TextTitle title = chart.getTitle();
        title.setPaint(MapStyle.TEXT);
        title.setHorizontalAlignment(HorizontalAlignment.LEFT);
        title.setTextAlignment(HorizontalAlignment.LEFT);
        if (labels.subtitle() != null && !labels.subtitle().isEmpty()) {
            TextTitle sub = new TextTitle(labels.subtitle(), SUBTITLE);
            sub.setPaint(SUBTLE_TEXT);
            sub.setHorizontalAlignment(HorizontalAlignment.LEFT);
            sub.setTextAlignment(HorizontalAlignment.LEFT);
            sub.setPadding(new RectangleInsets(4, 0, 14, 0));
            chart.addSubtitle(sub);
        }
        TextTitle caption = new TextTitle(labels.caption().text(), CAPTION);
        caption.setPaint(SUBTLE_TEXT);
        caption.setPosition(RectangleEdge.BOTTOM);
        caption.setHorizontalAlignment(HorizontalAlignment.LEFT);
        caption.setTextAlignment(HorizontalAlignment.LEFT);
        caption.setPadding(new RectangleInsets(12, 0, 0, 0));
        chart.addSubtitle(caption);
        LegendTitle l = chart.getLegend();
        if (l != null) {
            l.setPosition(RectangleEdge.RIGHT);
            l.setItemFont(LEGEND);
            l.setItemPaint(MapStyle.TEXT);
            l.setFrame(BlockBorder.NONE);
            l.setBackgroundPaint(Color.WHITE);
            l.setPadding(new RectangleInsets(0, 18, 0, 0));
            l.setItemLabelPadding(new RectangleInsets(5, 6, 5, 4));
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
            xy.setDomainGridlineStroke(new BasicStroke(1f));
            xy.setRangeGridlineStroke(new BasicStroke(1f));
            xy.setAxisOffset(RectangleInsets.ZERO_INSETS);
        }
        return chart;
    }

    /**
     * A time axis over [from, to] with ticks every 1, 3, 6 or 12 months as the span allows, or every few days
     * for a run of weeks unless the values are monthly.
     */
    static DateAxis dateAxis(LocalDate from, LocalDate to, boolean monthly) {
        DateAxis axis = new CalendarDateAxis();
        axis.setRange(millis(from), millis(to));
        long days = java.time.temporal.ChronoUnit.DAYS.between(from, to);
        long months = java.time.temporal.ChronoUnit.MONTHS.between(from, to);
        if (days <= 92 && !monthly) {
            int step = days <= 20 ? 2 : days <= 45 ? 7 : 14;
            axis.setTickUnit(new DateTickUnit(DateTickUnitType.DAY, step, format("d MMM")));
        } else if (months <= 66) {
            int step = months <= 8 ? 1 : months <= 26 ? 3 : 6;
            axis.setTickUnit(new DateTickUnit(DateTickUnitType.MONTH, step, format("MMM yyyy")));
        } else {
            axis.setTickUnit(new DateTickUnit(DateTickUnitType.YEAR, 1, format("yyyy")));
        }
        axis.setTickMarkPosition(DateTickMarkPosition.START);
        style(axis);
        return axis;
    }

    private static SimpleDateFormat format(String pattern) {
        SimpleDateFormat f = new SimpleDateFormat(pattern, LOCALE);
        f.setTimeZone(UTC);
        return f;
    }

    /**
     * A date axis whose ticks of several months fall on calendar boundaries (January, July) rather than
     * JFreeChart's default of June and December for six-month steps.
     */
    private static final class CalendarDateAxis extends DateAxis {

        private static final long serialVersionUID = 1L;

        CalendarDateAxis() {
            super("Date", UTC, LOCALE);
        }

        @Override
        protected Date previousStandardDate(Date date, DateTickUnit unit) {
            if (!DateTickUnitType.MONTH.equals(unit.getUnitType())) {
                return super.previousStandardDate(date, unit);
            }
            LocalDate day = date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
            int count = unit.getMultiple();
            int index = Math.floorDiv(day.getYear() * 12 + day.getMonthValue() - 1, count) * count;
            LocalDate tick = LocalDate.of(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1, 1);
            if (!date(tick).before(date)) {
                tick = tick.minusMonths(count);
            }
            return date(tick);
        }
    }

    static NumberAxis valueAxis(String label, ValueKind kind) {
        NumberAxis axis = new NumberAxis(label);
        axis.setNumberFormatOverride(kind.format());
        axis.setAutoRangeIncludesZero(true);
        if (kind == ValueKind.COUNT) {
            axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(LOCALE));
        }
        style(axis);
        return axis;
    }

    /**
     * Tick marks at a round step giving about ten intervals up to the largest value: JFreeChart's own choice
     * packs ticks as tightly as the labels allow, which crowds the axis at slide size.
     */
    static void roundTicks(NumberAxis axis, double max, ValueKind kind) {
        if (!(max > 0)) {
            return;
        }
        double raw = max / 10;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = 10 * magnitude;
        for (double m : new double[] {1, 2, 2.5, 5}) {
            if (m * magnitude >= raw) {
                step = m * magnitude;
                break;
            }
        }
        if (kind == ValueKind.COUNT) {
            step = Math.max(1, Math.round(step));
        }
        axis.setTickUnit(new NumberTickUnit(step, kind.format()));
    }

    /** Legend keys large enough to see the colour. */
    static final Shape LEGEND_SWATCH = new Rectangle2D.Double(-9, -9, 18, 18);
    static final Shape LEGEND_LINE = new Line2D.Double(-16, 0, 16, 0);

    static void style(ValueAxis axis) {
        axis.setLabelFont(AXIS_LABEL);
        axis.setLabelPaint(MapStyle.TEXT);
        axis.setTickLabelFont(TICK);
        axis.setTickLabelPaint(MapStyle.TEXT);
        axis.setAxisLinePaint(new Color(0x6A6A6A));
        axis.setTickMarkPaint(new Color(0x6A6A6A));
        axis.setLabelInsets(new RectangleInsets(8, 8, 8, 8));
    }

    static Stroke line(boolean dashed) {
        return dashed
                ? new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {10f, 7f}, 0f)
                : new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /** Midnight UTC at the start of a date, in milliseconds, as time axes count. */
    static long millis(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    static Date date(LocalDate date) {
        return new Date(millis(date));
    }
}
