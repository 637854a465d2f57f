package sahelsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import javax.swing.Timer;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.general.DatasetChangeEvent;
import org.jfree.data.time.Day;
import org.jfree.data.time.Month;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.data.time.TimeTableXYDataset;
import org.jfree.data.xy.XYDataset;
import sahelsim.scenario.Scenario;

/**
 * The two live charts beside the map, drawn with JFreeChart from the observer's record: who controls the
 * people (share of residents by faction, daily) and who kills (people killed per month, stacked by
 * perpetrator). Their time axis spans the whole scenario, so the class sees how far the run has come.
 */
final class LiveCharts {

    /** A faction enters the control chart's legend once it holds this share of residents. */
    private static final double SHOWN_SHARE = 0.005;
    private static final TimeZone UTC = TimeZone.getTimeZone(ZoneOffset.UTC);

    private final TimeSeriesCollection shares = new TimeSeriesCollection(UTC);
    private final TimeTableXYDataset killed = new TimeTableXYDataset(UTC);
    private final XYLineAndShapeRenderer shareLines = new XYLineAndShapeRenderer(true, false);
    private final StackedXYBarRenderer killBars = new StackedXYBarRenderer(0.15);
    /**
     * Charts redraw at most five times a second: values arrive after every simulated day, and a fast run
     * simulates dozens of days a second.
     */
    private final Timer redraw = new Timer(200, e -> redraw());
    private final JFreeChart shareChart;
    private final JFreeChart killChart;
    private FactionPalette palette;
    private String[] names = new String[0];
    private boolean[] everKilled = new boolean[0];

    LiveCharts() {
        shareChart = chart("Who controls the people", shares, shareLines, percentAxis("share of residents"));
        killChart = chart("Killed per month, by perpetrator", killed, killBars,
                countAxis("people killed"));
        killBars.setBarPainter(new StandardXYBarPainter());
        killBars.setShadowVisible(false);
        killBars.setDrawBarOutline(false);
        redraw.setRepeats(false);
    }

    ChartPanel controlPanel() {
        return panel(shareChart);
    }

    ChartPanel deathsPanel() {
        return panel(killChart);
    }

    /** Empties both charts for a new run and sets their time axes to its calendar. Swing thread. */
    void reset(ClassroomRun newRun) {
        palette = newRun.palette();
        Scenario scenario = newRun.scenario();
        names = scenario.factions().stream().map(f -> Levers.shortName(f.name())).toArray(String[]::new);
        everKilled = new boolean[names.length];
        redraw.stop();
        shares.removeAllSeries();
        killed.clear();
        for (int f = 0; f <= names.length; f++) {
            TimeSeries s = new TimeSeries(f < names.length ? names[f] : "nobody");
            shares.addSeries(s);
            boolean nobody = f == names.length;
            shareLines.setSeriesPaint(f, nobody ? FactionPalette.NOBODY_LINE : palette.colour(f));
            shareLines.setSeriesStroke(f, nobody ? new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND,
                    1f, new float[] {6f, 5f}, 0f) : new BasicStroke(3.5f));
            shareLines.setSeriesVisible(f, false);
            shareLines.setSeriesVisibleInLegend(f, false);
        }
        for (JFreeChart c : List.of(shareChart, killChart)) {
            DateAxis axis = (DateAxis) c.getXYPlot().getDomainAxis();
            axis.setRange(date(scenario.start()), date(scenario.end().plusDays(1)));
        }
    }

    /** Adds the days' values. Swing thread. */
    void add(List<DayReport> days) {
        boolean newBars = false;
        for (DayReport d : days) {
            Day day = new Day(date(d.date()), UTC, Locale.ENGLISH);
            for (int f = 0; f < d.controlShare().length; f++) {
                shares.getSeries(f).add(day, d.controlShare()[f], false);
                if (d.controlShare()[f] >= SHOWN_SHARE && !shareLines.isSeriesVisible(f)) {
                    shareLines.setSeriesVisible(f, true);
                    shareLines.setSeriesVisibleInLegend(f, true);
                }
            }
            Month month = new Month(date(d.date()), UTC, Locale.ENGLISH);
            for (int f = 0; f < d.monthKilled().length; f++) {
                if (d.monthKilled()[f] > 0 && !everKilled[f]) {
                    everKilled[f] = true;
                    newBars = true;
                }
                if (everKilled[f]) {
                    killed.add(month, d.monthKilled()[f], names[f], false);
                }
            }
        }
        if (newBars) {
            colourBars();
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

    private static Date date(LocalDate d) {
        return Date.from(d.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private static JFreeChart chart(String title, XYDataset data, XYItemRenderer renderer, NumberAxis values) {
        DateAxis time = new DateAxis();
        time.setTimeZone(UTC);
        time.setDateFormatOverride(dateFormat());
        time.setTickLabelFont(ClassroomLook.font(Font.PLAIN, 15f));
        XYPlot plot = new XYPlot(data, time, values, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.setOutlineVisible(false);
        JFreeChart chart = new JFreeChart(title, ClassroomLook.font(Font.BOLD, 19f), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(ClassroomLook.font(Font.PLAIN, 15f));
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setFrame(BlockBorder.NONE);
        return chart;
    }

    private static SimpleDateFormat dateFormat() {
        SimpleDateFormat f = new SimpleDateFormat("MMM yyyy", Locale.ENGLISH);
        f.setTimeZone(UTC);
        return f;
    }

    private static NumberAxis percentAxis(String label) {
        NumberAxis axis = axis(label);
        axis.setRange(0, 1);
        axis.setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.ENGLISH));
        return axis;
    }

    private static NumberAxis countAxis(String label) {
        NumberAxis axis = axis(label);
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ENGLISH));
        return axis;
    }

    private static NumberAxis axis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setLabelFont(ClassroomLook.font(Font.PLAIN, 15f));
        axis.setTickLabelFont(ClassroomLook.font(Font.PLAIN, 15f));
        return axis;
    }

    private static ChartPanel panel(JFreeChart chart) {
        ChartPanel panel = new ChartPanel(chart, false, true, false, false, false);
        // Redraw straight away on every update rather than caching an image that gets stretched.
        panel.setMinimumDrawWidth(200);
        panel.setMinimumDrawHeight(150);
        panel.setMaximumDrawWidth(4000);
        panel.setMaximumDrawHeight(3000);
        panel.setMouseZoomable(false);
        return panel;
    }
}
