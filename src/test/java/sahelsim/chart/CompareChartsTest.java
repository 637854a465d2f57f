package sahelsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import sahelsim.RunFixtures;
import sahelsim.runfolder.RunFolder;
import sahelsim.runfolder.RunFolderError;
import sahelsim.observe.Measure;

class CompareChartsTest {

    private final List<RunFolder> folders = List.of(RunFolder.open(RunFixtures.smallSet()),
            RunFolder.open(RunFixtures.smallRun()));

    @Test
    void eachFolderIsALineAndASetHasItsBand() {
        JFreeChart chart = CompareCharts.measure(folders, MeasureChoice.parse("fatalities"));
        YIntervalSeriesCollection data = (YIntervalSeriesCollection) chart.getXYPlot().getDataset();
        assertEquals(List.of("fixture-small (small-set)", "fixture-small (small-run)"), RunChartsTest.keys(data));
        assertEquals(8, data.getYValue(0, 0), 1e-9);
        assertEquals(7, data.getStartYValue(0, 0), 1e-12, "7, 8 and 9 in the three replicates");
        assertEquals(7, data.getYValue(1, 0), 1e-9);
        assertEquals(7, data.getStartYValue(1, 0), 1e-9, "a single run has no band");
        assertEquals("Fatalities per month", chart.getTitle().getText());
        assertEquals("People per month", chart.getXYPlot().getRangeAxis().getLabel());
    }

    @Test
    void aFolderKeepsItsColourWhateverTheOrder() {
        JFreeChart ab = CompareCharts.measure(folders, MeasureChoice.parse("fatalities"));
        JFreeChart ba = CompareCharts.measure(List.of(folders.get(1), folders.get(0)), MeasureChoice.parse("fatalities"));
        for (String label : List.of("fixture-small (small-set)", "fixture-small (small-run)")) {
            assertEquals(colour(ab, label), colour(ba, label), label);
        }
        assertTrue(!colour(ab, "fixture-small (small-set)").equals(colour(ab, "fixture-small (small-run)")),
                "two folders, two colours");
    }

    private static java.awt.Paint colour(JFreeChart chart, String label) {
        YIntervalSeriesCollection data = (YIntervalSeriesCollection) chart.getXYPlot().getDataset();
        int series = RunChartsTest.keys(data).indexOf(label);
        return chart.getXYPlot().getRenderer().getSeriesPaint(series);
    }

    @Test
    void aFactionsSeriesIsNamedInTheTitle() {
        JFreeChart chart = CompareCharts.measure(folders, MeasureChoice.parse("control_share_population:jnim"));
        assertEquals("Residents controlled: JNIM (al-Qaeda)", chart.getTitle().getText());
        YIntervalSeriesCollection data = (YIntervalSeriesCollection) chart.getXYPlot().getDataset();
        assertEquals(0.31, data.getYValue(0, 1), 1e-9);
    }

    @Test
    void measureChoicesAreChecked() {
        assertEquals(new MeasureChoice(Measure.FATALITIES, "jnim"), MeasureChoice.parse("fatalities:jnim"));
        for (String bad : List.of("fatalitys", "displaced:jnim", "troops", "zone_share_area:9")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MeasureChoice.parse(bad));
            assertTrue(!e.getMessage().isBlank());
        }
        RunFolderError e = assertThrows(RunFolderError.class,
                () -> CompareCharts.measure(folders, MeasureChoice.parse("troops:wagner")));
        assertTrue(e.getMessage().contains("troops:wagner"), e.getMessage());
    }
}
