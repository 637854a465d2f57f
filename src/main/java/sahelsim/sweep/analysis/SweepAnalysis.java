package sahelsim.sweep.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.jfree.chart.JFreeChart;
import sahelsim.chart.ChartCaption;
import sahelsim.chart.ChartFormat;
import sahelsim.chart.ImageSize;
import sahelsim.chart.PictureFiles;
import sahelsim.chart.SensitivityIndices;
import sahelsim.chart.SweepCharts;
import sahelsim.chart.TimeCharts;
import sahelsim.chart.ValueKind;
import sahelsim.io.AtomicFiles;
import sahelsim.observe.Outcome;
import sahelsim.scenario.Problem;
import sahelsim.sweep.DesignKind;
import sahelsim.sweep.SweepFolder;
import sahelsim.sweep.SweepResults;

/**
 * Analyses a complete sweep folder into its analysis/ folder: points.csv for every design, sobol.csv or morris.csv
 * for those designs, and charts: a heat map per outcome over the first two varied parameters of a grid or lhs
 * sweep, sensitivity bars per outcome of a sobol or morris sweep. Each file is written whole or not at all; the
 * same runs give the same files.
 */
public final class SweepAnalysis {

    /**
     * What the analysis wrote: of the {@code cells} (design point x outcome), how many got an interval (those with
     * two runs or more) and how many of those are wide.
     */
    public record Result(List<Path> files, int wideIntervals, int intervals, int cells, long failedRuns,
                         List<Problem> sizeWarnings) {
    }

    private static final EnumSet<ChartFormat> FORMATS = EnumSet.of(ChartFormat.PNG, ChartFormat.SVG);

    private SweepAnalysis() {
    }

    public static Result analyze(Path dir) throws IOException {
        SweepResults results = SweepResults.read(dir);
        Path out = Files.createDirectories(dir.resolve(SweepFolder.ANALYSIS));
        List<Path> files = new ArrayList<>();
        PointTable.Intervals[] intervals = new PointTable.Intervals[1];
        Path points = out.resolve(PointTable.FILE);
        AtomicFiles.writeText(points, w -> intervals[0] = PointTable.write(results, w));
        files.add(points);
        List<SensitivityIndices> sensitivity = new ArrayList<>();
        DesignKind design = results.spec().design();
        if (design == DesignKind.SOBOL || design == DesignKind.MORRIS) {
            boolean sobol = design == DesignKind.SOBOL;
            Path table = out.resolve(sobol ? SensitivityTables.SOBOL : SensitivityTables.MORRIS);
            AtomicFiles.writeText(table, w -> sensitivity.addAll(sobol ? SensitivityTables.writeSobol(results, w)
                    : SensitivityTables.writeMorris(results, w)));
            files.add(table);
        }
        for (NamedChart c : charts(results, sensitivity)) {
            files.addAll(PictureFiles.write(TimeCharts.picture(c.chart()), ImageSize.SLIDE, out, c.name(), FORMATS));
        }
        int cells = results.plan().pointCount() * results.spec().outcomes().size();
        // The sweep file's warnings that the design is too small for its indices to be read.
        List<Problem> sizeWarnings = results.spec().warnings().stream().filter(w -> w.path().equals("samples")
                && w.message().contains("not to be trusted")).toList();
        return new Result(files, intervals[0].wide(), intervals[0].computed(), cells, results.failedRuns(),
                sizeWarnings);
    }

    /** A chart of the analysis with the name of its files. */
    public record NamedChart(String name, JFreeChart chart) {
    }

    /**
     * The analysis's charts of a sweep: sensitivity bars per outcome of a sobol or morris sweep (from the indices
     * already computed), else a heat map per outcome over the first two varied parameters, if two are varied.
     */
    static List<NamedChart> charts(SweepResults results, List<SensitivityIndices> sensitivity) {
        ChartCaption caption = caption(results);
        List<NamedChart> charts = new ArrayList<>();
        for (SensitivityIndices indices : sensitivity) {
            charts.add(new NamedChart("sensitivity-" + fileName(indices.outcome()),
                    SweepCharts.sensitivity(indices, caption)));
        }
        DesignKind design = results.spec().design();
        if (design != DesignKind.SOBOL && design != DesignKind.MORRIS && results.spec().varied().size() >= 2) {
            for (int o = 0; o < results.spec().outcomes().size(); o++) {
                String outcome = results.spec().outcomes().get(o);
                charts.add(new NamedChart("heatmap-" + fileName(outcome),
                        SweepCharts.heatMap(HeatMaps.surface(results, o), kind(outcome), caption)));
            }
        }
        return charts;
    }

    /** The charts of a sweep as the analysis draws them, computing the sensitivity indices it needs. */
    public static List<NamedChart> charts(SweepResults results) throws IOException {
        List<SensitivityIndices> sensitivity = new ArrayList<>();
        DesignKind design = results.spec().design();
        if (design == DesignKind.SOBOL) {
            sensitivity.addAll(SensitivityTables.writeSobol(results, new java.io.StringWriter()));
        } else if (design == DesignKind.MORRIS) {
            sensitivity.addAll(SensitivityTables.writeMorris(results, new java.io.StringWriter()));
        }
        return charts(results, sensitivity);
    }

    private static ChartCaption caption(SweepResults results) {
        var spec = results.spec();
        String runs = "sweep " + spec.name() + ", " + results.plan().runCount() + " runs (" + results.plan()
                .pointCount() + " points x " + spec.replications() + " replication"
                + (spec.replications() == 1 ? "" : "s") + ")";
        return ChartCaption.of(spec.base().name(), runs, "seeds derived from " + spec.seed(),
                results.manifest().programLabel());
    }

    /** How an outcome's values read on an axis, from its unit. */
    private static ValueKind kind(String outcome) {
        String unit = Outcome.byId(outcome.split(":")[0]).map(Outcome::unit).orElse("");
        if (unit.startsWith("share")) {
            return ValueKind.SHARE;
        }
        return List.of("people", "events", "days", "towns", "fighters").contains(unit) ? ValueKind.COUNT
                : ValueKind.NUMBER;
    }

    /** An outcome's name as part of a file name: {@code towns_held_end:csp} becomes {@code towns_held_end-csp}. */
    static String fileName(String outcome) {
        return outcome.replace(':', '-');
    }
}
