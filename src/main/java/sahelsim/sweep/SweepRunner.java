package sahelsim.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import sahelsim.io.BuildInfo;
import sahelsim.runfolder.MonthlyTable;
import sahelsim.load.ScenarioText;
import sahelsim.load.ShippedGeography;
import sahelsim.map.Grid;
import sahelsim.model.Seeds;
import sahelsim.observe.Outcome;
import sahelsim.observe.Simulation;
import sahelsim.scenario.Scenario;
import sahelsim.scenario.ScenarioError;

/**
 * Runs a sweep, or one shard of it, into its folder, on a number of threads. Each finished run appends its
 * monthly key measures to runs-monthly.csv and then its row to runs.csv, each forced to the disk, and is then
 * dropped: memory holds only the runs in progress. A run that throws gets a row with status failed and its
 * error, and the sweep goes on. A sweep started again into the same folder checks that the folder holds the
 * same sweep, recovers the logs (see {@link RunLog#recover}) and runs only what is missing, failed runs
 * included. A sweep file changed only by more replications, or more samples of a sobol or morris design, grows the
 * sweep in the folder (see {@link SweepGrowthCheck}): the new runs are numbered after the old and run as missing
 * ones. Once every run has its row both logs are sorted by run id and the results database is built, so that the
 * files do not depend on the number of threads or on interruptions. A {@link StopRequest} ends it earlier, its
 * logs holding whole runs, as a later start expects; with a scratch folder the logs are written through a
 * working copy there (see {@link SweepLogs}).
 */
public final class SweepRunner {

    /** What a sweep process did; {@code stoppedBy} says what stopped it before its runs were done, or is null. */
    public record Result(Path dir, SweepTally tally, long failed, String databaseError, String stoppedBy) {
    }

    /** Notified when a sweep process knows how many runs it has to do. */
    @FunctionalInterface
    public interface Start {
        void starting(SweepTally tally, boolean resumed);
    }

    /** How often the wait for the runs in flight looks whether they were abandoned. */

    private final SweepLoader loader;
    private final SweepSpec spec;
    private final String sweepText;
    private final Shard shard;
    private final RunsTable table;
    private final MonthlyMeasures measures;

    public SweepRunner(SweepLoader loader, SweepSpec spec, String sweepText, Shard shard) {
        this.loader = loader;
        this.spec = spec;
        this.sweepText = sweepText;
        this.shard = shard;
        this.table = RunsTable.of(spec);
        this.measures = MonthlyMeasures.of(spec.base());
        SweepPlan plan = SweepPlan.of(spec);
        if (shard.runCount(plan.runCount()) > Integer.MAX_VALUE) {
            throw new SweepError("the sweep has " + plan.runCount() + " runs, too many for one process; split it "
                    + "with --shard");
        }
    }

    /**
     * Runs what is missing in {@code dir} with {@code threads} threads. With {@code force}, whatever sweep files the
     * folder holds are cleared first. Throws {@link SweepError} when the folder holds another sweep (or other
     * files) and {@code force} was not given.
     */
    public Result run(Path dir, int threads, boolean force, Start start) throws IOException {
        return run(dir, null, threads, force, DatabaseMemory.forThisMachine(), start, new StopRequest());
    }

    /** As {@link #run(Path, int, boolean, Start)}, with DuckDB's memory limited to {@code memory}. */
    public Result run(Path dir, int threads, boolean force, DatabaseMemory memory, Start start) throws IOException {
        return run(dir, null, threads, force, memory, start, new StopRequest());
    }

