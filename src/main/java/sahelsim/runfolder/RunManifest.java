package sahelsim.runfolder;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * manifest.json: where a run's files came from (program, Java, scenario text and hash, overrides, random stream and
 * seed, grid, factions) and how far the run got; the same record is written by a run and read back by the charts
 * (docs/outputs.md). A run's manifest has its {@code seed} and {@code replicate} (null for a run on its own); a set's
 * has its {@code base_seed} and {@code replicates} instead. It is written first with status running and rewritten
 * when the run ends, complete or failed, so that a folder always says what state its files are in. The start and
 * end times are the only wall-clock values in any output.
 *
 * @param replicates a set's replicates in order; null in a run's manifest
 * @param replicate  a replicate's place in its set; empty for a run on its own, null in a set's manifest
 */
public record RunManifest(
        @JsonProperty(required = true) BuildInfo.Program program,
        BuildInfo.JavaRuntime java,
        @JsonProperty(required = true) ScenarioSource scenario,
        List<String> overrides,
        @JsonProperty("random_stream") String randomStream,
        @JsonProperty("base_seed") @JsonInclude(JsonInclude.Include.NON_NULL) Long baseSeed,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<ReplicateEntry> replicates,
        @JsonInclude(JsonInclude.Include.NON_NULL) Long seed,
        @JsonInclude(JsonInclude.Include.NON_NULL) Optional<Replicate> replicate,
        @JsonProperty(required = true) GridInfo grid,
        @JsonProperty(required = true) List<FactionInfo> factions,
        String started,
        String finished,
        @JsonProperty(required = true) String status,
        String error,
        List<String> files) {

    public static final String FILE = "manifest.json";

    /** How far a run (or a replicate of a set) got. */
    public enum Status {
        PENDING, RUNNING, COMPLETE, FAILED;

        public String text() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What every manifest of a run or set records about its inputs. */
    public record Provenance(String scenarioFile, Scenario scenario, List<String> overrides, Grid grid) {

        public Provenance {
            overrides = List.copyOf(overrides);
        }
    }

    /** The scenario as run: its name, the file it came from, and its canonical text with that text's SHA-256. */
    public record ScenarioSource(@JsonProperty(required = true) String name, String file, String sha256,
                                 String canonical) {
    }

    /** A replicate's place in its set. */
    public record Replicate(int index, int of, @JsonProperty("base_seed") long baseSeed) {
    }

    /** One line of a set's list of replicates. */
    public record ReplicateEntry(@JsonProperty(required = true) int index, @JsonProperty(required = true) long seed,
                                 @JsonProperty(required = true) String folder,
                                 @JsonProperty(required = true) String status) {
    }

    /** The raster the control maps are drawn on: cell (x, y) spans west + x·resolution ... */
    public record GridInfo(
            @JsonProperty(required = true) @JsonSerialize(using = NumberText.Serializer.class) double resolution,
            @JsonProperty(required = true) @JsonSerialize(using = NumberText.Serializer.class) double west,
            @JsonProperty(required = true) @JsonSerialize(using = NumberText.Serializer.class) double north,
            @JsonProperty(required = true) int width,
            @JsonProperty(required = true) int height) {
    }

    /** A faction as the run knew it, with its colour "#RRGGBB" and side. */
    public record FactionInfo(@JsonProperty(required = true) String id, @JsonProperty(required = true) String name,
                              @JsonProperty(required = true) String colour, String side) {
    }

    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final Pattern MISSING = Pattern.compile("Missing required creator property '([^']+)'");

    /** The manifest of one run; {@code replicate} is null for a run on its own. */
    public static RunManifest ofRun(Provenance provenance, long seed, Replicate replicate) {
        return of(provenance, null, null, seed, Optional.ofNullable(replicate));
    }

    /** The manifest at the top of a set of replicates, which lists them with their seeds and states. */
    public static RunManifest ofSet(Provenance provenance, long baseSeed) {
        return of(provenance, baseSeed, List.of(), null, null);
    }

    private static RunManifest of(Provenance provenance, Long baseSeed, List<ReplicateEntry> replicates, Long seed,
                                  Optional<Replicate> replicate) {
        Scenario scenario = provenance.scenario();
        String canonical = ScenarioText.canonical(scenario);
        Grid grid = provenance.grid();
        List<FactionInfo> factions = new ArrayList<>();
        for (FactionSpec f : scenario.factions()) {
            factions.add(new FactionInfo(f.id(), f.name(), f.colour(), f.side().name().toLowerCase(Locale.ROOT)));
        }
        return new RunManifest(BuildInfo.Program.current(), BuildInfo.JavaRuntime.current(),
                new ScenarioSource(scenario.name(), provenance.scenarioFile(), ScenarioText.sha256(canonical), canonical),
                provenance.overrides(),
                // Which generator the seeds start and how derived seeds are made: the same seed under another stream
                // gives another run.
                Seeds.RANDOM_STREAM, baseSeed, replicates, seed, replicate,
                new GridInfo(grid.resolution(), MapBounds.WEST, MapBounds.NORTH, grid.width(), grid.height()),
                factions, null, null, Status.PENDING.text(), null, List.of());
    }

    public RunManifest started(Instant when) {
        return new RunManifest(program, java, scenario, overrides, randomStream, baseSeed, replicates, seed, replicate,
                grid, factions, seconds(when), finished, Status.RUNNING.text(), error, files);
    }

    public RunManifest complete(Instant when, List<String> written) {
        return new RunManifest(program, java, scenario, overrides, randomStream, baseSeed, replicates, seed, replicate,
                grid, factions, started, seconds(when), Status.COMPLETE.text(), error, List.copyOf(written));
    }

    public RunManifest failed(Instant when, String message) {
        return new RunManifest(program, java, scenario, overrides, randomStream, baseSeed, replicates, seed, replicate,
                grid, factions, started, seconds(when), Status.FAILED.text(), message, List.of());
    }

    /** With the state of replicate {@code index} (from 1) of a set recorded. */
    public RunManifest replicate(int index, long replicateSeed, String folder, Status state) {
        List<ReplicateEntry> list = new ArrayList<>(replicates);
        list.removeIf(e -> e.index() == index);
        list.add(new ReplicateEntry(index, replicateSeed, folder, state.text()));
        list.sort(Comparator.comparingInt(ReplicateEntry::index));
        return new RunManifest(program, java, scenario, overrides, randomStream, baseSeed, List.copyOf(list), seed,
                replicate, grid, factions, started, finished, status, error, files);
    }

    private static String seconds(Instant when) {
        return when.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /**
     * Adds files drawn after a run was complete (its charts) to the list in the folder's manifest, so that
     * the manifest names every output and {@code --force} clears them all.
     */
    public static void appendFiles(Path folder, List<String> more) throws IOException {
        RunManifest m = read(folder.resolve(FILE));
        List<String> all = new ArrayList<>(m.files());
        all.addAll(more);
        new RunManifest(m.program, m.java, m.scenario, m.overrides, m.randomStream, m.baseSeed, m.replicates, m.seed,
                m.replicate, m.grid, m.factions, m.started, m.finished, m.status, m.error, List.copyOf(all))
                .write(folder);
    }

    public void write(Path folder) throws IOException {
        AtomicFiles.writeString(folder.resolve(FILE), Json.text(this));
    }

    /** A set of replicates rather than one run. */
    @JsonIgnore
    public boolean isSet() {
        return replicates != null && !replicates.isEmpty();
    }

    /** "3 of 10" for a replicate of a set, else empty. */
    @JsonIgnore
    public String replicateLabel() {
        return replicate != null && replicate.isPresent() ? replicate.get().index() + " of " + replicate.get().of() : "";
    }

    /** The seed a set's (or a replicate's) seeds were derived from. */
    @JsonIgnore
    public OptionalLong derivedFrom() {
        if (replicate != null && replicate.isPresent()) {
            return OptionalLong.of(replicate.get().baseSeed());
        }
        return baseSeed == null ? OptionalLong.empty() : OptionalLong.of(baseSeed);
    }

    /** "sahelsim 0.1.0 (abc1234)": the program that made the run, for chart captions. */
    @JsonIgnore
    public String programLabel() {
        String version = program.version() == null ? "unknown" : program.version();
        String commit = program.commit() == null ? "" : program.commit();
        return "sahelsim " + version + (commit.isEmpty() ? "" : " (" + commit + ")");
    }

    /** Reads a run's or a set's manifest; what is missing or of the wrong kind fails naming its key. */
    public static RunManifest read(Path file) {
        RunManifest m;
        try {
            m = Json.read(Files.readAllBytes(file), RunManifest.class);
        } catch (NoSuchFileException e) {
            throw new RunFolderError(file, "missing: expected the manifest of a run folder written by "
                    + "'sahelsim run' (docs/outputs.md)");
        } catch (MismatchedInputException e) {
            throw new RunFolderError(file, line(e), expected(e));
        } catch (JsonProcessingException e) {
            throw new RunFolderError(file, line(e), "malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new RunFolderError(file, "cannot be read: " + e.getMessage());
        }
        if (m == null) {
            throw new RunFolderError(file, "expected a JSON object");
        }
        m.check(file);
        return m;
    }

    private void check(Path file) {
        text(file, "scenario.name", scenario.name());
        text(file, "status", status);
        if (replicates != null) {
            if (replicates.isEmpty()) {
                throw new RunFolderError(file, "expected 'replicates' to be a list of {index, seed, folder, status}");
            }
            replicates.forEach(r -> {
                text(file, "replicates[].folder", r.folder());
                text(file, "replicates[].status", r.status());
            });
        }
        if (seed == null && replicates == null) {
            throw new RunFolderError(file, "expected 'seed' (a whole number) for a run, or 'replicates' for a set");
        }
        if (!(grid.resolution() > 0) || grid.width() < 1 || grid.height() < 1) {
            throw new RunFolderError(file, "expected 'grid' with a positive resolution, width and height");
        }
        if (factions.isEmpty()) {
            throw new RunFolderError(file, "expected 'factions', a list of {id, name, colour, side}");
        }
        for (FactionInfo f : factions) {
            text(file, "factions[].id", f.id());
            text(file, "factions[].name", f.name());
            if (!COLOUR.matcher(f.colour()).matches()) {
                throw new RunFolderError(file, "expected factions[].colour to be a colour \"#RRGGBB\", found '"
                        + f.colour() + "'");
            }
        }
    }

    private static void text(Path file, String path, String value) {
        if (value == null || value.isBlank()) {
            throw new RunFolderError(file, "expected '" + path + "' to be a text");
        }
    }

    private static long line(JsonProcessingException e) {
        return e.getLocation() == null ? 1 : e.getLocation().getLineNr();
    }

    /** "expected 'factions[].colour' to be a text": the key as the file nests it, and what it should hold. */
    private static String expected(MismatchedInputException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(r.getFieldName());
            } else {
                path.append("[]");
            }
        }
        Matcher missing = MISSING.matcher(e.getOriginalMessage());
        // Jackson names a missing key in its message, and in the path only from some versions on.
        if (missing.find() && !path.toString().endsWith(missing.group(1))) {
            path.append(path.isEmpty() ? "" : ".").append(missing.group(1));
        }
        if (path.isEmpty()) {
            return "expected a JSON object";
        }
        return "expected '" + path + "' to be " + kind(e.getTargetType());
    }

    private static String kind(Class<?> type) {
        if (type == null) {
            return "present";
        } else if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        } else if (type == double.class || type == Double.class) {
            return "a number";
        } else if (type == String.class) {
            return "a text";
        } else if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object";
    }
}
