package sahelsim.calibrate;

import ec.util.MersenneTwisterFast;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import sahelsim.calibrate.abc.AdaptivePmc;
import sahelsim.calibrate.abc.Particle;
import sahelsim.calibrate.abc.Population;
import sahelsim.calibrate.abc.Proposal;
import sahelsim.model.Seeds;
import sahelsim.sweep.PendingRuns;
import sahelsim.sweep.ProcessLock;
import sahelsim.sweep.RunLog;
import sahelsim.sweep.Shard;
import sahelsim.sweep.StopRequest;
import sahelsim.sweep.SweepError;
import sahelsim.sweep.SweepRunner;
import sahelsim.sweep.SweepTally;

/**
 * Runs a calibration into its folder, resumably, on the sweep machinery: each stage (a generation of the ABC, then
 * the posterior predictive runs) is a batch of runs numbered from 0, handed out in order to a number of threads;
 * each finished run is appended to the stage's log and forced to the disk (see {@link RunLog}), so that a killed
 * calibration loses at most the runs in flight, and is then dropped. Every proposal's values and seed are fixed by
 * the calibration's seed, the generation and its number, and a generation is closed only once every one of its runs
 * is done, from the logs read back: the particles do not depend on the number of threads, shards or interruptions.
 * <p>
 * A shard ({@code --shard i/n}) runs the runs of the current stage whose number leaves i when divided by n, into its
 * own folder inside the stage's, and stops; the next whole process (or {@code --step}) joins the shards' runs into
 * the stage's log, runs what they left, and closes the stage.
 */
public final class CalibrationRunner {

    /** The predictive runs' seeds derive from this "generation" of the calibration's seed: none reaches it. */
    static final int PREDICTIVE_STREAM = 1_000_000;

    /**
     * What a calibration process did.
     *
     * @param history  the calibration as it stands when the process ends
     * @param stage    the stage the process worked on last
     * @param tally    that stage's runs
     * @param stoppedBy what stopped it early, or null
     */
    public record Result(Path dir, CalibrationHistoryView history, Stage stage, SweepTally tally, long failed,
                         String stoppedBy) {

        public boolean complete() {
            return history.current().isComplete();
        }
    }

    /** What a caller may read of a calibration's progress. */
    public record CalibrationHistoryView(List<Population> populations, Stage current) {
    }

    /** Told when a stage's runs start and when a generation closes, for the progress line. */
    public interface Listener {
        void starting(Stage stage, Population previous, SweepTally tally);

        void closed(Population population);

        Listener NONE = new Listener() {
            @Override
            public void starting(Stage stage, Population previous, SweepTally tally) {
            }

            @Override
            public void closed(Population population) {
            }
        };
    }

    private static final int PREPARE_TRIES = 60;
    private static final long PREPARE_WAIT_MS = 500;
    static final String BUSY = "another sahelsim process is writing the calibration folder";

    private final Calibration calibration;
    private final Map<String, String> settings;

