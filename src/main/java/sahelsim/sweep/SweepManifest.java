package sahelsim.sweep;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import sahelsim.io.AtomicFiles;
import sahelsim.io.BuildInfo;
import sahelsim.io.Json;
import sahelsim.load.ScenarioText;
import sahelsim.model.Seeds;

/**
 * manifest.json of a sweep folder: which sweep it holds (the sweep file's text and SHA-256, the base scenario's
 * canonical text and hash, seed and random stream, design, shard), which programs ran it, how far it got, and its
 * files; one record, written and read back by Jackson. It is written before the first run and rewritten at the end; a
 * resumed sweep checks it to be sure the folder belongs to the same sweep, and {@code merge} checks the shards'
 * manifests against one another. The start and end times are the only wall-clock values in a sweep's files. Keys
 * that manifests written by older versions lack (random_stream, common_random_numbers, growth) stay absent when such a
 * manifest is written again.
 *
 * @param stream      the random streams of the runs; null in a manifest from before they were recorded
 * @param common      whether runs of a Saltelli block or Morris trajectory share seeds; null from before they could
 * @param sizes       the sizes the sweep has had; null in a manifest from before sweeps could grow
 * @param part        the shard the folder holds; null for a whole or merged sweep
 * @param mergedFrom  the shards' folders a merged sweep was joined from; null for a sweep run as such
 */
