package sahelsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;

class SweepChartsTest {

    private static final ChartCaption CAPTION = ChartCaption.of("historical-2022", "60 runs", "sweep seed 7",
            "sahelsim 0.1.0 (abc1234)");

    @Test
    void aHeatMapHasACellPerPairOfValues() {
        double[][] values = {{0.1, 0.2, 0.3}, {0.4, Double.NaN, 0.6}};
        OutcomeSurface surface = new OutcomeSurface("armed_group_population_share_end", "share of residents",
                "wagner.strength", new String[] {"0", "1,000", "2,000"}, "coalitions.csp-jnim.probability",
                new String[] {"0", "1"}, values);
        JFreeChart chart = SweepCharts.heatMap(surface, ValueKind.SHARE, CAPTION);
        XYPlot plot = chart.getXYPlot();
        XYZDataset data = (XYZDataset) plot.getDataset();
        assertEquals(6, data.getItemCount(0));
        assertEquals(2, data.getXValue(0, 5), 0);
        assertEquals(1, data.getYValue(0, 5), 0);
        assertEquals(0.6, data.getZValue(0, 5), 1e-12);
        assertTrue(Double.isNaN(data.getZValue(0, 4)));
        assertEquals(List.of("0", "1,000", "2,000"), List.of(((SymbolAxis) plot.getDomainAxis()).getSymbols()));
        assertEquals("wagner.strength", plot.getDomainAxis().getLabel());
        ViridisScale scale = (ViridisScale) ((XYBlockRenderer) plot.getRenderer()).getPaintScale();
        assertEquals(0.1, scale.getLowerBound(), 1e-12);
        assertEquals(0.6, scale.getUpperBound(), 1e-12);
        assertEquals(ViridisScale.MISSING, scale.getPaint(Double.NaN));
        List<String> notes = plot.getAnnotations().stream().map(a -> ((XYTextAnnotation) a).getText()).toList();
        assertTrue(notes.contains("60%") && notes.contains("–"), notes.toString());
    }

    @Test
    void aSurfaceMustBeComplete() {
        assertThrows(IllegalArgumentException.class, () -> new OutcomeSurface("o", "u", "x", new String[] {"1", "2"}, "y",
                new String[] {"1"}, new double[][] {{1}}));
    }

    @Test
    void sensitivityBarsAreSortedWithTheirIntervals() {
        SensitivityIndices indices = new SensitivityIndices("fatalities_total", "Sobol", List.of(
                new SensitivityIndices.Index("a", "S1", 0.1, 0.05, 0.2),
                new SensitivityIndices.Index("b", "S1", 0.5, 0.4, 0.55),
                new SensitivityIndices.Index("a", "ST", 0.2, 0.1, 0.3),
                new SensitivityIndices.Index("b", "ST", 0.7, 0.6, 0.9)));
        JFreeChart chart = SweepCharts.sensitivity(indices, CAPTION);
        XYPlot plot = chart.getXYPlot();
        assertEquals(List.of("a", "b"), List.of(((SymbolAxis) plot.getDomainAxis()).getSymbols()),
                "the largest first-order index at the top");
        XYIntervalSeriesCollection bars = (XYIntervalSeriesCollection) plot.getDataset(0);
        assertEquals(List.of("S1", "ST"), RunChartsTest.keys(bars));
        assertEquals(0.5, bars.getYValue(0, 1), 1e-12);
        XYIntervalSeriesCollection whiskers = (XYIntervalSeriesCollection) plot.getDataset(1);
        assertEquals(4, whiskers.getItemCount(0));
        int stOfB = -1;
        for (int i = 0; i < whiskers.getItemCount(0); i++) {
            stOfB = whiskers.getYValue(0, i) == 0.7 ? i : stOfB;
        }
        assertEquals(0.6, whiskers.getStartYValue(0, stOfB), 1e-12);
        assertEquals(0.9, whiskers.getEndYValue(0, stOfB), 1e-12);
    }
}