    /** @param settings the stopping rules and other settings that may change between starts, for the manifest */
    public CalibrationRunner(Calibration calibration, Map<String, String> settings) {
        this.calibration = calibration;
        this.settings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(settings));
    }

    /**
     * Runs the calibration in {@code dir} until it is complete, stopped or a run fails; with {@code oneStage}, only
     * until the current stage is closed. With {@code force} whatever calibration the folder holds is cleared first.
     */
    public Result run(Path dir, int threads, boolean force, boolean oneStage, StopRequest stop, Listener listener)
            throws IOException {
        try (CalibrationFolder folder = CalibrationFolder.lock(dir)) {
            folder.clearTemporaries();
            CalibrationManifest manifest = claim(folder, force);
            CalibrationHistory history = CalibrationHistory.replay(dir, calibration, manifest.predictiveFrom());
            sortClosedLogs(dir, history);
            manifest = record(manifest, history, dir);
            if (!history.current().isComplete()) {
                // A calibration given more generations, or a predictive stage left unfinished: its old scores and
                // charts no longer describe it, and must not look complete.
                folder.clearReport();
            }
            Stage stage = history.current();
            SweepTally tally = new SweepTally(0, 0);
            manifest = readyForPredictive(folder, manifest, history);
            while (!history.current().isComplete()) {
                stage = history.current();
                StageRun run = new StageRun(dir, stage, history, Shard.WHOLE);
                tally = run.run(threads, stop, listener);
                if (stop.requested() || tally.failed().get() > 0) {
                    return result(dir, history, stage, tally, stop);
                }
                history = CalibrationHistory.replay(dir, calibration, manifest.predictiveFrom());
                manifest = readyForPredictive(folder, record(manifest, history, dir), history);
                if (stage.isGeneration()) {
                    listener.closed(history.populations().get(stage.generation()));
                }
                CalibrationTables.write(dir, calibration, history.populations(), false);
                if (oneStage) {
                    break;
                }
            }
            if (history.current().isComplete()) {
                CalibrationTables.write(dir, calibration, history.populations(), true);
                if (!manifest.isComplete()) {
                    manifest.complete(Instant.now()).write(dir);
                }
            }
            return result(dir, history, stage, tally, stop);
        }
    }

    /**
     * Puts the logs of the stages the replay found closed in the order of their runs. A stage's log is sorted when
     * its last run is in, but a process killed between that run and the sort leaves it in the order the runs
     * finished, and a closed stage is never run again to sort it.
     */
    private void sortClosedLogs(Path dir, CalibrationHistory history) throws IOException {
        for (Population closed : history.populations()) {
            int g = closed.generation();
            new RunLog(CalibrationFolder.stageLog(dir, new Stage(g)), StageLog.generation(g, calibration).columns())
                    .sortById(Shard.WHOLE, calibration.algorithm().settings().batchSize(g));
        }
        if (history.current().isComplete() && calibration.predictive() > 0) {
            new RunLog(CalibrationFolder.stageLog(dir, Stage.PREDICTIVE), StageLog.predictive(calibration).columns())
                    .sortById(Shard.WHOLE, calibration.predictive());
            if (calibration.simulator() instanceof SeriesSimulator series) {
                new RunLog(CalibrationFolder.monthlyLog(CalibrationFolder.stageDir(dir, Stage.PREDICTIVE)),
                        series.seriesColumns()).sortById(Shard.WHOLE, calibration.predictive());
            }
        }
    }

    /**
     * Runs shard {@code shard} of the current stage into its folder and stops. The calibration's folder is taken only
     * for a moment, to create or check its manifest; the stages before are read from its logs.
     */
    public Result runShard(Path dir, Shard shard, int threads, StopRequest stop, Listener listener)
            throws IOException {
        CalibrationManifest manifest = CalibrationManifest.isCalibration(dir) ? checked(dir) : prepare(dir);
        CalibrationHistory history = CalibrationHistory.replay(dir, calibration, manifest.predictiveFrom());
        Stage stage = history.current();
        if (stage.isComplete()) {
            return result(dir, history, stage, new SweepTally(0, 0), stop);
        }
        if (stage.isPredictive() && !Integer.valueOf(history.last().generation()).equals(manifest.predictiveFrom())) {
            throw new SweepError("the posterior predictive runs are next, but the folder " + dir + " has not been "
                    + "prepared for them: run 'sahelsim calibrate FILE --step' (which closes the last generation) "
                    + "before the shards");
        }
        SweepTally tally = new StageRun(dir, stage, history, shard).run(threads, stop, listener);
        return result(dir, history, stage, tally, stop);
    }

    /**
     * Creates the calibration's folder and manifest, or checks the one there, for shards or a cluster's jobs that
     * start later. Shards started together all come here when the folder is new: the folder's lock is held for a
     * moment only, so each waits its turn a little rather than failing.
     */
    public CalibrationManifest prepare(Path dir) throws IOException {
        SweepError busy = null;
        for (int attempt = 0; attempt < PREPARE_TRIES; attempt++) {
            try (CalibrationFolder folder = CalibrationFolder.lock(dir)) {
                return claim(folder, false);
            } catch (SweepError e) {
                if (!e.getMessage().startsWith(BUSY)) {
                    throw e;
                }
                busy = e;
            }
            try {
                Thread.sleep(PREPARE_WAIT_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw busy;
    }

    /** The folder's manifest, checked to be this calibration's. */
    private CalibrationManifest checked(Path dir) {
        CalibrationManifest there = CalibrationManifest.read(dir);
        String difference = there.difference(calibration.identity());
        if (difference != null) {
            throw new SweepError(dir + " holds another calibration: " + difference + "; choose another folder with "
                    + "--out");
        }
        return there;
    }

    /** Whether {@code dir} holds this calibration, complete. */
    public boolean isComplete(Path dir) {
        return CalibrationManifest.isCalibration(dir) && checked(dir).isComplete();
    }

    private Result result(Path dir, CalibrationHistory history, Stage stage, SweepTally tally, StopRequest stop) {
        return new Result(dir, new CalibrationHistoryView(history.populations(), history.current()), stage, tally,
                tally.failed().get(), stop.reason());
    }

    /** The manifest of the calibration the folder will hold: the one there, if it is the same, or a new one. */
    private CalibrationManifest claim(CalibrationFolder folder, boolean force) throws IOException {
        Path dir = folder.dir();
        if (!force && CalibrationManifest.isCalibration(dir)) {
            CalibrationManifest there = CalibrationManifest.read(dir);
            String difference = there.difference(calibration.identity());
            if (difference != null) {
                throw new SweepError(dir + " holds another calibration: " + difference + ". Use --force to replace "
                        + "it, or choose another folder with --out");
            }
            CalibrationManifest resumed = there.resumed(settings);
            resumed.write(dir);
            return resumed;
        }
        if (!force && CalibrationFolder.holdsOutputs(dir)) {
            throw new SweepError(dir + " already holds files that are not a calibration's (a run's or a sweep's "
                    + "manifest, or calibration files without calibration.json); use --force to replace them, or "
                    + "choose another folder with --out");
        }
        folder.clear();
        CalibrationManifest manifest = CalibrationManifest.start(calibration, settings, Instant.now());
        manifest.write(dir);
        return manifest;
    }

    /**
     * Once the last generation is closed, the predictive runs are drawn from its population: runs drawn from another
     * (a calibration that was given more generations) are removed first, and the manifest says which generation the
     * runs there draw from, so that shards started later draw from the same one.
     */
    private static CalibrationManifest readyForPredictive(CalibrationFolder folder, CalibrationManifest manifest,
                                                          CalibrationHistory history) throws IOException {
        if (!history.current().isPredictive()
                || Integer.valueOf(history.last().generation()).equals(manifest.predictiveFrom())) {
            return manifest;
        }
        folder.clearPredictive();
        CalibrationManifest ready = manifest.predictiveFrom(history.last().generation());
        ready.write(folder.dir());
        return ready;
    }

    /** Records the generations closed, keeping the closing time of those recorded before. */
    private static CalibrationManifest record(CalibrationManifest manifest, CalibrationHistory history, Path dir)
            throws IOException {
        List<CalibrationManifest.Closed> closed = new ArrayList<>();
        String now = CalibrationManifest.time(Instant.now());
        for (Population p : history.populations()) {
            String when = p.generation() < manifest.generations().size()
                    ? manifest.generations().get(p.generation()).closed() : now;
            closed.add(new CalibrationManifest.Closed(p.generation(), p.tolerance(),
                    Double.isNaN(p.acceptance()) ? null : p.acceptance(), p.effectiveSize(), when));
        }
        if (closed.equals(manifest.generations())) {
            return manifest;
        }
        CalibrationManifest updated = manifest.closed(closed);
        updated.write(dir);
        return updated;
    }

    /** The seed and particle of posterior predictive run {@code index}: a particle of the posterior drawn by weight. */
    static Proposal predictiveDraw(long calibrationSeed, int index, Population posterior) {
        long seed = Seeds.derive(calibrationSeed, PREDICTIVE_STREAM, index);
        MersenneTwisterFast random = Seeds.generator(seed);
        Particle p = posterior.particles().get(posterior.drawn(random.nextDouble()));
        return new Proposal(p.generation(), p.proposal(), p.values(), p.weight(), Seeds.derive(seed, 0));
    }

    /** The runs of one stage, or of one shard of it, in one folder. */
    private final class StageRun {

        private final Path dir;
        private final Stage stage;
        private final Shard shard;
        private final StageLog layout;
        private final int size;
        private final Population previous;
        private final AdaptivePmc.Kernel kernel;
        private final Path stageDir;
        private final boolean series;

        StageRun(Path dir, Stage stage, CalibrationHistory history, Shard shard) {
            this.dir = dir;
            this.stage = stage;
            this.shard = shard;
            AdaptivePmc algorithm = calibration.algorithm();
            if (stage.isGeneration()) {
                layout = StageLog.generation(stage.generation(), calibration);
                size = algorithm.settings().batchSize(stage.generation());
                previous = stage.generation() == 0 ? null : history.populations().get(stage.generation() - 1);
                kernel = algorithm.kernel(previous);
                series = false;
            } else {
                layout = StageLog.predictive(calibration);
                size = calibration.predictive();
                previous = history.last();
                kernel = null;
                series = calibration.simulator() instanceof SeriesSimulator;
            }
            Path whole = CalibrationFolder.stageDir(dir, stage);
            stageDir = shard.isWhole() ? whole : whole.resolve(shard.folderName());
        }

        SweepTally run(int threads, StopRequest stop, Listener listener) throws IOException {
            ProcessLock shardLock = shard.isWhole() ? null : CalibrationFolder.lockShard(stageDir);
            try {
                Files.createDirectories(stageDir);
                RunLog runs = new RunLog(stageDir.resolve(logName()), layout.columns());
                RunLog months = series ? new RunLog(CalibrationFolder.monthlyLog(stageDir),
                        ((SeriesSimulator) calibration.simulator()).seriesColumns()) : null;
                BitSet done = recover(runs, months, shard, stageDir);
                if (shard.isWhole()) {
                    join(runs, months, done);
                }
                SweepTally tally = new SweepTally(shard.runCount(size), done.cardinality());
                listener.starting(stage, previous, tally);
                runPending(runs, months, done, threads, tally, stop);
                if (shard.isWhole() && !stop.requested() && tally.failed().get() == 0) {
                    runs.sortById(shard, size);
                    if (months != null) {
                        months.sortById(shard, size);
                    }
                }
                return tally;
            } finally {
                if (shardLock != null) {
                    shardLock.close();
                }
            }
        }

        private String logName() {
            return stage.isPredictive() ? CalibrationFolder.PREDICTIVE_RUNS : CalibrationFolder.PROPOSALS;
        }

        /**
         * Makes the logs fit to append to, keeping the runs that finished and were made with the seed this
         * calibration gives them; failed runs are dropped, to be run again. Returns them as places in the shard.
         */
        private BitSet recover(RunLog runs, RunLog months, Shard part, Path where) throws IOException {
            BitSet ok = runs.recover(part, size, (id, text) -> text.indexOf('\n') == text.length() - 1
                    && layout.isOk(text) && mine(id, text, where));
            if (months != null) {
                BitSet withMonths = months.recover(part, size, (id, text) -> ok.get((int) part.position(id)));
                if (!withMonths.equals(ok)) {
                    ok.and(withMonths);
                    runs.recover(part, size, (id, text) -> ok.get((int) part.position(id)));
                }
            }
            return ok;
        }

        /** Whether a logged run has the seed this calibration gives it; another calibration's runs are an error. */
        private boolean mine(long id, String text, Path where) {
            StageLog.Row row = CalibrationHistory.parse(layout, where, text);
            long expected = stage.isGeneration()
                    ? calibration.algorithm().propose(stage.generation(), (int) id, previous, kernel).seed()
                    : predictiveDraw(calibration.algorithm().settings().seed(), (int) id, previous).seed();
            if (row.seed() != expected) {
                throw new SweepError(where + ": run " + id + " has the seed " + row.seed() + ", not the " + expected
                        + " this calibration gives it: the folder holds runs of another calibration (--force starts "
                        + "afresh)");
            }
            return true;
        }

        /** Appends the shards' finished runs that the stage's log lacks, each shard's folder locked meanwhile. */
        private void join(RunLog runs, RunLog months, BitSet done) throws IOException {
            List<Path> shards = CalibrationFolder.shardDirs(stageDir);
            if (shards.isEmpty()) {
                return;
            }
            runs.openForAppend();
            if (months != null) {
                months.openForAppend();
            }
            try {
                for (Path shardDir : shards) {
                    Shard part = Shard.ofFolderName(shardDir.getFileName().toString());
                    ProcessLock held = CalibrationFolder.lockShard(shardDir);
                    try {
                        RunLog shardRuns = new RunLog(shardDir.resolve(logName()), layout.columns());
                        RunLog shardMonths = months == null ? null : new RunLog(
                                CalibrationFolder.monthlyLog(shardDir),
                                ((SeriesSimulator) calibration.simulator()).seriesColumns());
                        recover(shardRuns, shardMonths, part, shardDir);
                        List<LogReader.Block> monthBlocks = shardMonths == null ? List.of()
                                : LogReader.blocks(CalibrationFolder.monthlyLog(shardDir),
                                ((SeriesSimulator) calibration.simulator()).seriesColumns());
                        for (LogReader.Block b : LogReader.blocks(shardDir.resolve(logName()), layout.columns())) {
                            if (done.get((int) b.id())) {
                                continue;
                            }
                            if (months != null) {
                                for (LogReader.Block m : monthBlocks) {
                                    if (m.id() == b.id()) {
                                        months.append(m.text());
                                    }
                                }
                            }
                            runs.append(b.text());
                            done.set((int) b.id());
                        }
                    } finally {
                        held.close();
                    }
                }
            } finally {
                runs.close();
                if (months != null) {
                    months.close();
                }
            }
        }

        private void runPending(RunLog runs, RunLog months, BitSet done, int threads, SweepTally tally,
                                StopRequest stop) throws IOException {
            runs.openForAppend();
            if (months != null) {
                months.openForAppend();
            }
            try {
                PendingRuns.workOff(done, tally.total(), stop, threads, "sahelsim-calibrate", place -> {
                    Finished finished = runOne((int) shard.runId(place));
                    synchronized (runs) {
                        if (stop.abandoned()) {
                            return false;
                        }
                        if (months != null && finished.months() != null) {
                            months.append(finished.months());
                        }
                        runs.append(finished.row());
                    }
                    (finished.ok() ? tally.ok() : tally.failed()).incrementAndGet();
                    return true;
                });
            } finally {
                if (!stop.abandoned()) {
                    runs.close();
                    if (months != null) {
                        months.close();
                    }
                }
            }
        }

        private record Finished(boolean ok, String row, String months) {
        }

        private Finished runOne(int id) {
            Proposal p = stage.isGeneration()
                    ? calibration.algorithm().propose(stage.generation(), id, previous, kernel)
                    : predictiveDraw(calibration.algorithm().settings().seed(), id, previous);
            int fromGeneration = stage.isGeneration() ? stage.generation() : p.generation();
            int fromProposal = stage.isGeneration() ? id : p.index();
            try {
                double[] stats;
                String lines = null;
                if (series) {
                    SeriesSimulator.Simulated s = ((SeriesSimulator) calibration.simulator())
                            .simulateWithSeries(p.values(), p.seed(), id);
                    stats = s.statistics();
                    lines = s.seriesLines();
                } else {
                    stats = calibration.simulator().simulate(p.values(), p.seed());
                }
                if (stats.length != calibration.statistics().size()) {
                    throw new IllegalStateException("the simulator gave " + stats.length + " statistics, expected "
                            + calibration.statistics().size());
                }
                double distance = calibration.distance().between(stats);
                return new Finished(true, layout.ok(id, p.seed(), fromGeneration, fromProposal, p.weight(), p.values(),
                        distance, stats), lines);
            } catch (Exception | LinkageError | VirtualMachineError e) {
                return new Finished(false, layout.failed(id, p.seed(), fromGeneration, fromProposal, p.weight(),
                        p.values(), SweepRunner.describe(e)), null);
            }
        }
    }
}
