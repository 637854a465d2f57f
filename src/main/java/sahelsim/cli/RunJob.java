package sahelsim.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import sahelsim.runfolder.MonthlyTable;
import sahelsim.runfolder.RunFiles;
import sahelsim.runfolder.RunManifest;
import sahelsim.runfolder.RunSummary;
import sahelsim.map.Grid;
import sahelsim.observe.Outcome;
import sahelsim.observe.Simulation;

/**
 * One run from start to files: its manifest says running, the model runs, the data files are written all
 * together, and the manifest says complete, or failed with the error. Runs share nothing but the immutable
 * scenario and grid, so any number of them can go at once on separate threads.
 */
final class RunJob {

    /**
     * What a finished run hands back to the command: enough for the tables, the set's summaries and the output,
     * and the values of the named outcomes it was asked for (a sweep's, when one of its runs is run again).
     */
    record Done(MonthlyTable monthly, ObjectNode summary, Headlines headlines, List<String> files,
                List<Double> outcomes) {
    }

    /** A run that failed; its manifest already says so. */
    static final class Failed extends Exception {

        private static final long serialVersionUID = 1L;

        Failed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final RunManifest.Provenance provenance;
    private final Grid grid;
    private final long seed;
    private final RunManifest.Replicate replicate;
    private final Path folder;
    private final int mapEveryDays;
    private final DayCounter counter;
    private List<String> outcomeNames = List.of();

    RunJob(RunManifest.Provenance provenance, Grid grid, long seed, RunManifest.Replicate replicate, Path folder,
           int mapEveryDays) {
        this.provenance = provenance;
        this.grid = grid;
        this.seed = seed;
        this.replicate = replicate;
        this.folder = folder;
        this.mapEveryDays = mapEveryDays;
        this.counter = new DayCounter(provenance.scenario().days());
    }

    DayCounter counter() {
        return counter;
    }

    long seed() {
        return seed;
    }

    /** Also computes these named outcomes (see {@link Outcome}) of the run. */
    void computeOutcomes(List<String> names) {
        outcomeNames = List.copyOf(names);
    }

    Done run() throws Failed {
        RunManifest manifest = RunManifest.ofRun(provenance, seed, replicate);
        try {
            manifest = manifest.started(Instant.now());
            Files.createDirectories(folder);
            manifest.write(folder);
            Simulation.Result result = Simulation.run(provenance.scenario(), grid, seed, counter, mapEveryDays);
            MonthlyTable monthly = MonthlyTable.of(result.record());
            ObjectNode summary = RunSummary.of(result, grid.geography());
            Headlines headlines = Headlines.of(result);
            List<String> files = RunFiles.write(result, grid, monthly, summary, folder);
            manifest.complete(Instant.now(), files).write(folder);
            List<Double> outcomes = outcomeNames.stream().map(name -> Outcome.value(name, result)).toList();
            return new Done(monthly, summary, headlines, files, outcomes);
        } catch (Exception | LinkageError | OutOfMemoryError e) {
            String message = describe(e);
            try {
                manifest.failed(Instant.now(), message).write(folder);
            } catch (IOException | RuntimeException written) {
                e.addSuppressed(written);
            }
            throw new Failed(message, e);
        } finally {
            counter.finish();
        }
    }

    /** One line for the manifest and the console: what failed, without a stack trace. */
    static String describe(Throwable e) {
        if (e instanceof FileSystemException f && f.getFile() != null) {
            // A failed rename names the temporary file first and the file it was to become second.
            String file = f.getOtherFile() != null ? f.getOtherFile() : f.getFile();
            return "cannot write " + file + ": " + OutputFolder.reason(f);
        }
        if (e instanceof IOException io) {
            return "cannot write a file: " + OutputFolder.reason(io);
        }
        String what = e.getClass().getName();
        return e.getMessage() == null ? what : what + ": " + e.getMessage();
    }
}
