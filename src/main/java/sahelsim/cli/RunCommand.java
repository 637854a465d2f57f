package sahelsim.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import sahelsim.io.Json;
import sahelsim.io.MonthlyTable;
import sahelsim.io.ReplicateSummaries;
import sahelsim.io.RunManifest;
import sahelsim.io.ScenarioLoader;
import sahelsim.io.ShippedGeography;
import sahelsim.io.StagedFiles;
import sahelsim.map.Grid;
import sahelsim.model.Seeds;
import sahelsim.scenario.Scenario;

/** Runs a scenario (once, or as a set of replicates) and writes its outputs into a folder. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a scenario and write its results into a folder: daily and monthly series, the event log, "
                + "towns, control maps and a summary (see docs/outputs.md). With --reps, a set of replicates "
                + "with derived seeds, run in parallel, plus mean, sd and 95%% confidence intervals."})
final class RunCommand implements Callable<Integer> {

    private static final String TEXT = "text";
    private static final String JSON = "json";

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario file (YAML), e.g. "
            + "scenarios/historical-2022.yaml.")
    private Path scenarioFile;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed of the run, or of the set the replicates' seeds are derived from (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--reps", paramLabel = "N", defaultValue = "1",
            description = "Number of replicates, each in its own folder rep-001, rep-002, ... (default: ${DEFAULT-VALUE}).")
    private int reps;

    @Option(names = "--threads", paramLabel = "T",
            description = "Replicates run at once (default: the number of processors, at most N). The results do not "
                    + "depend on it.")
    private Integer threads;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Folder to write into (default: results/<scenario name>-<seed>).")
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

    @Option(names = "--quiet", description = "Print nothing but errors (and the JSON asked for with --format json).")
    private boolean quiet;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = TEXT,
            description = "What to print at the end on stdout: text (a short table) or json (the summary). "
                    + "Default: ${DEFAULT-VALUE}.")
    private String format;

    @Option(names = "--progress-every", paramLabel = "SECONDS", defaultValue = "10",
            description = "When stderr is not a terminal, print a progress line every SECONDS seconds "
                    + "(default: ${DEFAULT-VALUE}).")
    private double progressEverySeconds;

    @Override
    public Integer call() throws IOException {
        checkOptions();
        List<ScenarioLoader.Setting> sets = settings.stream().map(ScenarioLoader.Setting::parse).toList();
        Scenario scenario = ScenarioLoader.shipped().load(scenarioFile, sets);
        Grid grid = ShippedGeography.grid(scenario.resolution());
        Path folder = out != null ? out : Path.of("results", scenario.name() + "-" + seed);
        OutputFolder.claim(folder, force);
        RunManifest.Provenance provenance = new RunManifest.Provenance(scenarioFile.toString(), scenario,
                sets.stream().map(ScenarioLoader.Setting::toString).toList(), grid);
        return reps == 1 ? single(provenance, grid, folder) : replicates(provenance, grid, folder);
    }

    private void checkOptions() {
        if (reps < 1) {
            throw new UserError("--reps: expected 1 or more replicates, got " + reps);
        }
        if (threads != null && threads < 1) {
            throw new UserError("--threads: expected 1 or more threads, got " + threads);
        }
        if (mapEveryDays < 0) {
            throw new UserError("--map-every: expected a number of days, or 0 for no control maps, got "
                    + mapEveryDays);
        }
        if (!TEXT.equals(format) && !JSON.equals(format)) {
            throw new UserError("--format: expected text or json, got '" + format + "'");
        }
        if (!(progressEverySeconds > 0)) {
            throw new UserError("--progress-every: expected a number of seconds above 0, got " + progressEverySeconds);
        }
    }

    private int single(RunManifest.Provenance provenance, Grid grid, Path folder) {
        Scenario scenario = provenance.scenario();
        RunJob job = new RunJob(provenance, grid, seed, null, folder, mapEveryDays);
        long begun = System.nanoTime();
        RunJob.Done done;
        try (Progress progress = progress(scenario.name() + " seed " + seed, scenario, List.of(job.counter()))) {
            done = job.run();
        } catch (RunJob.Failed e) {
            return failed("the run failed: " + e.getMessage() + " (" + folder.resolve(RunManifest.FILE)
                    + " records it)");
        }
        if (JSON.equals(format)) {
            print(Json.text(done.summary()));
        } else if (!quiet) {
            String title = String.format(Locale.ROOT, "%s, seed %d: %s to %s, %d days simulated in %s", scenario.name(),
                    seed, scenario.start(), scenario.end(), scenario.days(), seconds(begun));
            List<String> files = new ArrayList<>(done.files());
            files.add(RunManifest.FILE);
            new HeadlineTable(stdout()).single(title, done.headlines(),
                    "Files in " + folder + "/: " + String.join(", ", files));
        }
        return ExitCodes.OK;
    }

    private int replicates(RunManifest.Provenance provenance, Grid grid, Path folder) throws IOException {
        Scenario scenario = provenance.scenario();
        RunManifest set = RunManifest.ofSet(provenance, seed);
        set.started(Instant.now());
        List<RunJob> jobs = new ArrayList<>();
        for (int i = 1; i <= reps; i++) {
            long replicateSeed = Seeds.derive(seed, i - 1L);
            String name = replicateFolder(i);
            jobs.add(new RunJob(provenance, grid, replicateSeed, new RunManifest.Replicate(i, reps, seed),
                    folder.resolve(name), mapEveryDays));
            set.replicate(i, replicateSeed, name, RunManifest.Status.PENDING);
        }
        set.write(folder);
        int poolSize = threads != null ? threads : Math.min(reps, Runtime.getRuntime().availableProcessors());
        long begun = System.nanoTime();
        List<RunJob.Done> done = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        try (Progress progress = progress(scenario.name() + ", " + reps + " runs", scenario,
                jobs.stream().map(RunJob::counter).toList())) {
            ExecutorService pool = Executors.newFixedThreadPool(poolSize, workerThreads());
            try {
                List<Future<RunJob.Done>> futures = new ArrayList<>();
                for (int i = 0; i < jobs.size(); i++) {
                    int index = i + 1;
                    RunJob job = jobs.get(i);
                    futures.add(pool.submit(() -> replicate(set, folder, index, job)));
                }
                for (int i = 0; i < futures.size(); i++) {
                    try {
                        done.add(futures.get(i).get());
                    } catch (ExecutionException e) {
                        failures.add("replicate " + (i + 1) + ": " + (e.getCause() instanceof RunJob.Failed
                                ? e.getCause().getMessage() : RunJob.describe(e.getCause())));
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failures.add("interrupted");
            } finally {
                pool.shutdownNow();
            }
        }
        if (!failures.isEmpty()) {
            set.failed(Instant.now(), String.join("; ", failures));
            set.write(folder);
            return failed(failures.size() + " of " + reps + " replicates failed: " + String.join("; ", failures)
                    + " (" + folder.resolve(RunManifest.FILE) + " records it)");
        }
        ObjectNode summary = ReplicateSummaries.summary(done.stream().map(RunJob.Done::summary).toList(), seed);
        List<MonthlyTable> months = done.stream().map(RunJob.Done::monthly).toList();
        StagedFiles files = new StagedFiles(folder);
        files.stageText(ReplicateSummaries.MONTHLY, w -> ReplicateSummaries.writeMonthly(months, w));
        files.stageText(ReplicateSummaries.SUMMARY, w -> w.write(Json.text(summary)));
        List<String> written = files.commit();
        set.complete(Instant.now(), written);
        set.write(folder);
        if (JSON.equals(format)) {
            print(Json.text(summary));
        } else if (!quiet) {
            String title = String.format(Locale.ROOT, "%s, %d replicates from seed %d on %d thread%s: %s to %s, %s",
                    scenario.name(), reps, seed, poolSize, poolSize == 1 ? "" : "s", scenario.start(), scenario.end(),
                    seconds(begun));
            List<String> names = new ArrayList<>(List.of(replicateFolder(1) + "/ to " + replicateFolder(reps) + "/"));
            names.addAll(written);
            names.add(RunManifest.FILE);
            new HeadlineTable(stdout()).replicates(title, done.stream().map(RunJob.Done::headlines).toList(),
                    "Files in " + folder + "/: " + String.join(", ", names));
        }
        return ExitCodes.OK;
    }

    /** Runs one replicate, keeping the set's manifest up to date with its state. */
    private static RunJob.Done replicate(RunManifest set, Path folder, int index, RunJob job) throws RunJob.Failed {
        String name = replicateFolder(index);
        update(set, folder, index, job, name, RunManifest.Status.RUNNING);
        try {
            RunJob.Done done = job.run();
            update(set, folder, index, job, name, RunManifest.Status.COMPLETE);
            return done;
        } catch (RunJob.Failed e) {
            update(set, folder, index, job, name, RunManifest.Status.FAILED);
            throw e;
        }
    }

    private static void update(RunManifest set, Path folder, int index, RunJob job, String name,
                               RunManifest.Status status) {
        set.replicate(index, job.seed(), name, status);
        try {
            set.write(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String replicateFolder(int index) {
        return String.format(Locale.ROOT, "rep-%03d", index);
    }

    private static java.util.concurrent.ThreadFactory workerThreads() {
        AtomicInteger count = new AtomicInteger();
        return r -> new Thread(r, "sahelsim-run-" + count.incrementAndGet());
    }

    private Progress progress(String label, Scenario scenario, List<DayCounter> counters) {
        if (quiet) {
            return null;
        }
        return Progress.start(spec.commandLine().getErr(), Progress.onTerminal(),
                Duration.ofMillis(Math.round(progressEverySeconds * 1000)), label, scenario.start(), counters);
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

    private static String seconds(long begun) {
        return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - begun) / 1e9);
    }
}
