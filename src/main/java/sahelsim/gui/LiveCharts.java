package sahelsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import javax.swing.Timer;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.general.DatasetChangeEvent;
import org.jfree.data.time.Day;
import org.jfree.data.time.Month;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.data.time.TimeTableXYDataset;
import sahelsim.chart.FactionPalette;
import sahelsim.scenario.Scenario;

/**
 * The two live charts beside the map, drawn with JFreeChart from the observer's record: who controls the
 * people (share of residents by faction, daily) and who kills (people killed per month, stacked by
 * perpetrator). Their time axis spans the whole scenario, so the class sees how far the run has come; their
 * value axis follows the data. After a Restart the run before stays on both as faint lines, labelled with its
 * levers, so that the class sees the run with a lever against the run without it.
 */
final class LiveCharts {

    /** A faction enters the control chart's legend once it holds this share of residents. */
    private static final double SHOWN_SHARE = 0.005;
    private static final TimeZone UTC = TimeZone.getTimeZone(ZoneOffset.UTC);
    /** Opacity of the run before's lines: visible, but clearly behind the run going on. */
    private static final int GHOST_ALPHA = 85;
    private static final Color GHOST_TOTAL = new Color(0x303030);
    private static final Stroke GHOST_STROKE = new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final Stroke GHOST_TOTAL_STROKE = new BasicStroke(3f, BasicStroke.CAP_ROUND,
            BasicStroke.JOIN_ROUND, 1f, new float[] {9f, 6f}, 0f);
    private static final Shape LEGEND_LINE = new Line2D.Double(-14, 0, 14, 0);

    private final TimeSeriesCollection shares = new TimeSeriesCollection(UTC);
    private final TimeSeriesCollection ghostShares = new TimeSeriesCollection(UTC);
    private final TimeTableXYDataset killed = new TimeTableXYDataset(UTC);
    private final TimeSeriesCollection ghostKilled = new TimeSeriesCollection(UTC);
    private final XYLineAndShapeRenderer shareLines = new XYLineAndShapeRenderer(true, false);
    private final XYLineAndShapeRenderer ghostShareLines = new XYLineAndShapeRenderer(true, false);
    private final StackedXYBarRenderer killBars = new StackedXYBarRenderer(0.15);
    private final XYLineAndShapeRenderer ghostKillLine = new XYLineAndShapeRenderer(true, false);
    /**
     * Charts redraw at most five times a second: values arrive after every simulated day, and a fast run
     * simulates dozens of days a second.
     */
    private final Timer redraw = new Timer(200, e -> redraw());
    private final JFreeChart shareChart;
    private final JFreeChart killChart;
    private final ChartPanel sharePanel;
    private final ChartPanel killPanel;
    private FactionPalette palette;
    private String[] names = new String[0];
    private boolean[] everKilled = new boolean[0];
    private String ghostLabel;

    LiveCharts() {
        shareChart = chart("Who controls the people", percentAxis());
        killChart = chart("Killed each month, and by whom", countAxis());
        XYPlot share = shareChart.getXYPlot();
        // Each renderer before its dataset: a dataset without a renderer of its own is drawn by the first.
        share.setRenderer(0, shareLines);
        share.setDataset(0, shares);
        share.setRenderer(1, ghostShareLines);
        share.setDataset(1, ghostShares);
        XYPlot kill = killChart.getXYPlot();
        kill.setRenderer(0, killBars);
        kill.setDataset(0, killed);
        kill.setRenderer(1, ghostKillLine);
        kill.setDataset(1, ghostKilled);
        kill.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        killBars.setBarPainter(new StandardXYBarPainter());
        killBars.setShadowVisible(false);
        killBars.setDrawBarOutline(false);
        ghostKillLine.setSeriesPaint(0, GHOST_TOTAL);
        ghostKillLine.setSeriesStroke(0, GHOST_TOTAL_STROKE);
        redraw.setRepeats(false);
        sharePanel = panel(shareChart);
        killPanel = panel(killChart);
    }

    ChartPanel controlPanel() {
        return sharePanel;
    }

    ChartPanel deathsPanel() {
        return killPanel;
    }

    JFreeChart controlChart() {
        return shareChart;
    }

    JFreeChart deathsChart() {
        return killChart;
    }

    /** The label of the run before shown faintly, or null when there is none. */
    String ghostLabel() {
        return ghostLabel;
    }