    /**
     * As {@link #run(Path, int, boolean, DatabaseMemory, Start)}, writing the runs through a working copy of the
     * logs in {@code scratch} when it is not null, and stopping early when {@code stop} asks: then the manifest
     * stays "running" and the logs are left unsorted for a later start to resume.
     */
    public Result run(Path dir, Path scratch, int threads, boolean force, DatabaseMemory memory, Start start,
                      StopRequest stop) throws IOException {
        try (SweepFolder folder = SweepFolder.lock(dir)) {
            SweepManifest manifest = claim(folder, force);
            SweepPlan plan = SweepPlan.of(spec, manifest.growth());
            RunLog monthly = new RunLog(folder.monthly(), measures.columns());
            RunLog runs = new RunLog(folder.runs(), table.columns());
            BitSet done = recover(plan, runs, monthly);
            long total = shard.runCount(plan.runCount());
            SweepTally tally = new SweepTally(total, done.cardinality());
            start.starting(tally, tally.before() > 0);
            manifest = manifest.started(Instant.now()).counts(tally.before(), 0);
            manifest.write(dir);
            try (SweepLogs logs = scratch == null ? SweepLogs.direct(runs, monthly)
                    : SweepLogs.onScratch(scratch, folder, runs, monthly, table.columns(), measures.columns())) {
                runPending(plan, done, logs, threads, tally, stop);
                if (!stop.requested()) {
                    logs.sortById(shard, plan.runCount());
                }
            }
            long failed = tally.failed().get();
            if (stop.requested()) {
                manifest.counts(tally.before() + tally.ok().get(), failed).write(dir);
                return new Result(dir, tally, failed, null, stop.reason());
            }
            manifest = manifest.counts(total - failed, failed);
            List<String> files = new ArrayList<>(List.of(SweepFolder.RUNS, SweepFolder.MONTHLY));
            String databaseError = null;
            if (shard.isWhole()) {
                try {
                    files.addAll(SweepDatabase.write(dir, manifest, plan, memory));
                } catch (Exception | LinkageError e) {
                    databaseError = SweepDatabase.describe(e);
                }
            }
            manifest.complete(Instant.now(), files, databaseError).write(dir);
            return new Result(dir, tally, failed, databaseError, null);
        }
    }

    /**
     * The manifest of the sweep the folder will hold: the one there, for the same sweep or grown to this one's size,
     * or a new one.
     */
    private SweepManifest claim(SweepFolder folder, boolean force) throws IOException {
        Path dir = folder.dir();
        SweepPlan fresh = SweepPlan.of(spec);
        if (!force && SweepManifest.isSweep(dir)) {
            SweepManifest there = SweepManifest.read(dir);
            refuseOtherStream(there, dir);
            String difference = difference(there);
            if (difference == null) {
                SweepManifest resumed = there.resumedBy(BuildInfo.label());
                if (!there.identity().sweepSha256().equals(ScenarioText.sha256(sweepText))) {
                    SweepGrowth growth = SweepGrowthCheck.grown(dir, there, sweepText, fresh);
                    resumed = resumed.grow(spec, sweepText, SweepPlan.of(spec, growth), shard);
                    resumed.write(dir);
                }
                return resumed;
            }
            throw new SweepError(dir + " holds another sweep: " + difference + ". Use --force to replace it, or "
                    + "choose another folder with --out");
        }
        if (!force && folder.holdsOutputs()) {
            throw new SweepError(dir + " already holds files that are not a sweep's (" + SweepManifest.FILE
                    + " of a run, or runs.csv without a manifest); use --force to replace them, or choose another "
                    + "folder with --out");
        }
        folder.clear();
        SweepManifest manifest = SweepManifest.start(spec, sweepText, fresh, shard);
        manifest.write(dir);
        return manifest;
    }

    /**
     * A sweep started under other random streams cannot be resumed: its remaining runs would not be the runs its
     * first ones belong with, although the files would look like one sweep.
     */
    private static void refuseOtherStream(SweepManifest there, Path dir) {
        if (!there.hasCurrentStream()) {
            throw new SweepError(dir + " holds a sweep made with the random streams " + there.randomStream()
                    + " of an older sahelsim; this one makes " + Seeds.RANDOM_STREAM + " (seeds use all 64 bits and "
                    + "derive from design point and replicate), so its remaining runs would not match the ones done "
                    + "and it cannot be resumed. Use --force to run the sweep again from the start, or choose another "
                    + "folder with --out");
        }
    }

