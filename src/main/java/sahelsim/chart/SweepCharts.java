package sahelsim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * Charts of sweeps: a heat map of an outcome over two parameters, and a bar chart of sensitivity indices
 * with their confidence intervals. Built from plain data records, so the sweep code decides what to show.
 */
public final class SweepCharts {

    /** Cells get their value written in them when there are at most this many: beyond, the text is unreadable. */
    private static final int ANNOTATED_CELLS = 144;
    /** Bar colours for index kinds (S1, ST; mu*, sigma): Paul Tol's "bright" blue, red, green, yellow. */
    private static final Color[] INDEX_COLOURS = {new Color(0x4477AA), new Color(0xEE6677), new Color(0x228833),
        new Color(0xCCBB44)};
    private static final String INTERVAL = "95% confidence interval";

    private SweepCharts() {
    }

    /** A heat map: one cell per pair of parameter values, coloured on the viridis scale, with a colour bar. */
    public static JFreeChart heatMap(OutcomeSurface surface, ValueKind kind, ChartCaption caption) {
        int nx = surface.xValues().length;
        int ny = surface.yValues().length;
        double[][] xyz = new double[3][nx * ny];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                int k = j * nx + i;
                double v = surface.values()[j][i];
                xyz[0][k] = i;
                xyz[1][k] = j;
                xyz[2][k] = v;
                if (!Double.isNaN(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (min > max) {
            min = 0;
            max = 1;
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(surface.outcome(), xyz);
        ViridisScale scale = new ViridisScale(min, max);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        SymbolAxis x = new SymbolAxis(surface.xParameter(), surface.xValues());
        SymbolAxis y = new SymbolAxis(surface.yParameter(), surface.yValues());
        for (SymbolAxis a : List.of(x, y)) {
            a.setGridBandsVisible(false);
            ChartStyle.style(a);
        }
        XYPlot plot = new XYPlot(data, x, y, renderer);
        NumberFormat values = kind.format();
        if (nx * ny <= ANNOTATED_CELLS) {
            Font font = MapStyle.font(Font.BOLD, nx * ny <= 36 ? 20f : 15f);
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    double v = surface.values()[j][i];
                    XYTextAnnotation note = new XYTextAnnotation(Double.isNaN(v) ? "–" : values.format(v), i, j);
                    note.setFont(font);
                    note.setPaint(!Double.isNaN(v) && scale.dark(v) ? Color.WHITE : MapStyle.TEXT);
                    plot.addAnnotation(note);
                }
            }
        }
        JFreeChart chart = ChartStyle.chart(plot, new ChartLabels(surface.outcome(), "Over " + surface.xParameter()
                + " (across) and " + surface.yParameter() + " (up); each cell: the outcome at that pair of values ("
                + surface.unit() + "), grey: no runs", surface.yParameter(), caption), false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        NumberAxis barAxis = ChartStyle.valueAxis(surface.outcome() + " (" + surface.unit() + ")", kind);
        barAxis.setRange(min, scale.getUpperBound());
        PaintScaleLegend bar = new PaintScaleLegend(scale, barAxis);
        bar.setPosition(RectangleEdge.RIGHT);
        bar.setStripWidth(24);
        bar.setAxisOffset(6);
        bar.setMargin(new RectangleInsets(10, 24, 10, 0));
        bar.setStripOutlineVisible(false);
        chart.addSubtitle(bar);
        return chart;
    }

    /**
     * Horizontal bars of each parameter's indices, largest first, with whiskers for their confidence
     * intervals; one colour per kind of index.
     */
    public static JFreeChart sensitivity(SensitivityIndices indices, ChartCaption caption) {
        Set<String> kinds = new LinkedHashSet<>();
        indices.indices().forEach(i -> kinds.add(i.kind()));
        String firstKind = kinds.iterator().next();
        List<String> parameters = indices.indices().stream().filter(i -> i.kind().equals(firstKind))
                .sorted(Comparator.comparingDouble(SensitivityIndices.Index::value))
                .map(SensitivityIndices.Index::parameter).toList();
        List<String> all = new ArrayList<>(parameters);
        indices.indices().stream().map(SensitivityIndices.Index::parameter).distinct()
                .filter(p -> !all.contains(p)).forEach(p -> all.add(0, p));
        XYIntervalSeriesCollection bars = new XYIntervalSeriesCollection();
        XYIntervalSeries whiskers = new XYIntervalSeries(INTERVAL);
        double width = 0.8 / kinds.size();
        int k = 0;
        for (String kind : kinds) {
            XYIntervalSeries s = new XYIntervalSeries(kind);
            for (SensitivityIndices.Index index : indices.indices()) {
                if (!index.kind().equals(kind)) {
                    continue;
                }
                // Bars of one parameter side by side, the first kind on top.
                double centre = all.indexOf(index.parameter()) + 0.4 - (k + 0.5) * width;
                s.add(centre, centre - width / 2 * 0.9, centre + width / 2 * 0.9, index.value(), index.value(),
                        index.value());
                if (!Double.isNaN(index.low()) && !Double.isNaN(index.high())) {
                    whiskers.add(centre, centre, centre, index.value(), index.low(), index.high());
                }
            }
            bars.addSeries(s);
            k++;
        }
        XYBarRenderer barRenderer = new XYBarRenderer();
        barRenderer.setBarPainter(new StandardXYBarPainter());
        barRenderer.setShadowVisible(false);
        barRenderer.setDrawBarOutline(false);
        barRenderer.setLegendBar(ChartStyle.LEGEND_SWATCH);
        for (int i = 0; i < bars.getSeriesCount(); i++) {
            barRenderer.setSeriesPaint(i, INDEX_COLOURS[i % INDEX_COLOURS.length]);
        }
        SymbolAxis parameterAxis = new SymbolAxis("Parameter", all.toArray(new String[0]));
        parameterAxis.setGridBandsVisible(false);
        ChartStyle.style(parameterAxis);
        NumberAxis valueAxis = ChartStyle.valueAxis("Sensitivity index", ValueKind.NUMBER);
        XYPlot plot = new XYPlot(bars, parameterAxis, valueAxis, barRenderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeZeroBaselineVisible(true);
        plot.setRangeZeroBaselinePaint(MapStyle.TEXT);
        if (whiskers.getItemCount() > 0) {
            XYIntervalSeriesCollection intervals = new XYIntervalSeriesCollection();
            intervals.addSeries(whiskers);
            XYErrorRenderer errors = new XYErrorRenderer();
            errors.setDrawXError(false);
            errors.setDefaultLinesVisible(false);
            errors.setSeriesShape(0, new Rectangle2D.Double(-1, -1, 2, 2));
            errors.setLegendShape(0, new Rectangle2D.Double(-12, -1, 24, 2));
            errors.setSeriesPaint(0, MapStyle.TEXT);
            errors.setErrorPaint(MapStyle.TEXT);
            errors.setErrorStroke(new BasicStroke(1.8f));
            errors.setCapLength(10);
            plot.setRenderer(1, errors);
            plot.setDataset(1, intervals);
        }
        return ChartStyle.chart(plot, new ChartLabels("Sensitivity of " + indices.outcome(),
                indices.method() + " indices of each parameter, largest first; whiskers: " + INTERVAL, "Sensitivity index",
                caption), true);
    }
}
