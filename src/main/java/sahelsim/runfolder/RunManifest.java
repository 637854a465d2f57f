package sahelsim.runfolder;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import sahelsim.io.AtomicFiles;
import sahelsim.io.BuildInfo;
import sahelsim.io.Json;
import sahelsim.io.NumberText;
import sahelsim.load.ScenarioText;
import sahelsim.map.Grid;
import sahelsim.map.MapBounds;
import sahelsim.model.Seeds;
import sahelsim.scenario.FactionSpec;
import sahelsim.scenario.Scenario;

/**
 * manifest.json: where a run's files came from (program, Java, scenario text and hash, overrides, random
 * stream and seed, grid, factions) and how far the run got. It is written first with status running and rewritten when the
 * run ends, complete or failed, so that a folder always says what state its files are in. The start and end
 * times are the only wall-clock values in any output.
 */
public final class RunManifest {

    public static final String FILE = "manifest.json";

    /** How far a run (or a replicate of a set) got. */
    public enum Status {
        PENDING, RUNNING, COMPLETE, FAILED;

        String text() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What every manifest of a run or set records about its inputs. */
    public record Provenance(String scenarioFile, Scenario scenario, List<String> overrides, Grid grid) {

        public Provenance {
            overrides = List.copyOf(overrides);
        }
    }

    /** A replicate's place in its set. */
    public record Replicate(int index, int of, long baseSeed) {
    }

    /** One line of a set's list of replicates. */
    private record Entry(int index, long seed, String folder, Status status) {
    }

    private final Provenance provenance;
    private final String canonical;
    private final long seed;
    private final Replicate replicate;
    private final boolean set;
    private final List<Entry> replicates = new ArrayList<>();
    private Instant started;
    private Instant finished;
    private Status status = Status.PENDING;
    private String error;
    private List<String> files = List.of();

    private RunManifest(Provenance provenance, long seed, Replicate replicate, boolean set) {
        this.provenance = provenance;
        this.canonical = ScenarioText.canonical(provenance.scenario());
        this.seed = seed;
        this.replicate = replicate;
        this.set = set;
    }

    /** The manifest of one run; {@code replicate} is null for a run on its own. */
    public static RunManifest ofRun(Provenance provenance, long seed, Replicate replicate) {
        return new RunManifest(provenance, seed, replicate, false);
    }

    /** The manifest at the top of a set of replicates, which lists them with their seeds and states. */
    public static RunManifest ofSet(Provenance provenance, long baseSeed) {
        return new RunManifest(provenance, baseSeed, null, true);
    }

    public synchronized void started(Instant when) {
        started = when.truncatedTo(ChronoUnit.SECONDS);
        status = Status.RUNNING;
    }

    public synchronized void complete(Instant when, List<String> written) {
        finished = when.truncatedTo(ChronoUnit.SECONDS);
        status = Status.COMPLETE;
        files = List.copyOf(written);
    }

    public synchronized void failed(Instant when, String message) {
        finished = when.truncatedTo(ChronoUnit.SECONDS);
        status = Status.FAILED;
        error = message;
        files = List.of();
    }

    /** Records the state of replicate {@code index} (from 1) of a set. */
    public synchronized void replicate(int index, long replicateSeed, String folder, Status state) {
        Entry entry = new Entry(index, replicateSeed, folder, state);
        for (int i = 0; i < replicates.size(); i++) {
            if (replicates.get(i).index() == index) {
                replicates.set(i, entry);
                return;
            }
        }
        replicates.add(entry);
        replicates.sort(Comparator.comparingInt(Entry::index));
    }

    /**
     * Adds files drawn after a run was complete (its charts) to the list in the folder's manifest, so that
     * the manifest names every output and {@code --force} clears them all.
     */
    public static void appendFiles(Path folder, List<String> more) throws IOException {
        Path file = folder.resolve(FILE);
        ObjectNode root = (ObjectNode) Json.read(file);
        ArrayNode list = root.withArray("files");
        for (String name : more) {
            list.add(name);
        }
        AtomicFiles.writeString(file, Json.text(root));
    }

    public synchronized void write(Path folder) throws IOException {
        AtomicFiles.writeString(folder.resolve(FILE), Json.text(tree()));
    }

    synchronized ObjectNode tree() {
        Scenario scenario = provenance.scenario();
        ObjectNode root = Json.object();
        ObjectNode program = root.putObject("program");
        program.put("name", "sahelsim");
        program.put("version", BuildInfo.version());
        program.put("commit", BuildInfo.commit());
        ObjectNode java = root.putObject("java");
        java.put("version", System.getProperty("java.version"));
        java.put("vendor", System.getProperty("java.vendor"));
        ObjectNode scenarioNode = root.putObject("scenario");
        scenarioNode.put("name", scenario.name());
        scenarioNode.put("file", provenance.scenarioFile());
        scenarioNode.put("sha256", ScenarioText.sha256(canonical));
        scenarioNode.put("canonical", canonical);
        ArrayNode overrides = root.putArray("overrides");
        provenance.overrides().forEach(overrides::add);
        // Which generator the seeds start and how derived seeds are made: the same seed under another stream gives
        // another run.
        root.put("random_stream", Seeds.RANDOM_STREAM);
        if (set) {
            root.put("base_seed", seed);
            ArrayNode list = root.putArray("replicates");
            for (Entry e : replicates) {
                ObjectNode one = list.addObject();
                one.put("index", e.index());
                one.put("seed", e.seed());
                one.put("folder", e.folder());
                one.put("status", e.status().text());
            }
        } else {
            root.put("seed", seed);
            if (replicate == null) {
                root.putNull("replicate");
            } else {
                ObjectNode r = root.putObject("replicate");
                r.put("index", replicate.index());
                r.put("of", replicate.of());
                r.put("base_seed", replicate.baseSeed());
            }
        }
        Grid grid = provenance.grid();
        ObjectNode g = root.putObject("grid");
        g.set("resolution", NumberText.json(grid.resolution()));
        g.set("west", NumberText.json(MapBounds.WEST));
        g.set("north", NumberText.json(MapBounds.NORTH));
        g.put("width", grid.width());
        g.put("height", grid.height());
        ArrayNode factions = root.putArray("factions");
        for (FactionSpec f : scenario.factions()) {
            ObjectNode one = factions.addObject();
            one.put("id", f.id());
            one.put("name", f.name());
            one.put("colour", f.colour());
            one.put("side", f.side().name().toLowerCase(Locale.ROOT));
        }
        root.put("started", started == null ? null : started.toString());
        root.put("finished", finished == null ? null : finished.toString());
        root.put("status", status.text());
        root.put("error", error);
        ArrayNode list = root.putArray("files");
        files.forEach(list::add);
        return root;
    }
}
