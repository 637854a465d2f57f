package sahelsim.sweep;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import sahelsim.io.AtomicFiles;

/**
 * The files of a sweep folder (docs/sweeps.md, "Running sweeps"), and the lock that keeps a second process from
 * writing into a folder a sweep is writing: two processes appending to the same logs would interleave their rows.
 */
public final class SweepFolder implements AutoCloseable {

    public static final String RUNS = "runs.csv";
    public static final String MONTHLY = "runs-monthly.csv";
    public static final String DATABASE = "sweep.duckdb";
    public static final String RUNS_PARQUET = "runs.parquet";
    public static final String MONTHLY_PARQUET = "monthly.parquet";
    public static final String ANALYSIS = "analysis";
    private static final String LOCK = ".sweep.lock";

    /** Everything a sweep writes at the top of its folder, which --force clears. */
    private static final List<String> OUTPUTS = List.of(SweepManifest.FILE, RUNS, MONTHLY, DATABASE, DATABASE + ".wal",
            RUNS_PARQUET, MONTHLY_PARQUET);

    private final Path dir;
    private final ProcessLock lock;

    private SweepFolder(Path dir, ProcessLock lock) {
        this.dir = dir;
        this.lock = lock;
    }

    /** The folder a sweep writes by default: results/NAME, and a shard's folder inside it. */
    public static Path defaultDir(String sweepName, Shard shard) {
        Path whole = Path.of("results", sweepName);
        return shard.isWhole() ? whole : whole.resolve(shard.folderName());
    }

    /**
     * Creates the folder if need be and takes it for this process until {@link #close}; how the lock is taken
     * (fcntl, or a lock file where the file system refuses locks) is {@link ProcessLock}'s, as SAHELSIM_LOCK says.
     */
    public static SweepFolder lock(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new SweepError("cannot create the folder " + dir + ": " + e.getMessage());
        }
        ProcessLock lock = ProcessLock.take(dir.resolve(LOCK), ProcessLock.Mode.of(System.getenv()),
                "another sahelsim process is writing the sweep folder " + dir + "; wait for it to finish (or stop it) "
                        + "before starting the sweep there again");
        try {
            SweepFolder folder = new SweepFolder(dir, lock);
            folder.clearTemporaries();
            return folder;
        } catch (IOException e) {
            lock.close();
            throw new SweepError("cannot write into the folder " + dir + ": " + e.getMessage());
        }
    }

    public Path dir() {
        return dir;
    }

    public Path runs() {
        return dir.resolve(RUNS);
    }

    public Path monthly() {
        return dir.resolve(MONTHLY);
    }

    /** Whether the folder holds any file a sweep or a run writes at its top. */
    boolean holdsOutputs() {
        return OUTPUTS.stream().anyMatch(name -> Files.exists(dir.resolve(name)));
    }

    /** Removes what an earlier sweep left at the top of the folder and its analysis; other files stay. */
    void clear() throws IOException {
        for (String name : OUTPUTS) {
            Files.deleteIfExists(dir.resolve(name));
        }
        Path analysis = dir.resolve(ANALYSIS);
        if (Files.isDirectory(analysis)) {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(analysis)) {
                for (Path entry : entries) {
                    if (Files.isRegularFile(entry)) {
                        Files.delete(entry);
                    }
                }
            }
            Files.deleteIfExists(analysis);
        }
    }

    /**
     * Removes the files a process killed while writing left under hidden temporary names (the database's among
     * them, with its write-ahead log): no other process writes here while this one holds the lock.
     */
    private void clearTemporaries() throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".") && name.contains(AtomicFiles.TEMPORARY_SUFFIX) && Files.isRegularFile(entry)) {
                    Files.delete(entry);
                }
            }
        }
    }

    @Override
    public void close() {
        lock.close();
    }
}