public record SweepManifest(
        String kind,
        BuildInfo.Program program,
        List<String> programs,
        BuildInfo.JavaRuntime java,
        SweepSource sweep,
        BaseSource base,
        String design,
        int points,
        int replications,
        long seed,
        @JsonProperty("random_stream") @JsonInclude(JsonInclude.Include.NON_NULL) String stream,
        @JsonProperty("common_random_numbers") @JsonInclude(JsonInclude.Include.NON_NULL) Boolean common,
        List<String> parameters,
        List<String> outcomes,
        long runs,
        @JsonProperty("growth") @JsonInclude(JsonInclude.Include.NON_NULL) List<Size> sizes,
        @JsonProperty("shard") ShardNumbers part,
        @JsonProperty("shard_runs") long shardRuns,
        String started,
        String finished,
        String status,
        Counts counts,
        List<String> files,
        @JsonProperty("database_error") String databaseError,
        @JsonProperty("merged_from") @JsonInclude(JsonInclude.Include.NON_NULL) List<String> mergedFrom) {

    public static final String FILE = "manifest.json";
    static final String KIND = "sweep";
    /** The streams of sweeps written before their version was recorded: 32-bit seeds, seeds derived from run ids. */
    static final String OLDEST_STREAM = "mt19937-32bit-seed-v1";

    /**
     * How far the sweep got: running (or stopped) until every run has a row; then complete, or database_failed
     * when sweep.duckdb and its Parquet files could not be written (starting the sweep again writes them).
     */
    public enum Status {
        RUNNING, COMPLETE, DATABASE_FAILED;

        String text() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * What must agree for two folders to hold parts of the same sweep: the growth too, since it numbers the runs.
     */
    public record Identity(String name, String sweepSha256, String baseSha256, String randomStream,
                           SweepGrowth growth) {
    }

    /** The sweep file: its name and description, where it was, its SHA-256 and its text. */
    public record SweepSource(String name, String description, String file, String sha256, String text) {
    }

    /** The base scenario: its name, where it was, and its canonical text with that text's SHA-256. */
    public record BaseSource(String name, String file, String sha256, String canonical) {
    }

    /** One size the sweep has had. */
    public record Size(int points, int replications, long runs) {
    }

    /** Shard {@code index} of {@code count}. */
    public record ShardNumbers(int index, int count) {
    }

    /** Runs done so far, of which ok and failed. */
    public record Counts(long done, long ok, long failed) {

        static Counts of(long ok, long failed) {
            return new Counts(ok + failed, ok, failed);
        }
    }

    /** The keys without which a file is no sweep's manifest. */
    private static final List<String> REQUIRED = List.of("sweep", "base", "runs", "shard_runs", "status", "counts",
            "outcomes", "parameters", "replications", "seed", "design");

    public SweepManifest {
        programs = programs == null ? List.of() : List.copyOf(programs);
    }

    /** The manifest of a sweep (or one shard of it) about to start. */
    public static SweepManifest start(SweepSpec spec, String sweepText, SweepPlan plan, Shard shard) {
        String canonical = ScenarioText.canonical(spec.base());
        return new SweepManifest(KIND, BuildInfo.Program.current(), List.of(BuildInfo.label()),
                BuildInfo.JavaRuntime.current(), sweepSource(spec, sweepText),
                new BaseSource(spec.base().name(), spec.baseFile().toAbsolutePath().normalize().toString(),
                        ScenarioText.sha256(canonical), canonical),
                spec.design().id(), plan.pointCount(), spec.replications(), spec.seed(), Seeds.RANDOM_STREAM,
                spec.commonRandomNumbers(), spec.varied().stream().map(Factor::name).toList(), spec.outcomes(),
                plan.runCount(), sizes(plan.growth()), shard.isWhole() ? null : new ShardNumbers(shard.index(),
                shard.count()), shard.runCount(plan.runCount()), null, null, Status.RUNNING.text(), Counts.of(0, 0),
                List.of(), null, null);
    }

    private static SweepSource sweepSource(SweepSpec spec, String sweepText) {
        return new SweepSource(spec.name(), spec.description(), spec.file().toAbsolutePath().normalize().toString(),
                ScenarioText.sha256(sweepText), sweepText);
    }

    private static List<Size> sizes(SweepGrowth growth) {
        return growth.sizes().stream().map(s -> new Size(s.points(), s.replications(), s.runs())).toList();
    }

    /**
     * The sizes the sweep has had, by which its run ids map to design points and replicates; a manifest from before
     * sweeps could grow has one size, its points and replications.
     */
    public SweepGrowth growth() {
        if (sizes == null || sizes.isEmpty()) {
            return SweepGrowth.of(points, replications);
        }
        try {
            return new SweepGrowth(sizes.stream().map(s -> new SweepGrowth.Size(s.points(), s.replications())).toList());
        } catch (IllegalArgumentException e) {
            throw new SweepError(FILE + ": growth: " + e.getMessage() + "; the file was changed by hand");
        }
    }

    /**
     * The sweep at the size of {@code plan}, whose growth has this manifest's sizes and one more: the sweep file's text
     * and hash become the grown file's, and the sweep runs again until every run has its row.
     */
    public SweepManifest grow(SweepSpec spec, String sweepText, SweepPlan plan, Shard shard) {
        SweepSource grown = new SweepSource(sweep.name(), sweep.description(),
                spec.file().toAbsolutePath().normalize().toString(), ScenarioText.sha256(sweepText), sweepText);
        return new SweepManifest(kind, program, programs, java, grown, base, design, plan.pointCount(),
                spec.replications(), seed, stream, common, parameters, outcomes, plan.runCount(), sizes(plan.growth()),
                part, shard.runCount(plan.runCount()), started, null, Status.RUNNING.text(), counts, files,
                databaseError, mergedFrom);
    }

    /** The manifest of a whole sweep merged from its shards' folders, from the first shard's manifest. */
    static SweepManifest merged(SweepManifest first, List<String> shardFolders) {
        return new SweepManifest(first.kind, first.program, first.programs, first.java, first.sweep, first.base,
                first.design, first.points, first.replications, first.seed, first.stream, first.common,
                first.parameters, first.outcomes, first.runs, first.sizes, null, first.totalRuns(), first.started,
                first.finished, Status.RUNNING.text(), first.counts, List.of(), null, List.copyOf(shardFolders));
    }

    /** Whether a folder holds a sweep's manifest (rather than none, or a run's). */
    public static boolean isSweep(Path dir) {
        return Json.hasKind(dir.resolve(FILE), KIND);
    }

    /** Reads a sweep folder's manifest; a missing or unreadable one is a {@link SweepError}. */
    public static SweepManifest read(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new SweepError(dir + " is not a sweep folder: it has no " + FILE + " (expected a folder written by "
                    + "'sahelsim sweep' or 'sahelsim merge')");
        }
        JsonNode root;
        try {
            root = Json.read(file);
        } catch (IOException e) {
            throw new SweepError(file + ": cannot be read: " + e.getMessage());
        }
        if (root == null || !root.isObject() || !KIND.equals(root.path("kind").asText())) {
            throw new SweepError(dir + " is not a sweep folder: its " + FILE + " is not a sweep's (expected a folder "
                    + "written by 'sahelsim sweep' or 'sahelsim merge'" + (root != null && root.has("scenario")
                    ? "; it holds a run, whose charts 'sahelsim chart' draws)" : ")"));
        }
        for (String key : REQUIRED) {
            if (!root.has(key)) {
                throw new SweepError(file + ": expected the key '" + key + "'; the file was changed by hand or is "
                        + "not a sweep's manifest");
            }
        }
        try {
            return Json.convert(root, SweepManifest.class);
        } catch (IOException e) {
            throw new SweepError(file + ": " + e.getMessage().lines().findFirst().orElse("")
                    + "; the file was changed by hand or is not a sweep's manifest");
        }
    }

    public Identity identity() {
        return new Identity(name(), sweep.sha256(), base.sha256(), randomStream(), growth());
    }

    public String name() {
        return sweep.name();
    }

    /**
     * The version of the random streams the sweep's runs were made with ({@link Seeds#RANDOM_STREAM}); a manifest
     * without one was written before versions were recorded, when seeds kept only their low 32 bits.
     */
    public String randomStream() {
        return stream == null ? OLDEST_STREAM : stream;
    }

    /**
     * Whether the runs of one Saltelli block or Morris trajectory share their seeds; a manifest without the key was
     * written before they could, when every run was seeded by its own point.
     */
    public boolean commonRandomNumbers() {
        return common != null && common;
    }

    /** Whether this build makes the same runs from the sweep's seeds as the build that started it. */
    public boolean hasCurrentStream() {
        return randomStream().equals(Seeds.RANDOM_STREAM);
    }

    public Path sweepFile() {
        return Path.of(sweep.file());
    }

    public String sweepText() {
        return sweep.text();
    }

    public long totalRuns() {
        return runs;
    }

    /** The shard the folder holds; {@link Shard#WHOLE} for a whole or merged sweep. */
    public Shard shard() {
        return part == null ? Shard.WHOLE : new Shard(part.index(), part.count());
    }

    @JsonIgnore
    public boolean isComplete() {
        return Status.COMPLETE.text().equals(status);
    }

    /** "sahelsim 0.1.0 (abc1234)": the program that started the sweep, for chart captions. */
    public String programLabel() {
        return programs.isEmpty() ? "sahelsim" : programs.get(0);
    }

    /** With this program among those that took the sweep up, if another build ran it before. */
    public SweepManifest resumedBy(String label) {
        if (programs.contains(label)) {
            return this;
        }
        List<String> more = new ArrayList<>(programs);
        more.add(label);
        return new SweepManifest(kind, program, more, java, sweep, base, design, points, replications, seed, stream,
                common, parameters, outcomes, runs, sizes, part, shardRuns, started, finished, status, counts, files,
                databaseError, mergedFrom);
    }

    /** Started (again) now: the first start is kept. */
    public SweepManifest started(Instant when) {
        return new SweepManifest(kind, program, programs, java, sweep, base, design, points, replications, seed, stream,
                common, parameters, outcomes, runs, sizes, part, shardRuns, started == null ? seconds(when) : started,
                null, Status.RUNNING.text(), counts, files, databaseError, mergedFrom);
    }

    public SweepManifest counts(long ok, long failed) {
        return new SweepManifest(kind, program, programs, java, sweep, base, design, points, replications, seed, stream,
                common, parameters, outcomes, runs, sizes, part, shardRuns, started, finished, status,
                Counts.of(ok, failed), files, databaseError, mergedFrom);
    }

    public SweepManifest complete(Instant when, List<String> written, String databaseFailure) {
        return new SweepManifest(kind, program, programs, java, sweep, base, design, points, replications, seed, stream,
                common, parameters, outcomes, runs, sizes, part, shardRuns, started, seconds(when),
                (databaseFailure == null ? Status.COMPLETE : Status.DATABASE_FAILED).text(), counts,
                List.copyOf(written), databaseFailure, mergedFrom);
    }

    private static String seconds(Instant when) {
        return when.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /**
     * What the sweep is, as text by key, for the results database's sweep table and the Parquet files' metadata:
     * whoever holds only sweep.duckdb or a Parquet file can still tell which sweep, program and seeds made it.
     */
    public Map<String, String> about() {
        Map<String, String> about = new LinkedHashMap<>();
        about.put("name", name());
        about.put("description", Objects.toString(sweep.description(), ""));
        about.put("design", design);
        about.put("points", Integer.toString(points));
        about.put("replications", Integer.toString(replications));
        about.put("runs", Long.toString(runs));
        about.put("seed", Long.toString(seed));
        about.put("random_stream", randomStream());
        about.put("sweep_file", sweepFile().toString());
        about.put("sweep_sha256", sweep.sha256());
        about.put("sweep_text", sweepText());
        about.put("base_name", base.name());
        about.put("base_file", base.file());
        about.put("base_sha256", base.sha256());
        about.put("programs", String.join("; ", programs));
        return about;
    }

    public void write(Path dir) throws IOException {
        AtomicFiles.writeString(dir.resolve(FILE), Json.text(this));
    }
}
