package sahelsim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Charts of scenario discovery (PRIM): the trade-off between coverage and density along the peeling trajectory,
 * and a box drawn over the runs on two of its parameters. Built from plain numbers, so the discovery code decides
 * what to show.
 */
public final class DiscoveryCharts {

    /** Runs of interest in Paul Tol's "bright" red, the others in light grey; the box in blue. */
    private static final Color INTEREST = new Color(0xEE6677);
    private static final Color OTHER = new Color(0xBBBBBB);
    private static final Color BOX = new Color(0x4477AA);

    /** One axis of the box chart: a parameter's values over the runs, its labels if it is categorical. */
    public record Axis(String name, double[] values, List<String> labels, double low, double high) {
    }

    private DiscoveryCharts() {
    }

    /** Density against coverage for every box of the trajectory, numbered, the chosen box ringed. */
    public static JFreeChart tradeoff(double[] coverage, double[] density, int chosen, String title,
                                      ChartCaption caption) {
        XYSeries boxes = new XYSeries("boxes of the trajectory", false);
        for (int k = 0; k < coverage.length; k++) {
            boxes.add(coverage[k], density[k]);
        }
        XYSeries pick = new XYSeries("box " + chosen + " (chosen)", false);
        pick.add(coverage[chosen], density[chosen]);
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(boxes);
        data.addSeries(pick);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, BOX);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
        renderer.setSeriesPaint(1, INTEREST);
        renderer.setSeriesLinesVisible(1, false);
        renderer.setSeriesShape(1, new Ellipse2D.Double(-10, -10, 20, 20));
        NumberAxis x = new NumberAxis("coverage (share of all runs of interest in the box)");
        NumberAxis y = new NumberAxis("density (share of the box's runs that are of interest)");
        for (NumberAxis a : List.of(x, y)) {
            a.setRange(0, 1.02);
            ChartStyle.style(a);
        }
        XYPlot plot = new XYPlot(data, x, y, renderer);
        int step = Math.max(1, coverage.length / 12);
        for (int k = 0; k < coverage.length; k += step) {
            XYTextAnnotation label = new XYTextAnnotation(Integer.toString(k), coverage[k], density[k] + 0.03);
            label.setFont(ChartStyle.CAPTION);
            plot.addAnnotation(label);
        }
        return ChartStyle.chart(plot, new ChartLabels(title, "Each point a box of the peeling and pasting "
                + "trajectory, numbered from 0 (every run); peeling moves up and to the left", "density", caption),
                true);
    }

    /** The runs on two parameters, of interest or not, with the box's limits on them drawn as a rectangle. */
    public static JFreeChart box(Axis across, Axis up, boolean[] interest, String title, String subtitle,
                                 ChartCaption caption) {
        XYSeries in = new XYSeries("runs of interest", false);
        XYSeries out = new XYSeries("other runs", false);
        for (int i = 0; i < interest.length; i++) {
            (interest[i] ? in : out).add(across.values()[i], up.values()[i]);
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(out);
        data.addSeries(in);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setSeriesPaint(0, OTHER);
        renderer.setSeriesPaint(1, INTEREST);
        for (int s = 0; s < 2; s++) {
            renderer.setSeriesShape(s, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        }
        XYPlot plot = new XYPlot(data, axis(across), axis(up), renderer);
        plot.addAnnotation(new XYShapeAnnotation(new Rectangle2D.Double(across.low(), up.low(),
                across.high() - across.low(), up.high() - up.low()), new BasicStroke(4f), BOX));
        return ChartStyle.chart(plot, new ChartLabels(title, subtitle, up.name(), caption), true);
    }

    private static ValueAxis axis(Axis a) {
        ValueAxis axis;
        if (a.labels() != null) {
            SymbolAxis symbols = new SymbolAxis(a.name(), a.labels().toArray(new String[0]));
            symbols.setGridBandsVisible(false);
            axis = symbols;
        } else {
            NumberAxis numbers = new NumberAxis(a.name());
            numbers.setAutoRangeIncludesZero(false);
            axis = numbers;
        }
        ChartStyle.style(axis);
        return axis;
    }
}
