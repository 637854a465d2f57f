package sahelsim.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import sahelsim.io.Json;
import sahelsim.io.NumberText;
import sahelsim.runfolder.RunManifest;
import sahelsim.load.ScenarioLoader;
import sahelsim.load.ShippedGeography;
import sahelsim.map.Grid;
import sahelsim.scenario.Scenario;
import sahelsim.sweep.SweepRerun;

/** Runs a scenario (once, or as a set of replicates) and writes its outputs into a folder. */
@Command(name = "run", header = "Run a scenario and write its results into a folder.",
        description = {"Run a scenario and write its results into a folder: daily and monthly series, the event log, "
                + "towns, control maps and a summary (see docs/outputs.md). With --reps, a set of replicates "
                + "with derived seeds, run in parallel, plus mean, sd and 95%% confidence intervals."})
final class RunCommand extends SahelsimCommand {

    private static final String TEXT = "text";
    private static final String JSON = "json";

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "The scenario file (YAML), e.g. "
            + "scenarios/historical-2022.yaml; none with --from-sweep.")
    private Path scenarioFile;

    /** One run of a sweep again: the sweep and the run's id go together. */
    static final class FromSweep {

        @Option(names = "--from-sweep", paramLabel = "DIR", required = true, description = "Run one run of the sweep "
                + "in DIR again, alone, with all of a run's outputs: its scenario and seed come from the sweep.")
        private Path dir;

        @Option(names = "--run-id", paramLabel = "N", required = true,
                description = "With --from-sweep: the run's id, as in runs.csv.")
        private long runId;
    }

    @ArgGroup(exclusive = false, heading = "%nA run of a sweep, again:%n")
    private FromSweep fromSweep;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed of the run, or of the set the replicates' seeds are derived from (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--reps", paramLabel = "N", defaultValue = "1",
            description = "Number of replicates, each in its own folder rep-001, rep-002, ... (default: ${DEFAULT-VALUE}).")
    private int reps;

    @Mixin
    private ThreadsOption threads;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Folder to write into (default: results/<scenario name>-<seed>, and "
                    + "results/<scenario name>-<seed>-reps<N> for a set of N replicates).")
    private Path out;

    @Option(names = "--force", description = "Replace the run already in the output folder.")
    private boolean force;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a scenario key (repeatable), "
            + "e.g. --set wagner.strength=2000.")
    private List<String> settings = new ArrayList<>();

    @Option(names = "--map-every", paramLabel = "DAYS", defaultValue = "7",
            description = "Keep the control map every DAYS days and on the last day, in control.csv.gz; 0 for none "
                    + "(default: ${DEFAULT-VALUE}).")
    private int mapEveryDays;

    @Mixin
    private QuietOption console;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = TEXT,
            description = "What to print at the end on stdout: text (a short table) or json (the summary, printed "
                    + "even with --quiet). Default: ${DEFAULT-VALUE}.")
    private String format;

    @Mixin
    private ProgressOption progressEvery;

    @Override
    public Integer call() throws IOException {
        checkOptions();
        if (fromSweep != null) {
            return rerun();
        }
        if (scenarioFile == null) {
            throw new UserError("expected a scenario file, or --from-sweep DIR --run-id N");
        }
        List<ScenarioLoader.Setting> sets = settings.stream().map(ScenarioLoader.Setting::parse).toList();
        Scenario scenario = ScenarioLoader.shipped().load(scenarioFile, sets);
        Grid grid = ShippedGeography.grid(scenario.resolution());
        Path folder = out != null ? out : defaultFolder(scenario.name(), seed, reps);
        OutputFolder.claim(folder, force);
        RunManifest.Provenance provenance = new RunManifest.Provenance(scenarioFile.toString(), scenario,
                sets.stream().map(ScenarioLoader.Setting::toString).toList(), grid);
        return reps == 1 ? single(provenance, grid, folder, null) : replicates(provenance, grid, folder);
    }

    /**
     * results/NAME-SEED for one run, results/NAME-SEED-repsN for a set: a set has a folder of its own, so that a
     * single run and a set of the same scenario and seed, run one after the other, do not claim the same folder.
     */
    static Path defaultFolder(String scenario, long seed, int reps) {
        return Path.of("results", scenario + "-" + seed + (reps == 1 ? "" : "-reps" + reps));
    }

    /** One run of a sweep, with the scenario and seed the sweep gave it. */
    private int rerun() {
        var matched = spec.commandLine().getParseResult();
        for (String option : List.of("--seed", "--reps", "--set")) {
            if (matched.hasMatchedOption(option)) {
                throw new UserError(option + " cannot be given with --from-sweep: the sweep decides the run's "
                        + "scenario and seed");
            }
        }
        if (scenarioFile != null) {
            throw new UserError("give either a scenario file or --from-sweep, not both");
        }
        SweepRerun rerun = SweepRerun.of(fromSweep.dir, fromSweep.runId);
        Scenario scenario = rerun.scenario();
        seed = rerun.run().seed();
        Grid grid = ShippedGeography.grid(scenario.resolution());
        Path folder = out != null ? out : Path.of("results", rerun.spec().name() + "-run-" + fromSweep.runId);
        OutputFolder.claim(folder, force);
        RunManifest.Provenance provenance = new RunManifest.Provenance(rerun.spec().baseFile().toString(), scenario,
                rerun.overrides(), grid);
        return single(provenance, grid, folder, rerun);
    }

    private void checkOptions() {
        if (reps < 1) {
            throw new UserError("--reps: expected 1 or more replicates, got " + reps);
        }
        threads.poolSize(reps);
        if (mapEveryDays < 0) {
            throw new UserError("--map-every: expected a number of days, or 0 for no control maps, got "
                    + mapEveryDays);
        }
        if (!TEXT.equals(format) && !JSON.equals(format)) {
            throw new UserError("--format: expected text or json, got '" + format + "'");
        }
        progressEvery.every();
    }

    @Option(names = "--no-charts", description = "Do not draw the default charts (they can be drawn later with "
            + "the chart command).")
    private boolean noCharts;

    @Option(names = "--geojson", description = "Also write the last day's control map as GeoJSON "
            + "(control-map-DATE.geojson) for GIS programs such as QGIS.")
    private boolean geojson;

    /** One run; {@code rerun} is the sweep run it repeats, or null. */
    private int single(RunManifest.Provenance provenance, Grid grid, Path folder, SweepRerun rerun) {
        Scenario scenario = provenance.scenario();
        RunJob job = new RunJob(provenance, grid, seed, null, folder, mapEveryDays);
        if (rerun != null) {
            job.computeOutcomes(rerun.spec().outcomes());
        }
        long begun = System.nanoTime();
        RunJob.Done done;
        try (Progress progress = progress(scenario.name() + " seed " + seed, scenario, List.of(job.counter()))) {
            done = job.run();
        } catch (RunJob.Failed e) {
            return failed("the run failed: " + e.getMessage() + " (" + folder.resolve(RunManifest.FILE)
                    + " records it)");
        }
        ChartStep.Outcome charts = charts(folder);
        if (!printedJson(done.summary()) && !console.quiet()) {
            String title = String.format(Locale.ROOT, "%s, seed %d: %s to %s, %d days; %s in %s", scenario.name(),
                    seed, scenario.start(), scenario.end(), scenario.days(),
                    noCharts ? "run and files" : "run, files and charts", seconds(begun));
            List<String> files = new ArrayList<>(done.files());
            files.add(RunManifest.FILE);
            files.addAll(charts.files());
            new HeadlineTable(stdout()).single(title, done.headlines(),
                    "Files in " + folder + "/: " + String.join(", ", files));
            if (rerun != null) {
                stdout().println(sweepOutcomes(rerun, done.outcomes()));
                stdout().flush();
            }
        }
        return chartsResult(charts, folder);
    }

    private int replicates(RunManifest.Provenance provenance, Grid grid, Path folder) throws IOException {
        Scenario scenario = provenance.scenario();
        ReplicateSet set = new ReplicateSet(provenance, grid, seed, reps, folder, mapEveryDays);
        int poolSize = threads.poolSize(reps);
        long begun = System.nanoTime();
        ReplicateSet.Done done;
        try (Progress progress = progress(scenario.name() + ", " + reps + " runs", scenario, set.counters())) {
            done = set.run(poolSize);
        } catch (ReplicateSet.Failed e) {
            return failed(e.getMessage() + " (" + folder.resolve(RunManifest.FILE) + " records it)");
        }
        ChartStep.Outcome charts = charts(folder);
        if (!printedJson(done.summary()) && !console.quiet()) {
            String title = String.format(Locale.ROOT, "%s, %d replicates from seed %d on %d thread%s: %s to %s, %s",
                    scenario.name(), reps, seed, poolSize, poolSize == 1 ? "" : "s", scenario.start(), scenario.end(),
                    seconds(begun));
            List<String> names = new ArrayList<>();
            names.add(ReplicateSet.folderName(1) + "/ to " + ReplicateSet.folderName(reps) + "/");
            names.addAll(done.files());
            names.add(RunManifest.FILE);
            names.addAll(charts.files());
            new HeadlineTable(stdout()).replicates(title, done.runs().stream().map(RunJob.Done::headlines).toList(),
                    "Files in " + folder + "/: " + String.join(", ", names));
        }
        return chartsResult(charts, folder);
    }

    /** Prints the summary as JSON when --format json asked for it, even with --quiet. */
    private boolean printedJson(ObjectNode summary) {
        if (!JSON.equals(format)) {
            return false;
        }
        print(Json.text(summary));
        return true;
    }

    private ChartStep.Outcome charts(Path folder) {
        return noCharts ? new ChartStep.Outcome(List.of(), null) : ChartStep.draw(folder, geojson);
    }

    /** The data are complete either way; a chart failure is still a failure of the job asked for. */
    private int chartsResult(ChartStep.Outcome charts, Path folder) {
        if (charts.error() == null) {
            return ExitCodes.OK;
        }
        return failed("the data in " + folder + " are complete, but the charts could not be drawn: " + charts.error()
                + "; draw them with: sahelsim chart " + folder);
    }

    private Progress progress(String label, Scenario scenario, List<DayCounter> counters) {
        if (console.quiet()) {
            return Progress.silent();
        }
        return Progress.start(spec.commandLine().getErr(), Progress.onTerminal(),
                progressEvery.every(), label, scenario.start(), counters);
    }

    private int failed(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(spec.qualifiedName() + ": " + message);
        err.flush();
        return ExitCodes.FAILURE;
    }

    private void print(String text) {
        PrintWriter o = stdout();
        o.print(text);
        o.flush();
    }

    private PrintWriter stdout() {
        return spec.commandLine().getOut();
    }

    /** The run's outcomes as its row of the sweep's runs.csv writes them. */
    private static String sweepOutcomes(SweepRerun rerun, List<Double> values) {
        StringBuilder text = new StringBuilder("Run " + rerun.run().id() + " of sweep " + rerun.spec().name()
                + " (point " + rerun.run().point() + ", replicate " + rerun.run().replicate() + "), outcomes as in "
                + "runs.csv:");
        for (int i = 0; i < values.size(); i++) {
            text.append("\n  ").append(rerun.spec().outcomes().get(i)).append(" = ")
                    .append(NumberText.format(values.get(i)));
        }
        return text.toString();
    }

    private static String seconds(long begun) {
        return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - begun) / 1e9);
    }
}
