package sahelsim.chart;

import java.awt.Color;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.Range;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import sahelsim.epstein.RunSeries;

/**
 * The chart of a run of Epstein's Model I as the paper draws its runs (Figs. 3, 9 and 10): citizens active, jailed
 * and quiet each step, with the regime's legitimacy on its own axis at the right.
 */
public final class EpsteinCharts {

    /** Red for the actives, as in the paper's and NetLogo's plots; the rest in quieter Okabe-Ito tones. */
    private static final Color ACTIVE = new Color(0xD55E00);
    private static final Color JAILED = new Color(0x4D4D4D);
    private static final Color QUIET = new Color(0x009E73);
    private static final Color LEGITIMACY = new Color(0x0072B2);

    private EpsteinCharts() {
    }

    public static JFreeChart series(RunSeries run, String title, ChartCaption caption) {
        XYSeriesCollection counts = new XYSeriesCollection();
        counts.addSeries(series("Active", run.active()));
        counts.addSeries(series("Jailed", run.jailed()));
        counts.addSeries(series("Quiet", run.quiet()));
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        Color[] colours = {ACTIVE, JAILED, QUIET};
        for (int i = 0; i < colours.length; i++) {
            lines.setSeriesPaint(i, colours[i]);
            lines.setSeriesStroke(i, ChartStyle.line(false));
            lines.setLegendLine(ChartStyle.LEGEND_LINE);
        }
        lines.setDrawSeriesLineAsPath(true);
        NumberAxis steps = new NumberAxis("Step");
        steps.setRange(new Range(0, Math.max(1, run.steps())));
        steps.setStandardTickUnits(NumberAxis.createIntegerTickUnits(ChartStyle.LOCALE));
        ChartStyle.style(steps);
        NumberAxis citizens = ChartStyle.valueAxis("Citizens", ValueKind.COUNT);
        citizens.setRange(new Range(0, run.citizens()));
        ChartStyle.roundTicks(citizens, run.citizens(), ValueKind.COUNT);
        XYPlot plot = new XYPlot(counts, steps, citizens, lines);

        XYSeries legitimacy = new XYSeries("Legitimacy (right)");
        for (int t = 0; t < run.legitimacy().length; t++) {
            legitimacy.add(t, run.legitimacy()[t]);
        }
        XYLineAndShapeRenderer dashed = new XYLineAndShapeRenderer(true, false);
        dashed.setSeriesPaint(0, LEGITIMACY);
        dashed.setSeriesStroke(0, ChartStyle.line(true));
        dashed.setLegendLine(ChartStyle.LEGEND_LINE);
        dashed.setDrawSeriesLineAsPath(true);
        NumberAxis level = ChartStyle.valueAxis("Legitimacy", ValueKind.NUMBER);
        level.setRange(new Range(0, 1));
        ChartStyle.roundTicks(level, 1, ValueKind.NUMBER);
        plot.setRangeAxis(1, level);
        plot.setDataset(1, new XYSeriesCollection(legitimacy));
        plot.setRenderer(1, dashed);
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        return ChartStyle.chart(plot, new ChartLabels(title, "Citizens active, jailed and quiet each step, of "
                + ValueKind.COUNT.format().format(run.citizens()) + "; dashed: the regime's legitimacy L (right axis)",
                "Citizens", caption),
                true);
    }

    private static XYSeries series(String label, int[] values) {
        XYSeries s = new XYSeries(label, false, false);
        for (int t = 0; t < values.length; t++) {
            s.add(t, values[t]);
        }
        return s;
    }
}
