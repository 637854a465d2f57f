package sahelsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import sahelsim.sweep.discovery.BoxChoice;
import sahelsim.sweep.discovery.Discovery;
import sahelsim.sweep.discovery.DiscoveryTables;
import sahelsim.sweep.discovery.PrimBox;
import sahelsim.sweep.discovery.PrimData;
import sahelsim.sweep.discovery.Significance;
import sahelsim.sweep.discovery.SweepCases;

/** Scenario discovery: the region of a sweep's parameters where an outcome is above or below a threshold. */
@Command(name = "discover", header = "Find where a sweep's outcome passes a threshold (PRIM).",
        description = {"Find the region of a complete sweep's parameters (numbers, dates and variants) in which runs "
                + "have an outcome above (or below) a threshold, by PRIM (Friedman and Fisher 1999) as the EMA "
                + "Workbench runs it: the peeling and pasting trajectory with each box's coverage and density "
                + "(trajectory.csv), every box's limits with the quasi-p value of each (limits.csv), and charts of the "
                + "trade-off and of the box over the runs, in DIR/analysis/discover-OUTCOME-above-X. See "
                + "docs/sweeps.md, 'Scenario discovery'."})
final class DiscoverCommand extends SahelsimCommand {

    @Parameters(paramLabel = "SWEEP_DIR", description = "A complete sweep folder.")
    private Path dir;

    @Option(names = "--outcome", paramLabel = "NAME", required = true,
            description = "One of the sweep's outcomes, e.g. towns_held_end:jnim.")
    private String outcome;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Threshold threshold;

    static final class Threshold {
        @Option(names = "--above", paramLabel = "X", required = true,
                description = "Runs of interest have the outcome above X.")
        private Double above;

        @Option(names = "--below", paramLabel = "X", required = true,
                description = "Runs of interest have the outcome below X.")
        private Double below;
    }

    @Option(names = "--box", paramLabel = "K", description = "Show box K of the trajectory (0: every run). Default: "
            + "the widest box whose density is within 95%% of the highest on the trajectory.")
    private Integer box;

    @Option(names = "--alpha", paramLabel = "A", defaultValue = "0.05",
            description = "Share of a box's runs one peel removes, and one paste adds (default: ${DEFAULT-VALUE}).")
    private double alpha;

    @Option(names = "--mass-min", paramLabel = "M", defaultValue = "0.05",
            description = "Smallest share of all runs a box may hold (default: ${DEFAULT-VALUE}).")
    private double massMin;

    @Option(names = "--out", paramLabel = "DIR", description = "Where to write (default: "
            + "SWEEP_DIR/analysis/discover-OUTCOME-above-X).")
    private Path out;

    @Mixin
    private QuietOption console;

    @Override
    public Integer call() throws IOException {
        if (!(alpha > 0 && alpha < 0.5)) {
            throw new UserError("--alpha: expected a share above 0 and below 0.5, got " + alpha);
        }
        if (!(massMin > 0 && massMin < 1)) {
            throw new UserError("--mass-min: expected a share above 0 and below 1, got " + massMin);
        }
        SweepCases.Side side = threshold.above != null ? SweepCases.Side.ABOVE : SweepCases.Side.BELOW;
        double x = side == SweepCases.Side.ABOVE ? threshold.above : threshold.below;
        if (!Double.isFinite(x)) {
            throw new UserError("--" + side.name().toLowerCase(Locale.ROOT) + ": expected a number, got " + x);
        }
        Path folder = out != null ? out : Discovery.defaultDir(dir, outcome, side, sahelsim.io.NumberText.format(x));
        Discovery.Result r = Discovery.run(dir, outcome, side, x, box, alpha, massMin, folder);
        if (!console.quiet()) {
            print(r, side, x);
        }
        return ExitCodes.OK;
    }

    private void print(Discovery.Result r, SweepCases.Side side, double x) {
        PrintWriter o = spec.commandLine().getOut();
        PrimBox b = r.box();
        PrimData data = r.prim().data();
        int interest = 0;
        for (boolean i : data.interest()) {
            interest += i ? 1 : 0;
        }
        o.println(String.format(Locale.ROOT, "%s %s %s: %d of %d runs%s; %d boxes on the trajectory", outcome,
                side == SweepCases.Side.ABOVE ? "above" : "below", sahelsim.io.NumberText.format(x), interest,
                data.size(), r.leftOut() > 0 ? " (" + r.leftOut() + " failed or undefined left out)" : "",
                r.trajectory().size()));
        o.println(String.format(Locale.ROOT, "box %d%s: coverage %.3f, density %.3f, %d runs (%d of interest), %d "
                + "parameters restricted", b.index(), r.chosenByRule() ? " (chosen: the widest within "
                + Math.round(BoxChoice.DENSITY_SHARE * 100) + "% of the highest density)" : "", b.coverage(),
                b.density(), b.cases(), b.interest(), b.restricted()));
        for (Significance.Limit l : Significance.of(r.prim(), b)) {
            PrimData.Column column = data.columns().get(l.column());
            if (column instanceof PrimData.Numeric n) {
                o.println(String.format(Locale.ROOT, "  %-45s %s to %s   (quasi-p %s, %s)", n.name(),
                        DiscoveryTables.lower(n, b.lower()[l.column()]), DiscoveryTables.upper(n,
                                b.upper()[l.column()]), p(l.lower()), p(l.upper())));
            } else {
                PrimData.Categorical k = (PrimData.Categorical) column;
                o.println(String.format(Locale.ROOT, "  %-45s %s   (quasi-p %s)", k.name(),
                        DiscoveryTables.labels(k, b.kept()[l.column()]), p(l.lower())));
            }
        }
        for (Path f : r.files()) {
            o.println("wrote " + f);
        }
        o.flush();
    }

    private static String p(double p) {
        return Double.isNaN(p) ? "-" : String.format(Locale.ROOT, "%.2g", p);
    }

}
