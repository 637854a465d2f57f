package sahelsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.data.time.TimeTableXYDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import sahelsim.RunFixtures;
import sahelsim.runfolder.RunFolder;
import sahelsim.observe.Measure;

/** Each chart of a run or a set has the right series and values, read back from its dataset. */
class RunChartsTest {

    private static final LocalDate FIRST = LocalDate.of(2023, 1, 30);
    private static final LocalDate JANUARY = LocalDate.of(2023, 1, 31);
    private static final LocalDate FEBRUARY = LocalDate.of(2023, 2, 12);

    private final RunCharts run = new RunCharts(RunFolder.open(RunFixtures.smallRun()));
    private final RunCharts set = new RunCharts(RunFolder.open(RunFixtures.smallSet()));

    static List<String> keys(org.jfree.data.general.SeriesDataset data) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < data.getSeriesCount(); i++) {
            out.add(data.getSeriesKey(i).toString());
        }
        return out;
    }

    static int item(org.jfree.data.xy.XYDataset data, int series, LocalDate date) {
        long x = date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        for (int i = 0; i < data.getItemCount(series); i++) {
            if (data.getXValue(series, i) == x) {
                return i;
            }
        }
        throw new AssertionError("no item on " + date);
    }

    private static String text(JFreeChart chart) {
        StringBuilder s = new StringBuilder(chart.getTitle().getText());
        for (Object t : chart.getSubtitles()) {
            if (t instanceof TextTitle tt) {
                s.append(" | ").append(tt.getText());
            }
        }
        return s.toString();
    }

    @Test
    void controlOfARunHasADailyLinePerFactionAndTheUncontrolledShare() {
        JFreeChart chart = run.control(Measure.CONTROL_SHARE_POPULATION);
        YIntervalSeriesCollection data = (YIntervalSeriesCollection) chart.getXYPlot().getDataset();
        assertEquals(List.of("FAMa (Malian army)", "CSP (Tuareg rebels)", "JNIM (al-Qaeda)", "No one"), keys(data));
        assertEquals(14, data.getItemCount(0));
        assertEquals(0.45, data.getYValue(0, item(data, 0, FIRST.plusDays(5))), 1e-12);
        assertEquals(0.25, data.getYValue(2, item(data, 2, FIRST.plusDays(5))), 1e-12);
        assertEquals(data.getYValue(0, 3), data.getStartYValue(0, 3), "a single run has no band");
        XYPlot plot = chart.getXYPlot();
        assertEquals(new Color(0x0072B2), plot.getRenderer().getSeriesPaint(0), "FAMa keeps its colour");
        assertEquals(new Color(0xD55E00), plot.getRenderer().getSeriesPaint(2));
        assertEquals("Share of residents", plot.getRangeAxis().getLabel());
        assertEquals("Date", plot.getDomainAxis().getLabel());
        String words = text(chart);
        assertTrue(words.contains("Scenario fixture-small · 1 run, seed 42 · sahelsim 0.1.0 (fixture)"), words);
    }

    @Test
    void controlOfASetHasMonthlyMeansWithConfidenceBands() {
        JFreeChart chart = set.control(Measure.CONTROL_SHARE_POPULATION);
        YIntervalSeriesCollection data = (YIntervalSeriesCollection) chart.getXYPlot().getDataset();
        int fama = keys(data).indexOf("FAMa (Malian army)");
        int i = item(data, fama, JANUARY);
        assertEquals(0.51, data.getYValue(fama, i), 1e-9);
        // 0.49, 0.51 and 0.53: three replicates' bootstrap interval is their range.
        assertEquals(0.49, data.getStartYValue(fama, i), 1e-12);
        assertEquals(0.53, data.getEndYValue(fama, i), 1e-12);
        assertTrue(text(chart).contains("3 replicates, seeds derived from 7"), text(chart));
    }

    @Test
    void confidenceBandsOfCountsStopAtZero() {
        // January's FAMa fatalities over the set: 1, 2, 3: mean 2, bootstrap interval 1 to 3 (a t-interval went
        // from -0.48 to 4.48); the total 7, 8, 9 gives 7 to 9.
        JFreeChart chart = set.fatalities();
        XYPlot plot = chart.getXYPlot();
        TimeTableXYDataset means = (TimeTableXYDataset) plot.getDataset(0);
        assertEquals(List.of("FAMa (Malian army)", "JNIM (al-Qaeda)"), keys(means), "CSP killed nobody");
        assertEquals(2, means.getYValue(0, 0), 1e-9);
        YIntervalSeriesCollection total = (YIntervalSeriesCollection) plot.getDataset(1);
        assertEquals(8, total.getYValue(0, 0), 1e-9);
        assertEquals(7, total.getStartYValue(0, 0), 1e-12);
        assertEquals(9, total.getEndYValue(0, 0), 1e-12);
        YIntervalSeriesCollection control = (YIntervalSeriesCollection) set.displacement().getXYPlot().getDataset();
        for (int s = 0; s < control.getSeriesCount(); s++) {
            for (int k = 0; k < control.getItemCount(s); k++) {
                assertTrue(control.getStartYValue(s, k) >= 0);
            }
        }
    }

    @Test
    void stackedControlAddsUpToOne() {
        TimeTableXYDataset data = (TimeTableXYDataset) run.controlStacked().getXYPlot().getDataset();
        assertEquals(List.of("FAMa (Malian army)", "CSP (Tuareg rebels)", "JNIM (al-Qaeda)", "No one"), keys(data));
        assertEquals(3, data.getItemCount(), "weekly points of a 14-day run: days 0, 7 and 13");
        for (int i = 0; i < data.getItemCount(); i++) {
            double sum = 0;
            for (int s = 0; s < data.getSeriesCount(); s++) {
                sum += data.getYValue(s, i);
            }
            assertEquals(1.0, sum, 1e-9);
        }
    }

    @Test
    void fatalitiesOfARunAreMonthlyBarsByPerpetrator() {
        JFreeChart chart = run.fatalities();
        TimeTableXYDataset data = (TimeTableXYDataset) chart.getXYPlot().getDataset();
        assertEquals(List.of("FAMa (Malian army)", "JNIM (al-Qaeda)"), keys(data));
        assertEquals(2, data.getItemCount());
        assertEquals(1, data.getYValue(0, 0));
        assertEquals(90, data.getYValue(0, 1));
        assertEquals(36, data.getYValue(1, 1));
        assertEquals("People killed per month", chart.getXYPlot().getRangeAxis().getLabel());
    }

    @Test
    void civilianDeathsAreByPerpetrator() {
        TimeTableXYDataset data = (TimeTableXYDataset) run.civilianDeaths().getXYPlot().getDataset();
        assertEquals(List.of("JNIM (al-Qaeda)"), keys(data));
        assertEquals(2, data.getYValue(0, 0));
        assertEquals(12, data.getYValue(0, 1));
    }

    @Test
    void eventsAreCountedPerMonthAndType() {
        TimeTableXYDataset data = (TimeTableXYDataset) run.eventsByType().getXYPlot().getDataset();
        assertEquals(List.of("Battles", "Violence against civilians", "Strategic developments"), keys(data));
        assertEquals(2, data.getYValue(0, 0));
        assertEquals(12, data.getYValue(1, 1));
        assertEquals(0, data.getYValue(2, 0));
        assertEquals(1, data.getYValue(2, 1));
        XYPlot setPlot = set.eventsByType().getXYPlot();
        YIntervalSeriesCollection totals = (YIntervalSeriesCollection) setPlot.getDataset(1);
        assertEquals(25, totals.getYValue(0, 1), 1e-9, "12 + 12 + 1 events in February, in every replicate");
    }

    @Test
    void displacementHasDisplacedAndRefugees() {
        YIntervalSeriesCollection data = (YIntervalSeriesCollection) run.displacement().getXYPlot().getDataset();
        assertEquals(List.of("Displaced inside Mali", "Refugees abroad"), keys(data));
        assertEquals(2300, data.getYValue(0, item(data, 0, FIRST.plusDays(13))));
        assertEquals(1150, data.getYValue(1, item(data, 1, FIRST.plusDays(13))));
    }

    @Test
    void everyChartHasATitleAxesWithLabelsALegendAndACaption() {
        for (JFreeChart chart : List.of(run.control(Measure.CONTROL_SHARE_AREA), run.controlStacked(), run.fatalities(),
                run.civilianDeaths(), run.eventsByType(), run.displacement(), set.fatalities(), set.eventsByType())) {
            assertTrue(!chart.getTitle().getText().isBlank());
            assertTrue(!chart.getXYPlot().getRangeAxis().getLabel().isBlank());
            assertInstanceOf(org.jfree.chart.axis.DateAxis.class, chart.getXYPlot().getDomainAxis());
            LegendItemCollection legend = chart.getXYPlot().getLegendItems();
            assertTrue(legend.getItemCount() > 0, chart.getTitle().getText());
            Title last = chart.getSubtitle(chart.getSubtitleCount() - 1);
            assertTrue(((TextTitle) last).getText().startsWith("Scenario fixture-small"));
        }
    }
}
