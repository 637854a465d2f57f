package sahelsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import sahelsim.sweep.analysis.SweepAnalysis;

/** Statistics and charts of a complete sweep, from its folder alone. */
@Command(name = "analyze", aliases = "analyse", header = "Analyse a complete sweep: intervals, indices, heat maps.",
        description = {"Analyse a complete sweep folder into DIR/analysis: per design point the mean, sd and 95%% "
                + "confidence interval of each outcome over its replications, with a note where the interval is "
                + "wide (points.csv); Sobol indices (sobol.csv) or Morris mu*, mu and sigma (morris.csv) for those "
                + "designs; heat maps over the first two parameters of a grid or lhs sweep and sensitivity bar "
                + "charts (PNG and SVG). See docs/sweeps.md."})
final class AnalyzeCommand extends SahelsimCommand {

    @Parameters(paramLabel = "DIR",
            description = "A complete sweep folder, written by 'sahelsim sweep' or 'sahelsim merge'.")
    private Path dir;

    @Mixin
    private QuietOption console;

    @Override
    public Integer call() throws IOException {
        SweepAnalysis.Result r = SweepAnalysis.analyze(dir);
        PrintWriter err = spec.commandLine().getErr();
        r.sizeWarnings().forEach(w -> err.println(spec.qualifiedName() + ": warning: " + w.path() + ": "
                + w.message()));
        err.flush();
        if (!console.quiet()) {
            PrintWriter o = spec.commandLine().getOut();
            for (Path file : r.files()) {
                o.println("wrote " + file);
            }
            o.println(intervals(r) + (r.failedRuns() > 0 ? "; " + r.failedRuns() + " failed runs are left out" : ""));
            o.flush();
        }
        return ExitCodes.OK;
    }

    /** What the per-point intervals say; none are computed where a point has fewer than two runs. */
    private static String intervals(SweepAnalysis.Result r) {
        if (r.intervals() == 0) {
            return "no confidence intervals: no design point has two runs with a value, and an interval needs two or "
                    + "more (set replications: 2 or more in the sweep file)";
        }
        int without = r.cells() - r.intervals();
        return r.wideIntervals() + " of " + r.intervals() + " confidence intervals (design point x outcome) are "
                + "wide, their half-width above 10% of the mean; points.csv says how many replications would halve "
                + "each" + (without > 0 ? "; " + without + " of " + r.cells() + " have fewer than two runs and no "
                + "interval" : "");
    }
}
