package sahelsim.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import sahelsim.io.AtomicFiles;
import sahelsim.io.BuildInfo;
import sahelsim.io.Json;
import sahelsim.load.ScenarioText;
import sahelsim.model.Seeds;

/**
 * manifest.json of a sweep folder: which sweep it holds (the sweep file's text and SHA-256, the base scenario's
 * canonical text and hash, seed and random stream, design, shard), which programs ran it, how far it got, and its files. It is
 * written before the first run and rewritten at the end; a resumed sweep checks it to be sure the folder belongs
 * to the same sweep, and {@code merge} checks the shards' manifests against one another. The start and end
 * times are the only wall-clock values in a sweep's files.
 */
public final class SweepManifest {

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

    private final ObjectNode root;
    private final Path file;

    private SweepManifest(ObjectNode root, Path file) {
        this.root = root;
        this.file = file;
    }

    /** The manifest of a sweep (or one shard of it) about to start in {@code dir}. */
    public static SweepManifest start(Path dir, SweepSpec spec, String sweepText, SweepPlan plan, Shard shard) {
        ObjectNode root = Json.object();
        root.put("kind", KIND);
        ObjectNode program = root.putObject("program");
        program.put("name", "sahelsim");
        program.put("version", BuildInfo.version());
        program.put("commit", BuildInfo.commit());
        root.putArray("programs").add(BuildInfo.label());
        ObjectNode java = root.putObject("java");
        java.put("version", System.getProperty("java.version"));
        java.put("vendor", System.getProperty("java.vendor"));
        ObjectNode sweep = root.putObject("sweep");
        sweep.put("name", spec.name());
        sweep.put("description", spec.description());
        sweep.put("file", spec.file().toAbsolutePath().normalize().toString());
        sweep.put("sha256", ScenarioText.sha256(sweepText));
        sweep.put("text", sweepText);
        ObjectNode base = root.putObject("base");
        String canonical = ScenarioText.canonical(spec.base());
        base.put("name", spec.base().name());
        base.put("file", spec.baseFile().toAbsolutePath().normalize().toString());
        base.put("sha256", ScenarioText.sha256(canonical));
        base.put("canonical", canonical);
        root.put("design", spec.design().id());
        root.put("points", plan.pointCount());
        root.put("replications", spec.replications());
        root.put("seed", spec.seed());
        root.put("random_stream", Seeds.RANDOM_STREAM);
        root.put("common_random_numbers", spec.commonRandomNumbers());
        ArrayNode parameters = root.putArray("parameters");
        spec.varied().forEach(f -> parameters.add(f.name()));
        ArrayNode outcomes = root.putArray("outcomes");
        spec.outcomes().forEach(outcomes::add);
        root.put("runs", plan.runCount());
        growth(root, plan.growth());
        if (shard.isWhole()) {
            root.putNull("shard");
        } else {
            ObjectNode s = root.putObject("shard");
            s.put("index", shard.index());
            s.put("count", shard.count());
        }
        root.put("shard_runs", shard.runCount(plan.runCount()));
        root.putNull("started");
        root.putNull("finished");
        root.put("status", Status.RUNNING.text());
        counts(root, 0, 0);
        root.putArray("files");
        root.putNull("database_error");
        return new SweepManifest(root, dir.resolve(FILE));
    }

    /**
     * The sizes the sweep has had, by which its run ids map to design points and replicates; a manifest from before
     * sweeps could grow has one size, its points and replications.
     */
    private static void growth(ObjectNode root, SweepGrowth growth) {
        ArrayNode sizes = root.putArray("growth");
        for (SweepGrowth.Size size : growth.sizes()) {
            ObjectNode s = sizes.addObject();
            s.put("points", size.points());
            s.put("replications", size.replications());
            s.put("runs", size.runs());
        }
    }

    public synchronized SweepGrowth growth() {
        JsonNode sizes = root.path("growth");
        if (!sizes.isArray() || sizes.isEmpty()) {
            return SweepGrowth.of(root.path("points").asInt(), root.path("replications").asInt());
        }
        List<SweepGrowth.Size> list = new ArrayList<>();
        sizes.forEach(s -> list.add(new SweepGrowth.Size(s.path("points").asInt(), s.path("replications").asInt())));
        try {
            return new SweepGrowth(list);
        } catch (IllegalArgumentException e) {
            throw new SweepError(file + ": growth: " + e.getMessage() + "; the file was changed by hand");
        }
    }

    /**
     * Takes the sweep to the size of {@code plan}, whose growth has this manifest's sizes and one more: the sweep
     * file's text and hash become the grown file's, and the sweep runs again until every run has its row.
     */
    public synchronized void grow(SweepSpec spec, String sweepText, SweepPlan plan, Shard shard) {
        ObjectNode sweep = (ObjectNode) root.path("sweep");
        sweep.put("file", spec.file().toAbsolutePath().normalize().toString());
        sweep.put("sha256", ScenarioText.sha256(sweepText));
        sweep.put("text", sweepText);
        root.put("points", plan.pointCount());
        root.put("replications", spec.replications());
        root.put("runs", plan.runCount());
        growth(root, plan.growth());
        root.put("shard_runs", shard.runCount(plan.runCount()));
        root.putNull("finished");
        root.put("status", Status.RUNNING.text());
    }

    /** The manifest of a whole sweep merged from its shards' folders, from the first shard's manifest. */
    static SweepManifest merged(Path dir, SweepManifest first, List<String> shardFolders) {
        ObjectNode root = first.root.deepCopy();
        root.putNull("shard");
        root.put("shard_runs", first.totalRuns());
        ArrayNode from = root.putArray("merged_from");
        shardFolders.forEach(from::add);
        root.put("status", Status.RUNNING.text());
        root.putArray("files");
        root.putNull("database_error");
        return new SweepManifest(root, dir.resolve(FILE));
    }