    /**
     * What makes a folder's sweep another than this one, or null when it is the same, or the same but for a changed
     * sweep file, which {@link SweepGrowthCheck} judges.
     */
    private String difference(SweepManifest there) {
        if (!there.name().equals(spec.name())) {
            return "its name is " + there.name() + ", not " + spec.name();
        }
        if (!there.identity().baseSha256().equals(ScenarioText.hash(spec.base()))) {
            return "the base scenario " + spec.baseFile() + " has changed since that sweep started";
        }
        if (there.commonRandomNumbers() != spec.commonRandomNumbers()) {
            return "its runs were seeded " + (there.commonRandomNumbers() ? "with" : "without") + " common random "
                    + "numbers (commonRandomNumbers; a sahelsim before they existed seeded every run by its own "
                    + "point), so its remaining runs would not match the ones done";
        }
        if (!there.shard().equals(shard)) {
            return (there.shard().isWhole() ? "the whole sweep" : "shard " + there.shard()) + ", not "
                    + (shard.isWhole() ? "the whole sweep" : "shard " + shard);
        }
        return null;
    }

    /**
     * Makes both logs fit to append to and returns the runs already done: those with an ok row in runs.csv and
     * their monthly lines. Failed rows are dropped, so that those runs go again.
     */
    private BitSet recover(SweepPlan plan, RunLog runs, RunLog monthly) throws IOException {
        long total = plan.runCount();
        // A run has one row: a run written twice in a row (a log edited by hand) is run again rather than guessed at.
        BitSet ok = runs.recover(shard, total, (id, text) -> text.indexOf('\n') == text.length() - 1
                && table.isOk(text));
        BitSet withMonths = monthly.recover(shard, total, (id, text) -> ok.get((int) shard.position(id)));
        if (!withMonths.equals(ok)) {
            // A row whose monthly lines are gone (a log edited by hand): run it again rather than keep half a run.
            ok.and(withMonths);
            runs.recover(shard, total, (id, text) -> ok.get((int) shard.position(id)));
        }
        return ok;
    }

    private void runPending(SweepPlan plan, BitSet done, SweepLogs logs, int threads, SweepTally tally,
                            StopRequest stop)
            throws IOException {
        logs.openForAppend();
        PendingRuns.workOff(done, tally.total(), stop, threads, "sahelsim-sweep", place -> {
            Finished finished = runOne(plan.run(shard.runId(place)));
            if (!logs.append(finished.months(), finished.row())) {
                return false;
            }
            (finished.ok() ? tally.ok() : tally.failed()).incrementAndGet();
            return true;
        });
    }

    /** One run's lines, made before they are written so that the logs' lock is held only to write. */
    private record Finished(boolean ok, String row, String months) {
    }

    private Finished runOne(SweepRun run) {
        try {
            Scenario scenario = loader.scenario(spec, run);
            Grid grid = ShippedGeography.grid(scenario.resolution());
            Simulation.Result result = Simulation.run(scenario, grid, run.seed());
            double[] outcomes = new double[spec.outcomes().size()];
            for (int i = 0; i < outcomes.length; i++) {
                outcomes[i] = Outcome.value(spec.outcomes().get(i), result);
            }
            String months = measures.block(run.id(), MonthlyTable.of(result.record()));
            return new Finished(true, table.ok(run, outcomes), months);
        } catch (Exception | LinkageError | VirtualMachineError e) {
            return new Finished(false, table.failed(run, describe(e)), "");
        }
    }

    /** A run's error in one line: the scenario's problems, or the exception and its message. */
    public static String describe(Throwable e) {
        if (e instanceof ScenarioError s) {
            return "invalid scenario: " + s.getMessage();
        }
        String what = e.getClass().getName();
        return e.getMessage() == null ? what : what + ": " + e.getMessage();
    }
}
