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
import picocli.CommandLine.Parameters;
import sahelsim.load.ScenarioLoader;
import sahelsim.load.ShippedGeography;
import sahelsim.observe.Outcome;
import sahelsim.scenario.Origin;
import sahelsim.scenario.Problem;
import sahelsim.scenario.Scenario;
import sahelsim.scenario.ScenarioError;
import sahelsim.sweep.EvalDesign;
import sahelsim.sweep.EvalRunner;
import sahelsim.sweep.ProcessLock;
import sahelsim.sweep.SweepLoader;

/** The model as a function: a design of parameter values in, one row of outcomes per design row out. */
@Command(name = "eval", header = "Run a scenario for each row of another tool's design.",
        description = {"Run a scenario once for every row of a design CSV written by another tool (SALib, the EMA "
                + "Workbench, nlrx, OpenMOLE) and write one row of outcomes per design row. The design's columns are "
                + "key paths of the scenario (as a sweep file's parameters), plus optionally seed and replicate; it is "
                + "checked as a sweep file is before any run. Rows are written as they finish to OUT.partial, which "
                + "becomes OUT, in row order, once every row is done; started again, an evaluation resumes where it "
                + "stopped. See docs/sweeps.md, 'Driving the model from Python or R'."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every row ran", "1:some rows failed (their status is failed, with the error; running "
                + "again runs them again)", "2:bad input (scenario, design, options, an OUT of another evaluation)"})
final class EvalCommand extends SahelsimCommand {

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario file the design's values are set in.")
    private Path scenarioFile;

    @Option(names = "--design", paramLabel = "FILE.csv", required = true,
            description = "The design: a header of key paths (and optionally seed, replicate), one row per run.")
    private Path designFile;

    @Option(names = "--out", paramLabel = "FILE.csv", required = true,
            description = "The outcomes: row, replicate, seed, the values used, the outcomes, status and error.")
    private Path out;

    @Option(names = "--outcome", paramLabel = "NAME", required = true, split = ",",
            description = "An outcome to measure (repeatable, or comma-separated), as a sweep's outcomes, e.g. "
                    + "armed_group_population_share_end or towns_held_end:jnim.")
    private List<String> outcomes = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Base seed of rows without a seed cell: a row's seed derives from S and its replicate "
                    + "(with a replicate column) or its row number (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Mixin
    private ThreadsOption threads;

    @Option(names = "--force", description = "Replace OUT (and its partial rows) rather than resume it.")
    private boolean force;

    @Mixin
    private QuietOption console;

    @Override
    public Integer call() throws IOException {
        int poolSize = threads.poolSize();
        outcomes = outcomes.stream().map(String::strip).toList();
        ScenarioLoader loader = new ScenarioLoader(ShippedGeography.geography());
        Scenario scenario = loader.load(scenarioFile);
        checkOutcomes(scenario);
        String text = SweepLoader.text(designFile);
        EvalDesign design = EvalDesign.read(designFile.toString(), text, scenario, loader, seed);
        EvalRunner runner = new EvalRunner(loader, scenario, text, design, seed, outcomes);
        EvalRunner.Result result = runner.run(out, poolSize, force, ProcessLock.Mode.of(System.getenv()));
        PrintWriter err = spec.commandLine().getErr();
        if (!console.quiet()) {
            if (result.before() > 0) {
                err.println(String.format(Locale.ROOT, "%s: resumed %s: %d of %d rows were done", spec.qualifiedName(),
                        out, result.before(), result.rows()));
            }
            spec.commandLine().getOut().println(String.format(Locale.ROOT, "%s: %d rows (%d this time), %d failed; "
                    + "outcomes in %s", spec.qualifiedName(), result.rows(), result.rows() - result.before(),
                    result.failed(), out));
        }
        if (result.failed() > 0) {
            err.println(spec.qualifiedName() + ": " + result.failed() + " of " + result.rows() + " rows failed; " + out
                    + " has their errors (status failed), and running the same command again runs them again");
            err.flush();
            return ExitCodes.FAILURE;
        }
        err.flush();
        return ExitCodes.OK;
    }

    private void checkOutcomes(Scenario scenario) {
        List<String> townIds = ShippedGeography.geography().towns().stream().map(t -> t.id()).toList();
        List<Problem> problems = new ArrayList<>();
        for (String outcome : outcomes) {
            String problem = Outcome.problem(outcome.strip(), scenario, townIds);
            if (!problem.isEmpty()) {
                problems.add(new Problem(Origin.of("--outcome"), outcome, problem));
            }
        }
        if (outcomes.stream().distinct().count() < outcomes.size()) {
            problems.add(new Problem(Origin.of("--outcome"), "", "an outcome is given twice: " + outcomes));
        }
        if (!problems.isEmpty()) {
            throw new ScenarioError(problems);
        }
    }
}
