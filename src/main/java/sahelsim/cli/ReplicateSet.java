package sahelsim.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import sahelsim.io.Json;
import sahelsim.runfolder.MonthlyTable;
import sahelsim.runfolder.ReplicateSummaries;
import sahelsim.runfolder.RunManifest;
import sahelsim.io.StagedFiles;
import sahelsim.map.Grid;
import sahelsim.model.Seeds;

/**
 * A set of replicates: replicate i (from 1) runs with the seed derived from the base seed and i - 1, in its
 * own folder rep-00i, on a pool of threads; the set's manifest follows each replicate's state, and once all
 * are complete the set's summaries are written. Each run writes only its own folder and the results are
 * gathered in replicate order, so the files do not depend on the number of threads.
 */
final class ReplicateSet {

    /** A complete set: its runs in replicate order and the set's own files. */
    record Done(List<RunJob.Done> runs, ObjectNode summary, List<String> files) {
    }

    /** A set with a failed replicate; its manifest already says so. */
    static final class Failed extends Exception {

        private static final long serialVersionUID = 1L;

        Failed(String message) {
            super(message);
        }
    }

    private final Path folder;
    private final long baseSeed;
    private RunManifest manifest;
    private final List<RunJob> jobs = new ArrayList<>();

    ReplicateSet(RunManifest.Provenance provenance, Grid grid, long baseSeed, int replicates, Path folder,
                 int mapEveryDays) {
        this.folder = folder;
        this.baseSeed = baseSeed;
        this.manifest = RunManifest.ofSet(provenance, baseSeed);
        for (int i = 1; i <= replicates; i++) {
            long seed = Seeds.derive(baseSeed, i - 1L);
            jobs.add(new RunJob(provenance, grid, seed, new RunManifest.Replicate(i, replicates, baseSeed),
                    folder.resolve(folderName(i)), mapEveryDays));
            manifest = manifest.replicate(i, seed, folderName(i), RunManifest.Status.PENDING);
        }
    }

    static String folderName(int index) {
        return String.format(Locale.ROOT, "rep-%03d", index);
    }

    List<DayCounter> counters() {
        return jobs.stream().map(RunJob::counter).toList();
    }

    Done run(int threads) throws Failed, IOException {
        writeManifest(manifest.started(Instant.now()));
        List<RunJob.Done> runs = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, workerThreads());
        try {
            List<Future<RunJob.Done>> futures = new ArrayList<>();
            for (int i = 0; i < jobs.size(); i++) {
                int index = i + 1;
                futures.add(pool.submit(() -> replicate(index)));
            }
            for (int i = 0; i < futures.size(); i++) {
                try {
                    runs.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    failures.add("replicate " + (i + 1) + ": "
                            + (cause instanceof RunJob.Failed ? cause.getMessage() : RunJob.describe(cause)));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failures.add("interrupted");
        } finally {
            pool.shutdownNow();
        }
        if (!failures.isEmpty()) {
            throw fail(failures.size() + " of " + jobs.size() + " replicates failed: " + String.join("; ", failures));
        }
        try {
            return summarise(runs);
        } catch (IOException | RuntimeException e) {
            throw fail("the set's summaries could not be written: " + RunJob.describe(e));
        }
    }

    private Done summarise(List<RunJob.Done> runs) throws IOException {
        ObjectNode summary = ReplicateSummaries.summary(runs.stream().map(RunJob.Done::summary).toList(), baseSeed);
        List<MonthlyTable> months = runs.stream().map(RunJob.Done::monthly).toList();
        StagedFiles files = new StagedFiles(folder);
        files.stageText(ReplicateSummaries.MONTHLY, w -> ReplicateSummaries.writeMonthly(months, w));
        files.stageText(ReplicateSummaries.SUMMARY, w -> w.write(Json.text(summary)));
        List<String> written = files.commit();
        writeManifest(manifest.complete(Instant.now(), written));
        return new Done(runs, summary, written);
    }

    private Failed fail(String message) throws IOException {
        writeManifest(manifest.failed(Instant.now(), message));
        return new Failed(message);
    }

    /** Runs one replicate, keeping the set's manifest up to date with its state. */
    private RunJob.Done replicate(int index) throws RunJob.Failed {
        RunJob job = jobs.get(index - 1);
        record(index, job, RunManifest.Status.RUNNING);
        try {
            RunJob.Done done = job.run();
            record(index, job, RunManifest.Status.COMPLETE);
            return done;
        } catch (RunJob.Failed e) {
            record(index, job, RunManifest.Status.FAILED);
            throw e;
        }
    }

    private synchronized void record(int index, RunJob job, RunManifest.Status status) {
        try {
            writeManifest(manifest.replicate(index, job.seed(), folderName(index), status));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The set's manifest becomes {@code next}, on disk too; replicates on several threads report one at a time. */
    private synchronized void writeManifest(RunManifest next) throws IOException {
        manifest = next;
        manifest.write(folder);
    }

    private static ThreadFactory workerThreads() {
        AtomicInteger count = new AtomicInteger();
        return r -> new Thread(r, "sahelsim-run-" + count.incrementAndGet());
    }
}
