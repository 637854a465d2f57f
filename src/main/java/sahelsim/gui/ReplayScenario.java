package sahelsim.gui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import sahelsim.io.AtomicFiles;
import sahelsim.scenario.Scenario;
import sahelsim.scenario.TimelineEvent;

/**
 * The scenario that replays a classroom run headless: a small file that {@code extends} the scenario the window
 * opened and appends the levers' events to its timeline. Its timeline applies them on the same days and in
 * the same order as the window did, so running it with the run's seed gives the same results, and its
 * canonical text (in a run's manifest) records the levers.
 */
final class ReplayScenario {

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .build());

    /** The ids of levers' events start with this (see {@link Levers}). */
    static final String LEVER_ID = "lever-";

    private ReplayScenario() {
    }

    /**
     * The replay file's text.
     *
     * @param opened the scenario file the window opened
     * @param target where the replay file goes (its {@code extends} is relative to it)
     */
    static String text(Path opened, Path target, Scenario scenario, long seed, List<TimelineEvent> levers,
                       Optional<LeverCoalition.Declared> coalition) {
        Path folder = target.toAbsolutePath().normalize().getParent();
        String parent = folder.relativize(opened.toAbsolutePath().normalize()).toString().replace('\\', '/');
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("extends", parent);
        doc.put("name", scenario.name() + "-class");
        doc.put("description", scenario.description().strip() + "\n\nLevers pulled in class:\n"
                + String.join("\n", levers.stream().map(ReplayScenario::describe).toList()) + "\n");
        // The coalition the window declared for its lever, so that the replay can form it too.
        coalition.ifPresent(c -> doc.put("coalitions", List.of(c.item())));
        List<Object> timeline = new ArrayList<>();
        for (TimelineEvent e : levers) {
            timeline.add(item(e));
        }
        doc.put("timeline", timeline);
        try {
            return "# A run of " + scenario.name() + " in the classroom window, with the levers pulled during it.\n"
                    + "# Replay it headless with the same seed: ./sahelsim run " + target + " --seed "
                    + seed + "\n" + YAML.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a replay scenario", e);
        }
    }

    static void write(Path opened, Path target, Scenario scenario, long seed, List<TimelineEvent> levers,
                      Optional<LeverCoalition.Declared> coalition) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        AtomicFiles.writeString(target, text(opened, target, scenario, seed, levers, coalition));
    }

    /** The levers a replay scenario records: its timeline events named lever-1, lever-2, ..., in date order. */
    static List<TimelineEvent> levers(Scenario replay) {
        return replay.timeline().stream().filter(e -> e.id().startsWith(LEVER_ID)).toList();
    }

    private static Map<String, Object> item(TimelineEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("date", e.date().toString());
        m.put("action", e.action().fileName());
        put(m, "faction", e.faction());
        put(m, "key", e.key());
        put(m, "value", e.value());
        put(m, "coalition", e.coalition());
        return m;
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    /** A lever in words, for the description: "- 2022-03-02: withdraw minusma". */
    private static String describe(TimelineEvent e) {
        StringBuilder b = new StringBuilder("- " + e.date() + ": " + e.action().fileName());
        for (Object part : new Object[] {e.faction(), e.coalition(), e.key(), e.value()}) {
            if (part != null) {
                b.append(' ').append(part);
            }
        }
        return b.toString();
    }
}
