package sahelsim.sweep;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import sahelsim.io.AtomicFiles;

/**
 * Where a sweep writes its finished runs: the two logs of its folder, or a working copy of them in a node-local
 * scratch folder (a cluster node's $TMPDIR), each run appended there and then to the folder's logs, so that the
 * folder, on a shared file system, has every finished run whenever the process dies, while the end of the sweep
 * (reading the logs back to sort them) reads the node's disk. The working copy is removed on close.
 */
final class SweepLogs implements AutoCloseable {

    private final RunLog runs;
    private final RunLog monthly;
    private final Folder shared;
    private final Path work;
    private boolean closed;

    /** The sorted logs of the folder, when written through a working copy. */
    private record Folder(Path runsFile, Path monthlyFile, RunLog runs, RunLog monthly) {
    }

    private SweepLogs(RunLog runs, RunLog monthly, Folder shared, Path work) {
        this.runs = runs;
        this.monthly = monthly;
        this.shared = shared;
        this.work = work;
    }

    /** The folder's logs, written directly. */
    static SweepLogs direct(RunLog runs, RunLog monthly) {
        return new SweepLogs(runs, monthly, null, null);
    }

    /**
     * A working copy of the folder's recovered logs in a new folder inside {@code scratch}, mirrored to them run by
     * run.
     */
    static SweepLogs onScratch(Path scratch, SweepFolder folder, RunLog runs, RunLog monthly, List<String> runColumns,
                               List<String> monthlyColumns) throws IOException {
        if (!Files.isDirectory(scratch)) {
            throw new SweepError("--scratch: expected an existing folder for the working copy of the logs, got "
                    + scratch + " (" + (Files.exists(scratch) ? "not a folder" : "no such folder") + ")");
        }
        Path work = Files.createTempDirectory(scratch, "sahelsim-" + folder.dir().getFileName() + "-");
        try {
            Files.copy(folder.runs(), work.resolve(SweepFolder.RUNS));
            Files.copy(folder.monthly(), work.resolve(SweepFolder.MONTHLY));
        } catch (IOException e) {
            delete(work);
            throw e;
        }
        return new SweepLogs(new RunLog(work.resolve(SweepFolder.RUNS), runColumns),
                new RunLog(work.resolve(SweepFolder.MONTHLY), monthlyColumns),
                new Folder(folder.runs(), folder.monthly(), runs, monthly), work);
    }

    void openForAppend() throws IOException {
        runs.openForAppend();
        monthly.openForAppend();
        if (shared != null) {
            shared.runs().openForAppend();
            shared.monthly().openForAppend();
        }
    }

    /**
     * Appends one run: its monthly lines first, as a row in runs.csv is the sign that a run is complete. Returns
     * false, writing nothing, once the logs are closed (a run that was abandoned and finished anyway).
     */
    synchronized boolean append(String months, String row) throws IOException {
        if (closed) {
            return false;
        }
        write(months, row, runs, monthly);
        if (shared != null) {
            write(months, row, shared.runs(), shared.monthly());
        }
        return true;
    }

    private static void write(String months, String row, RunLog runs, RunLog monthly) throws IOException {
        if (!months.isEmpty()) {
            monthly.append(months);
        }
        runs.append(row);
    }

    /** Sorts the logs by run id; from a working copy, the sorted logs then replace the folder's. */
    void sortById(Shard shard, long totalRuns) throws IOException {
        runs.sortById(shard, totalRuns);
        monthly.sortById(shard, totalRuns);
        if (shared != null) {
            AtomicFiles.write(shared.monthlyFile(), out -> Files.copy(work.resolve(SweepFolder.MONTHLY), out));
            AtomicFiles.write(shared.runsFile(), out -> Files.copy(work.resolve(SweepFolder.RUNS), out));
        }
    }

    @Override
    public synchronized void close() throws IOException {
        closed = true;
        try {
            runs.close();
            monthly.close();
            if (shared != null) {
                shared.runs().close();
                shared.monthly().close();
            }
        } finally {
            if (work != null) {
                delete(work);
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                Files.deleteIfExists(entry);
            }
        }
        Files.deleteIfExists(dir);
    }
}