    /**
     * Starts the charts of a new run. The run before, when it simulated at least one day, stays on them as
     * faint lines under {@code before} ("Before: no lever"). Swing thread.
     */
    void reset(ClassroomRun newRun, String before) {
        redraw.stop();
        if (shares.getSeriesCount() > 0 && shares.getSeries(0).getItemCount() > 0) {
            keepAsGhost(before);
        }
        palette = newRun.palette();
        Scenario scenario = newRun.scenario();
        names = scenario.factions().stream().map(f -> Levers.shortName(f.name())).toArray(String[]::new);
        everKilled = new boolean[names.length];
        shares.removeAllSeries();
        killed.clear();
        for (int f = 0; f <= names.length; f++) {
            boolean noOne = f == names.length;
            shares.addSeries(new TimeSeries(noOne ? Words.NO_ONE : names[f]));
            shareLines.setSeriesPaint(f, noOne ? FactionPalette.UNCONTROLLED.darker() : palette.colour(f));
            shareLines.setSeriesStroke(f, noOne ? new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND,
                    1f, new float[] {7f, 6f}, 0f) : new BasicStroke(5f));
            shareLines.setSeriesVisible(f, false);
        }
        for (JFreeChart c : List.of(shareChart, killChart)) {
            DateAxis axis = (DateAxis) c.getXYPlot().getDomainAxis();
            axis.setRange(date(scenario.start()), date(scenario.end().plusDays(1)));
        }
        legends();
    }

    /** The lines of the run that ends become the ghosts, in the same colours but faint. */
    private void keepAsGhost(String before) {
        ghostLabel = before;
        ghostShares.removeAllSeries();
        for (int f = 0; f < shares.getSeriesCount(); f++) {
            TimeSeries s = shares.getSeries(f);
            if (!shareLines.isSeriesVisible(f) || s.getItemCount() == 0) {
                continue;
            }
            try {
                TimeSeries copy = s.createCopy(0, s.getItemCount() - 1);
                copy.setKey("before " + s.getKey());
                ghostShares.addSeries(copy);
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException("JFreeChart's time series can always be copied", e);
            }
            Paint paint = shareLines.getSeriesPaint(f);
            Color c = (Color) paint;
            int k = ghostShares.getSeriesCount() - 1;
            ghostShareLines.setSeriesPaint(k, new Color(c.getRed(), c.getGreen(), c.getBlue(), GHOST_ALPHA));
            ghostShareLines.setSeriesStroke(k, GHOST_STROKE);
        }
        TimeSeries total = new TimeSeries("before: killed");
        for (int i = 0; i < killed.getItemCount(); i++) {
            double sum = 0;
            for (int s = 0; s < killed.getSeriesCount(); s++) {
                sum += killed.getYValue(s, i);
            }
            total.add(new Month(killed.getTimePeriod(i).getStart(), UTC, Locale.ENGLISH), sum);
        }
        ghostKilled.removeAllSeries();
        ghostKilled.addSeries(total);
    }

    /** Adds the days' values. Swing thread. */
    void add(List<DayReport> days) {
        boolean newLines = false;
        for (DayReport d : days) {
            Day day = new Day(date(d.date()), UTC, Locale.ENGLISH);
            for (int f = 0; f < d.controlShare().length; f++) {
                shares.getSeries(f).add(day, d.controlShare()[f], false);
                if (d.controlShare()[f] >= SHOWN_SHARE && !shareLines.isSeriesVisible(f)) {
                    shareLines.setSeriesVisible(f, true);
                    newLines = true;
                }
            }
            Month month = new Month(date(d.date()), UTC, Locale.ENGLISH);
            for (int f = 0; f < d.monthKilled().length; f++) {
                if (d.monthKilled()[f] > 0 && !everKilled[f]) {
                    everKilled[f] = true;
                    newLines = true;
                }
                if (everKilled[f]) {
                    killed.add(month, d.monthKilled()[f], names[f], false);
                }
            }
        }
        if (newLines) {
            colourBars();
            legends();
        }
        if (!redraw.isRunning()) {
            redraw.start();
        }
    }

    /** Redraws both charts with the values added since the last redraw. */
    private void redraw() {
        for (int f = 0; f < shares.getSeriesCount(); f++) {
            shares.getSeries(f).fireSeriesChanged();
        }
        killChart.getXYPlot().datasetChanged(new DatasetChangeEvent(killed, killed));
    }

    /** Bars stack in the order factions first killed; each keeps its faction's colour. */
    private void colourBars() {
        for (int s = 0; s < killed.getSeriesCount(); s++) {
            Comparable<?> key = killed.getSeriesKey(s);
            for (int f = 0; f < names.length; f++) {
                if (names[f].equals(key)) {
                    killBars.setSeriesPaint(s, palette.colour(f));
                }
            }
        }
    }

    /**
     * The legends name only what the map's legend does not: the factions have the map's colours, so the
     * legends keep to the dashed line of people no one controls and the faint lines of the run before, and the
     * plots keep the room.
     */
    private void legends() {
        LegendItemCollection share = new LegendItemCollection();
        int noOne = shares.getSeriesCount() - 1;
        if (noOne >= 0 && shareLines.isSeriesVisible(noOne)) {
            share.add(line(Words.NO_ONE, (Color) shareLines.getSeriesPaint(noOne), shareLines.getSeriesStroke(noOne)));
        }
        LegendItemCollection kill = new LegendItemCollection();
        if (ghostLabel != null) {
            share.add(line(ghostLabel, new Color(0x80, 0x80, 0x80, 150), GHOST_STROKE));
            kill.add(line(ghostLabel + ", all killed", GHOST_TOTAL, GHOST_TOTAL_STROKE));
        }
        shareChart.getXYPlot().setFixedLegendItems(share);
        killChart.getXYPlot().setFixedLegendItems(kill);
    }

    private static LegendItem line(String label, Color colour, Stroke stroke) {
        LegendItem item = new LegendItem(label, null, null, null, LEGEND_LINE, colour, stroke, colour);
        item.setShapeVisible(false);
        item.setLineVisible(true);
        item.setLine(LEGEND_LINE);
        item.setLinePaint(colour);
        item.setLineStroke(stroke);
        return item;
    }

    /** The names in the charts' legends, in order, for tests. */
    static List<String> legend(JFreeChart chart) {
        List<String> out = new ArrayList<>();
        LegendItemCollection items = chart.getXYPlot().getFixedLegendItems();
        for (int i = 0; items != null && i < items.getItemCount(); i++) {
            out.add(items.get(i).getLabel());
        }
        return out;
    }

    private static Date date(LocalDate d) {
        return Date.from(d.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static JFreeChart chart(String title, NumberAxis values) {
        DateAxis time = new DateAxis();
        time.setTimeZone(UTC);
        time.setDateFormatOverride(dateFormat());
        time.setTickLabelFont(ClassroomLook.font(Font.PLAIN, ClassroomLook.CHART_TEXT));
        XYPlot plot = new XYPlot(null, time, values, null);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xD0D0D0));
        plot.setRangeGridlinePaint(new Color(0xD0D0D0));
        plot.setOutlineVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        JFreeChart chart = new JFreeChart(title, ClassroomLook.font(Font.BOLD, ClassroomLook.TITLE), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(4, 4, 2, 10));
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(ClassroomLook.font(Font.PLAIN, ClassroomLook.CHART_TEXT));
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(BlockBorder.NONE);
        return chart;
    }

    private static SimpleDateFormat dateFormat() {
        SimpleDateFormat f = new SimpleDateFormat("MMM yyyy", Locale.ENGLISH);
        f.setTimeZone(UTC);
        return f;
    }

    /** Shares from 0 to a little above the highest line, so that a faction at 10% does not hug the floor. */
    private static NumberAxis percentAxis() {
        NumberAxis axis = axis();
        axis.setAutoRangeIncludesZero(true);
        axis.setUpperMargin(0.08);
        axis.setAutoRangeMinimumSize(0.05);
        axis.setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.ENGLISH));
        return axis;
    }

    private static NumberAxis countAxis() {
        NumberAxis axis = axis();
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ENGLISH));
        axis.setAutoRangeMinimumSize(5);
        return axis;
    }

    /** A value axis without a label: the chart's title says what it counts. */
    private static NumberAxis axis() {
        NumberAxis axis = new NumberAxis();
        axis.setTickLabelFont(ClassroomLook.font(Font.PLAIN, ClassroomLook.CHART_TEXT));
        return axis;
    }

    private static ChartPanel panel(JFreeChart chart) {
        ChartPanel panel = new ChartPanel(chart, false, true, false, false, false);
        // Redraw straight away on every update rather than caching an image that gets stretched.
        panel.setMinimumDrawWidth(100);
        panel.setMinimumDrawHeight(80);
        panel.setMaximumDrawWidth(4000);
        panel.setMaximumDrawHeight(3000);
        panel.setMouseZoomable(false);
        return panel;
    }
}
