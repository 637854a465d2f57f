package sahelsim.calibrate;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import sahelsim.io.AtomicFiles;
import sahelsim.sweep.ProcessLock;
import sahelsim.sweep.Shard;
import sahelsim.sweep.SweepError;

/**
 * The files of a calibration folder (docs/outputs.md, "Calibration folders"): a log per generation and one for the
 * posterior predictive runs, which a killed calibration resumes from, and the tables and charts made from them.
 * A process writing into the folder holds its lock, as a sweep does its folder's; a shard writes into its own
 * folder inside the stage's, under that folder's lock.
 */
public final class CalibrationFolder implements AutoCloseable {

    public static final String MANIFEST = "calibration.json";
    public static final String PARTICLES = "particles.csv";
    public static final String GENERATIONS = "generations.csv";
    public static final String PARTICLES_PARQUET = "particles.parquet";
    public static final String GENERATIONS_PARQUET = "generations.parquet";
    public static final String PREDICTIVE = "predictive";
    public static final String PREDICTIVE_RUNS = "runs.csv";
    public static final String PREDICTIVE_MONTHLY = "runs-monthly.csv";
    public static final String PROPOSALS = "proposals.csv";
    public static final String CHARTS = "charts";
    public static final String POSTERIOR = "posterior.csv";
    public static final String PREDICTIVE_TARGETS = "posterior-predictive.csv";
    public static final String SCORES = "scores.csv";
    private static final String GENERATION = "generation-";
    private static final String LOCK = ".calibration.lock";

    private final Path dir;
    private final ProcessLock lock;

    private CalibrationFolder(Path dir, ProcessLock lock) {
        this.dir = dir;
        this.lock = lock;
    }

    /** results/NAME, where a calibration writes by default. */
    public static Path defaultDir(String name) {
        return Path.of("results", name);
    }

    /** Takes {@code dir} (created if need be) for this process until {@link #close}. */
    static CalibrationFolder lock(Path dir) {
        return new CalibrationFolder(dir, take(dir, CalibrationRunner.BUSY + " " + dir
                + "; wait for it to finish (or stop it) before starting the calibration there again"));
    }

    /** Takes a shard's folder for this process, or for the process joining the shards. */
    static ProcessLock lockShard(Path shardDir) {
        return take(shardDir, "another sahelsim process is writing the shard folder " + shardDir + "; wait for it to "
                + "finish (or stop it) first");
    }

    private static ProcessLock take(Path dir, String busy) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new SweepError("cannot create the folder " + dir + ": " + e.getMessage());
        }
        return ProcessLock.take(dir.resolve(LOCK), ProcessLock.Mode.of(System.getenv()), busy);
    }

    public Path dir() {
        return dir;
    }

    static Path generationDir(Path dir, int generation) {
        return dir.resolve(GENERATION + generation);
    }

    static Path stageDir(Path dir, Stage stage) {
        return stage.isPredictive() ? dir.resolve(PREDICTIVE) : generationDir(dir, stage.generation());
    }

    static Path stageLog(Path dir, Stage stage) {
        return stageDir(dir, stage).resolve(stage.isPredictive() ? PREDICTIVE_RUNS : PROPOSALS);
    }

    static Path monthlyLog(Path stageDir) {
        return stageDir.resolve(PREDICTIVE_MONTHLY);
    }

    /** The shard folders a stage holds, in order of their index. */
    static List<Path> shardDirs(Path stageDir) throws IOException {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(stageDir)) {
            return found;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(stageDir)) {
            for (Path entry : entries) {
                if (Files.isDirectory(entry) && Shard.ofFolderName(entry.getFileName().toString()) != null) {
                    found.add(entry);
                }
            }
        }
        found.sort(Comparator.comparing(p -> Shard.ofFolderName(p.getFileName().toString()).index()));
        return found;
    }

    /** Whether the folder holds a calibration, or any file a run or a sweep writes. */
    static boolean holdsOutputs(Path dir) {
        return Stream.of(MANIFEST, "manifest.json", "runs.csv", PARTICLES, PREDICTIVE, GENERATION + 0)
                .anyMatch(name -> Files.exists(dir.resolve(name)));
    }

    /** Removes what a calibration writes (for --force); other files stay. */
    void clear() throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                boolean ours = name.startsWith(GENERATION) || name.equals(PREDICTIVE) || name.equals(CHARTS)
                        || List.of(MANIFEST, PARTICLES, GENERATIONS, PARTICLES_PARQUET, GENERATIONS_PARQUET,
                        POSTERIOR, PREDICTIVE_TARGETS, SCORES).contains(name);
                if (ours) {
                    delete(entry);
                }
            }
        }
    }

    /** Removes the posterior predictive runs, made from a final population that is no longer the last. */
    void clearPredictive() throws IOException {
        delete(dir.resolve(PREDICTIVE));
        clearReport();
    }

    /** Removes what is written once a calibration is complete: the Parquet tables, the scores and the charts. */
    void clearReport() throws IOException {
        delete(dir.resolve(PARTICLES_PARQUET));
        delete(dir.resolve(GENERATIONS_PARQUET));
        delete(dir.resolve(PREDICTIVE_TARGETS));
        delete(dir.resolve(SCORES));
        delete(dir.resolve(CHARTS));
    }

    static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        if (Files.isDirectory(path)) {
            try (Stream<Path> all = Files.walk(path)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        } else {
            Files.deleteIfExists(path);
        }
    }

    /** Removes hidden temporary files a killed process left while writing (no other process writes here now). */
    void clearTemporaries() throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(".") && name.contains(AtomicFiles.TEMPORARY_SUFFIX)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    @Override
    public void close() {
        lock.close();
    }
}