    /** Whether a folder holds a sweep's manifest (rather than none, or a run's). */
    public static boolean isSweep(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try {
            return KIND.equals(Json.read(file).path("kind").asText());
        } catch (IOException e) {
            return false;
        }
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
        for (String key : List.of("sweep", "base", "runs", "shard_runs", "status", "counts", "outcomes",
                "parameters", "replications", "seed", "design")) {
            if (!root.has(key)) {
                throw new SweepError(file + ": expected the key '" + key + "'; the file was changed by hand or is "
                        + "not a sweep's manifest");
            }
        }
        return new SweepManifest((ObjectNode) root, file);
    }

    public Identity identity() {
        return new Identity(name(), root.path("sweep").path("sha256").asText(),
                root.path("base").path("sha256").asText(), randomStream(), growth());
    }

    public String name() {
        return root.path("sweep").path("name").asText();
    }

    /**
     * The version of the random streams the sweep's runs were made with ({@link Seeds#RANDOM_STREAM}); a manifest
     * without one was written before versions were recorded, when seeds kept only their low 32 bits.
     */
    public String randomStream() {
        return root.path("random_stream").asText(OLDEST_STREAM);
    }

    /**
     * Whether the runs of one Saltelli block or Morris trajectory share their seeds; a manifest without the key was
     * written before they could, when every run was seeded by its own point.
     */
    public boolean commonRandomNumbers() {
        return root.path("common_random_numbers").asBoolean(false);
    }

    /** Whether this build makes the same runs from the sweep's seeds as the build that started it. */
    public boolean hasCurrentStream() {
        return randomStream().equals(Seeds.RANDOM_STREAM);
    }

    public Path sweepFile() {
        return Path.of(root.path("sweep").path("file").asText());
    }

    public String sweepText() {
        return root.path("sweep").path("text").asText();
    }

    public long totalRuns() {
        return root.path("runs").asLong();
    }

    public List<String> parameters() {
        return texts(root.path("parameters"));
    }

    public List<String> outcomes() {
        return texts(root.path("outcomes"));
    }

    /** The shard the folder holds; {@link Shard#WHOLE} for a whole or merged sweep. */
    public Shard shard() {
        JsonNode s = root.path("shard");
        return s.isObject() ? new Shard(s.path("index").asInt(), s.path("count").asInt()) : Shard.WHOLE;
    }

    public boolean isComplete() {
        return Status.COMPLETE.text().equals(root.path("status").asText());
    }

    public String status() {
        return root.path("status").asText();
    }

    /** "sahelsim 0.1.0 (abc1234)": the program that started the sweep, for chart captions. */
    public String programLabel() {
        JsonNode programs = root.path("programs");
        return programs.isArray() && !programs.isEmpty() ? programs.get(0).asText() : "sahelsim";
    }

    /** Notes that this program takes the sweep up (again), if another build ran it before. */
    public synchronized void resumedBy(String program) {
        ArrayNode programs = root.withArray("programs");
        for (JsonNode p : programs) {
            if (p.asText().equals(program)) {
                return;
            }
        }
        programs.add(program);
    }

    /** The programs that ran part of the sweep, in order. */
    public List<String> programs() {
        return texts(root.path("programs"));
    }

    public synchronized void started(Instant when) {
        if (root.path("started").isNull()) {
            root.put("started", when.truncatedTo(ChronoUnit.SECONDS).toString());
        }
        root.putNull("finished");
        root.put("status", Status.RUNNING.text());
    }

    public synchronized void counts(long ok, long failed) {
        counts(root, ok, failed);
    }

    private static void counts(ObjectNode root, long ok, long failed) {
        ObjectNode counts = root.putObject("counts");
        counts.put("done", ok + failed);
        counts.put("ok", ok);
        counts.put("failed", failed);
    }

    public synchronized void complete(Instant when, List<String> files, String databaseError) {
        root.put("finished", when.truncatedTo(ChronoUnit.SECONDS).toString());
        root.put("status", (databaseError == null ? Status.COMPLETE : Status.DATABASE_FAILED).text());
        ArrayNode list = root.putArray("files");
        files.forEach(list::add);
        root.put("database_error", databaseError);
    }

    /**
     * What the sweep is, as text by key, for the results database's sweep table and the Parquet files' metadata:
     * whoever holds only sweep.duckdb or a Parquet file can still tell which sweep, program and seeds made it.
     */
    public synchronized Map<String, String> about() {
        Map<String, String> about = new LinkedHashMap<>();
        about.put("name", name());
        about.put("description", root.path("sweep").path("description").asText());
        about.put("design", root.path("design").asText());
        about.put("points", root.path("points").asText());
        about.put("replications", root.path("replications").asText());
        about.put("runs", root.path("runs").asText());
        about.put("seed", root.path("seed").asText());
        about.put("random_stream", randomStream());
        about.put("sweep_file", sweepFile().toString());
        about.put("sweep_sha256", identity().sweepSha256());
        about.put("sweep_text", sweepText());
        about.put("base_name", root.path("base").path("name").asText());
        about.put("base_file", root.path("base").path("file").asText());
        about.put("base_sha256", identity().baseSha256());
        about.put("programs", String.join("; ", programs()));
        return about;
    }

    public synchronized void write() throws IOException {
        AtomicFiles.writeString(file, Json.text(root));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
