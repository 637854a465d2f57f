package sahelsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import sahelsim.chart.ChartCaption;
import sahelsim.chart.ChartRequest;
import sahelsim.chart.EpsteinCharts;
import sahelsim.chart.ImageSize;
import sahelsim.chart.PictureFiles;
import sahelsim.chart.TimeCharts;
import sahelsim.epstein.CivilViolence;
import sahelsim.epstein.Lattice;
import sahelsim.epstein.LegitimacyPath;
import sahelsim.epstein.Outburst;
import sahelsim.epstein.PaperResult;
import sahelsim.epstein.RunSeries;
import sahelsim.epstein.report.EpsteinCsv;
import sahelsim.io.BuildInfo;
import sahelsim.io.NumberText;
import sahelsim.io.StagedFiles;
import sahelsim.model.Seeds;
import sahelsim.model.rebellion.RebellionRules;

/**
 * Runs Epstein's civil-violence Model I alone, on the paper's 40 x 40 torus with its parameters, as a reference for
 * the rules the Mali model's civilians follow; docs/epstein.md sets its runs beside the paper's figures.
 */
@Command(name = "epstein", header = "Run Epstein's civil-violence Model I alone, as a reference.",
        sortOptions = false,
        description = {"Run Epstein's civil-violence Model I (PNAS 2002) alone on its 40 x 40 torus with the paper's "
                + "parameters (citizen density 0.7, cop density 0.04, vision 7, J_max 30, T 0.1, k 2.3), at a constant "
                + "legitimacy or through a legitimacy decline, and write the citizens active, jailed and quiet each "
                + "step (epstein.csv), the outbursts (outbursts.csv), the parameters (parameters.csv) and a chart "
                + "(epstein.png, epstein.svg). Prints the outbursts and whether the run reproduces the paper's result: "
                + "punctuated equilibrium at a constant legitimacy, no large outburst in a gradual decline, a large "
                + "outburst after a sudden drop. docs/epstein.md explains the rules and the definitions."},
        footerHeading = "%nExamples:%n",
        footer = {"  ./sahelsim epstein                                   # Fig. 3: L = 0.82, 500 steps, seed 1",
            "  ./sahelsim epstein --legitimacy 0.7 --steps 1000 --seed 4",
            "  ./sahelsim epstein --decline gradual                 # Fig. 9: 0.9 to 0 in small steps over 250",
            "  ./sahelsim epstein --decline sudden                  # Fig. 10: 0.9 to 0.7 in one jump at step 77",
            "  ./sahelsim epstein --decline gradual --from 0.9 --to 0.7 --start 77 --over 100",
            "  ./sahelsim epstein --ratio exact --out results/epstein-exact --force"})
final class EpsteinCommand extends SahelsimCommand {

    /** Fig. 3 of the paper: punctuated equilibrium at L = 0.82. */
    static final double PAPER_LEGITIMACY = 0.82;
    /**
     * Figs. 9 and 10, with the levels of NetLogo's Rebellion Info tab (its suggestion, after the paper, to compare
     * 0.9 to zero over 250 steps with 0.9 dropped to 0.7 at once) and the jump at t = 77 of Fig. 10's caption.
     */
    static final double DECLINE_FROM = 0.9;
    static final double GRADUAL_TO = 0.0;
    static final int GRADUAL_START = 0;
    static final int GRADUAL_SPAN = 250;
    static final double SUDDEN_TO = 0.7;
    static final int SUDDEN_STEP = 77;
    static final int MAX_STEPS = 1_000_000;

    @Option(names = "--legitimacy", paramLabel = "L",
            description = "The regime's legitimacy, constant through the run (default: 0.82, the paper's Fig. 3).")
    private Double legitimacy;

    @Option(names = "--decline", paramLabel = "SHAPE",
            description = "A legitimacy decline instead: gradual (in equal small steps, Fig. 9) or sudden (in one "
                    + "jump, Fig. 10).")
    private String decline;

    @Option(names = "--from", paramLabel = "L", description = "Legitimacy before the decline (default: 0.9).")
    private Double from;

    @Option(names = "--to", paramLabel = "L",
            description = "Legitimacy after it (default: 0 for gradual, 0.7 for sudden).")
    private Double to;

    @Option(names = "--start", paramLabel = "STEP",
            description = "The step at which a gradual decline begins (default: 0) or a sudden drop comes (default: 77).")
    private Integer start;

