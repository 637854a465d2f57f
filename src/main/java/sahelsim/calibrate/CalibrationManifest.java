package sahelsim.calibrate;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sahelsim.io.AtomicFiles;
import sahelsim.io.BuildInfo;
import sahelsim.io.Json;
import sahelsim.io.NumberText;
import sahelsim.model.Seeds;
import sahelsim.sweep.SweepError;

/**
 * calibration.json: which calibration the folder holds (its identity: base scenario, targets, priors, particles,
 * seed...), its stopping rules, the programs that ran it, how far it got and when each generation closed. A
 * calibration started again into its folder checks the identity, so that the generations there are its own; the
 * stopping rules may change between starts. The times are the only wall-clock values in a calibration's files.
 *
 * @param generations one entry per closed generation, in order
 * @param predictiveFrom the generation the posterior predictive runs drew from, or null before they started
 */
public record CalibrationManifest(
        String kind,
        String name,
        BuildInfo.Program program,
        List<String> programs,
        BuildInfo.JavaRuntime java,
        @JsonProperty("random_stream") String stream,
        Map<String, String> identity,
        Map<String, String> settings,
        String started,
        String finished,
        String status,
        List<Closed> generations,
        @JsonProperty("predictive_from") Integer predictiveFrom) {

    static final String KIND = "calibration";
    static final String RUNNING = "running";
    static final String COMPLETE = "complete";

    /** A closed generation: its tolerance and acceptance, and when it closed. */
    public record Closed(int generation, @JsonSerialize(using = NumberText.Serializer.class) Double tolerance,
                         @JsonSerialize(using = NumberText.Serializer.class) Double acceptance,
                         @JsonProperty("effective_size") @JsonSerialize(using = NumberText.Serializer.class)
                         Double effectiveSize, String closed) {
    }

    public CalibrationManifest {
        programs = List.copyOf(programs);
        identity = Collections.unmodifiableMap(new LinkedHashMap<>(identity));
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        generations = List.copyOf(generations);
    }

    static CalibrationManifest start(Calibration c, Map<String, String> settings, Instant now) {
        return new CalibrationManifest(KIND, c.name(), BuildInfo.Program.current(), List.of(BuildInfo.label()),
                BuildInfo.JavaRuntime.current(), Seeds.RANDOM_STREAM, c.identity(), settings, time(now), null, RUNNING,
                List.of(), null);
    }

    /** Whether the folder's calibration.json is a calibration's. */
    static boolean isCalibration(Path dir) {
        return Json.hasKind(dir.resolve(CalibrationFolder.MANIFEST), KIND);
    }

    static CalibrationManifest read(Path dir) {
        Path file = dir.resolve(CalibrationFolder.MANIFEST);
        try {
            JsonNode tree = Json.read(file);
            return Json.convert(tree, CalibrationManifest.class);
        } catch (IOException e) {
            throw new SweepError(file + " cannot be read (" + e.getMessage() + "); it was changed by hand or written by "
                    + "another version (--force starts the calibration afresh)");
        }
    }

    void write(Path dir) throws IOException {
        AtomicFiles.writeString(dir.resolve(CalibrationFolder.MANIFEST), Json.text(this));
    }

    /**
     * What makes this folder's calibration another than one of {@code identity}: the first entry that differs,
     * said as "its X is A, not B", or null when it is the same.
     */
    String difference(Map<String, String> other) {
        if (!Seeds.RANDOM_STREAM.equals(stream)) {
            return "it was made with the random streams " + stream + " of another sahelsim, not " + Seeds.RANDOM_STREAM;
        }
        for (Map.Entry<String, String> e : other.entrySet()) {
            String there = identity.get(e.getKey());
            if (!e.getValue().equals(there)) {
                return there == null ? "it has no " + e.getKey() : "its " + e.getKey() + " is " + there + ", not "
                        + e.getValue();
            }
        }
        for (String key : identity.keySet()) {
            if (!other.containsKey(key)) {
                return "it has a " + key + " (" + identity.get(key) + ") this one has not";
            }
        }
        return null;
    }

    CalibrationManifest resumed(Map<String, String> newSettings) {
        List<String> all = new ArrayList<>(programs);
        if (!all.contains(BuildInfo.label())) {
            all.add(BuildInfo.label());
        }
        return new CalibrationManifest(kind, name, program, all, java, stream, identity, newSettings, started,
                finished, RUNNING, generations, predictiveFrom);
    }

    /** With the generations closed so far (those already recorded keep their closing time). */
    CalibrationManifest closed(List<Closed> closed) {
        return new CalibrationManifest(kind, name, program, programs, java, stream, identity, settings, started,
                finished, status, closed, predictiveFrom);
    }

    CalibrationManifest predictiveFrom(Integer generation) {
        return new CalibrationManifest(kind, name, program, programs, java, stream, identity, settings, started,
                finished, status, generations, generation);
    }

    CalibrationManifest complete(Instant now) {
        return new CalibrationManifest(kind, name, program, programs, java, stream, identity, settings, started,
                time(now), COMPLETE, generations, predictiveFrom);
    }

    boolean isComplete() {
        return COMPLETE.equals(status);
    }

    static String time(Instant t) {
        return t.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
