package sahelsim.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import sahelsim.io.Json;
import sahelsim.runfolder.RunFolder;
import sahelsim.runfolder.RunFolderError;
import sahelsim.runfolder.RunManifest;

/**
 * One folder a report speaks of, a run or a set of replicates, with what the report says of how it was made:
 * the scenario's file, description and period, the overrides, the seeds and the program that ran it.
 *
 * @param label     the scenario's name, or with the folder's name where two folders ran the same scenario
 * @param seeds     each complete replicate's seed (a single run's one seed)
 * @param overrides the --set overrides it ran with
 */
public record Subject(RunFolder folder, String label, String file, String description, LocalDate start, LocalDate end,
                      double resolution, List<String> overrides, List<Long> seeds, String version, String commit) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    public Subject {
        overrides = List.copyOf(overrides);
        seeds = List.copyOf(seeds);
    }

    public static Subject of(RunFolder folder, String label) {
        RunManifest m = folder.manifest();
        JsonNode root;
        JsonNode scenario;
        try {
            root = Json.read(folder.manifestFile());
            scenario = YAML.readTree(root.path("scenario").path("canonical").asText(""));
        } catch (IOException e) {
            throw new RunFolderError(folder.manifestFile(), "cannot be read: " + e.getMessage());
        }
        if (scenario == null || !scenario.isObject()) {
            throw new RunFolderError(folder.manifestFile(), "expected 'scenario.canonical' to hold the scenario's text");
        }
        List<String> overrides = new ArrayList<>();
        root.path("overrides").forEach(o -> overrides.add(o.asText()));
        List<Long> seeds = new ArrayList<>();
        if (m.isSet()) {
            m.replicates().stream().filter(r -> r.status().equals("complete")).forEach(r -> seeds.add(r.seed()));
        } else {
            seeds.add(m.seed() == null ? 0 : m.seed());
        }
        JsonNode calendar = scenario.path("calendar");
        return new Subject(folder, label, root.path("scenario").path("file").asText(""),
                scenario.path("description").asText("").strip(), LocalDate.parse(calendar.path("start").asText()),
                LocalDate.parse(calendar.path("end").asText()), m.grid().resolution(), overrides, seeds,
                Objects.requireNonNullElse(m.program().version(), ""),
                Objects.requireNonNullElse(m.program().commit(), ""));
    }

    public String scenario() {
        return folder.manifest().scenario().name();
    }

    public boolean isSet() {
        return folder.isSet();
    }

    public int replicates() {
        return seeds.size();
    }

    public Path dir() {
        return folder.dir();
    }
}