    @Option(names = "--over", paramLabel = "STEPS",
            description = "How many steps a gradual decline takes (default: 250).")
    private Integer over;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "500",
            description = "Steps to run (default: ${DEFAULT-VALUE}).")
    private int steps;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "The run's seed, any 64-bit whole number (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--ratio", paramLabel = "READING", defaultValue = "whole",
            description = "How cops per active enter the arrest estimate: whole (floor(C/A), the reading that "
                    + "reproduces the paper's figures, as NetLogo's Rebellion) or exact (C/A as the paper prints it, "
                    + "which gives no outbursts) (default: ${DEFAULT-VALUE}).")
    private String ratio;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Folder to write into (default: results/epstein-SEED, results/epstein-gradual-SEED or "
                    + "results/epstein-sudden-SEED).")
    private Path out;

    @Option(names = "--force", description = "Replace the files already in the output folder.")
    private boolean force;

    @Mixin
    private QuietOption console;

    @Override
    public Integer call() throws IOException {
        if (steps < 1 || steps > MAX_STEPS) {
            throw new UserError("--steps: expected a number of steps from 1 to " + MAX_STEPS + ", got " + steps);
        }
        LegitimacyPath path = legitimacyPath();
        Lattice lattice = Lattice.paper().withRules(RebellionRules.paper().withRatio(copRatio()));
        Path folder = out != null ? out : Path.of("results", "epstein" + switch (path.shape()) {
            case CONSTANT -> "";
            case GRADUAL -> "-gradual";
            case SUDDEN -> "-sudden";
        } + "-" + seed);
        OutputFolder.claim(folder, force);
        long begun = System.nanoTime();
        RunSeries run = RunSeries.record(CivilViolence.start(lattice, path, seed), steps);
        List<Outburst> outbursts = Outburst.find(run);
        PaperResult expected = PaperResult.expectedFor(path);
        boolean reproduced = expected.holds(run, path);
        List<String> files = write(folder, lattice, path, run, outbursts);
        if (!console.quiet()) {
            print(lattice, path, run, outbursts, expected, reproduced, (System.nanoTime() - begun) / 1e9, folder,
                    files);
        }
        return ExitCodes.OK;
    }

    private LegitimacyPath legitimacyPath() {
        if (decline == null) {
            if (from != null || to != null || start != null || over != null) {
                throw new UserError("--from, --to, --start and --over describe a legitimacy decline: add --decline "
                        + "gradual or --decline sudden");
            }
            double level = legitimacy != null ? legitimacy : PAPER_LEGITIMACY;
            checkLevel("--legitimacy", level);
            return LegitimacyPath.constant(level);
        }
        if (legitimacy != null) {
            throw new UserError("--legitimacy: a constant legitimacy and --decline exclude each other; give the levels "
                    + "of the decline with --from and --to");
        }
        double high = from != null ? from : DECLINE_FROM;
        checkLevel("--from", high);
        LegitimacyPath path = switch (decline.toLowerCase(Locale.ROOT)) {
            case "gradual" -> {
                double low = to != null ? to : GRADUAL_TO;
                int first = start != null ? start : GRADUAL_START;
                int span = over != null ? over : GRADUAL_SPAN;
                checkDecline(high, low, first);
                if (span < 1) {
                    throw new UserError("--over: expected a decline over 1 step or more, got " + span);
                }
                if (first + span > steps) {
                    throw new UserError("--over: the decline ends at step " + (first + span) + ", after the last step "
                            + steps + "; give --steps " + (first + span) + " or more");
                }
                yield LegitimacyPath.gradual(high, low, first, span);
            }
            case "sudden" -> {
                if (over != null) {
                    throw new UserError("--over: a sudden drop takes no steps; give --start, the step it comes at");
                }
                double low = to != null ? to : SUDDEN_TO;
                int at = start != null ? start : SUDDEN_STEP;
                checkDecline(high, low, at);
                if (at > steps) {
                    throw new UserError("--start: the drop at step " + at + " comes after the last step " + steps
                            + "; give --steps " + at + " or more");
                }
                yield LegitimacyPath.sudden(high, low, at);
            }
            default -> throw new UserError("--decline: expected gradual or sudden, got " + decline);
        };
        return path;
    }

    private void checkDecline(double high, double low, int first) {
        checkLevel("--to", low);
        if (!(low < high)) {
            throw new UserError("--to: a decline ends below where it starts: expected less than --from " + high
                    + ", got " + low);
        }
        if (first < 0) {
            throw new UserError("--start: expected step 0 or later, got " + first);
        }
    }

    private static void checkLevel(String option, double level) {
        if (!(level >= 0 && level <= 1)) {
            throw new UserError(option + ": expected a legitimacy from 0 to 1, got " + level);
        }
    }

    private RebellionRules.CopRatio copRatio() {
        return switch (ratio.toLowerCase(Locale.ROOT)) {
            case "whole" -> RebellionRules.CopRatio.WHOLE;
            case "exact" -> RebellionRules.CopRatio.EXACT;
            default -> throw new UserError("--ratio: expected whole or exact, got " + ratio);
        };
    }

    private List<String> write(Path folder, Lattice lattice, LegitimacyPath path, RunSeries run,
                               List<Outburst> outbursts) throws IOException {
        StagedFiles staged = new StagedFiles(folder);
        List<String> files = new ArrayList<>();
        try {
            staged.stageText("epstein.csv", w -> EpsteinCsv.writeSeries(run, w));
            staged.stageText("outbursts.csv", w -> EpsteinCsv.writeOutbursts(outbursts, run.citizens(), w));
            staged.stageText("parameters.csv", w -> EpsteinCsv.writeParameters(parameters(lattice, path), w));
            ChartCaption caption = new ChartCaption("Epstein (2002) Model I · 1 run, seed " + seed + " · "
                    + BuildInfo.label());
            PictureFiles.write(TimeCharts.picture(EpsteinCharts.series(run, title(path), caption)), ImageSize.SLIDE,
                    folder, "epstein", ChartRequest.DEFAULT_FORMATS);
            files.addAll(staged.commit());
        } catch (IOException | RuntimeException e) {
            staged.abandon();
            throw e;
        }
        files.add("epstein.png");
        files.add("epstein.svg");
        return files;
    }

    private List<String[]> parameters(Lattice lattice, LegitimacyPath path) {
        RebellionRules rules = lattice.rules();
        List<String[]> p = new ArrayList<>();
        p.add(new String[] {"program", BuildInfo.label()});
        p.add(new String[] {"seed", Long.toString(seed)});
        p.add(new String[] {"random_stream", Seeds.RANDOM_STREAM});
        p.add(new String[] {"steps", Integer.toString(steps)});
        p.add(new String[] {"width", Integer.toString(lattice.width())});
        p.add(new String[] {"height", Integer.toString(lattice.height())});
        p.add(new String[] {"citizens", Integer.toString(lattice.citizens())});
        p.add(new String[] {"cops", Integer.toString(lattice.cops())});
        p.add(new String[] {"agent_vision", Integer.toString(lattice.agentVision())});
        p.add(new String[] {"cop_vision", Integer.toString(lattice.copVision())});
        p.add(new String[] {"threshold", NumberText.format(rules.threshold())});
        p.add(new String[] {"arrest_constant", NumberText.format(rules.arrestConstant())});
        p.add(new String[] {"max_jail_term", Integer.toString(rules.maxJailTerm())});
        p.add(new String[] {"ratio", rules.ratio().name().toLowerCase(Locale.ROOT)});
        p.add(new String[] {"legitimacy_path", path.shape().name().toLowerCase(Locale.ROOT)});
        p.add(new String[] {"legitimacy_from", NumberText.format(path.from())});
        p.add(new String[] {"legitimacy_to", NumberText.format(path.to())});
        p.add(new String[] {"decline_start", Integer.toString(path.start())});
        p.add(new String[] {"decline_span", Integer.toString(path.span())});
        return p;
    }

    private static String title(LegitimacyPath path) {
        return switch (path.shape()) {
            case CONSTANT -> "Epstein's Model I at legitimacy " + NumberText.format(path.from());
            case GRADUAL -> "Legitimacy from " + NumberText.format(path.from()) + " to " + NumberText.format(path.to())
                    + " in small steps, steps " + path.start() + " to " + path.end();
            case SUDDEN -> "Legitimacy from " + NumberText.format(path.from()) + " to " + NumberText.format(path.to())
                    + " in one jump at step " + path.start();
        };
    }

    private void print(Lattice lattice, LegitimacyPath path, RunSeries run, List<Outburst> outbursts,
                       PaperResult expected, boolean reproduced, double seconds, Path folder, List<String> files) {
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "Epstein Model I, seed %d: %d steps, %s, on a %d x %d torus (%d citizens, %d cops, "
                        + "ratio %s), %.1f s%n%n", seed, steps, describe(path), lattice.width(), lattice.height(),
                lattice.citizens(), lattice.cops(), lattice.rules().ratio().name().toLowerCase(Locale.ROOT), seconds);
        o.printf(Locale.ROOT, "Outbursts (%d%% or more of the citizens active, each after a quiet step with %d%% or "
                        + "fewer): %d%n", Math.round(Outburst.OUTBURST_SHARE * 100),
                Math.round(Outburst.QUIET_SHARE * 100), outbursts.size());
        o.printf(Locale.ROOT, "Large outbursts (%d%% or more active at once): %d%n",
                Math.round(Outburst.LARGE_SHARE * 100), PaperResult.large(run).size());
        o.printf(Locale.ROOT, "Peak active: %d at step %d%n", run.peakActive(), run.peakStep());
        o.printf(Locale.ROOT, "Paper's result (%s): %s%n%n", expected.description(),
                reproduced ? "reproduced" : "NOT reproduced");
        o.println("Files in " + folder + "/: " + String.join(", ", files));
        o.flush();
    }

    private static String describe(LegitimacyPath path) {
        return switch (path.shape()) {
            case CONSTANT -> "legitimacy " + NumberText.format(path.from());
            case GRADUAL -> "legitimacy from " + NumberText.format(path.from()) + " to " + NumberText.format(path.to())
                    + " in equal steps from step " + path.start() + " to " + path.end();
            case SUDDEN -> "legitimacy " + NumberText.format(path.from()) + " dropping to "
                    + NumberText.format(path.to()) + " at step " + path.start();
        };
    }
}
