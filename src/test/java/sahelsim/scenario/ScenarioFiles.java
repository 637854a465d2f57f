package sahelsim.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.function.Executable;
import sahelsim.load.ScenarioLoader;
import sahelsim.load.YamlTree;

/**
 * Small scenario texts for tests. Tests assert exact line numbers, so each block says which lines it fills:
 * a test's own text after {@code HEADER + FACTIONS} starts at line 10.
 */
public final class ScenarioFiles {

    /** Lines 1-5: the keys every scenario needs; the calendar runs from 2022-01-01 to 2023-12-31. */
    public static final String HEADER = """
            name: test
            description: A scenario for tests.
            calendar:
              start: 2022-01-01
              end: 2023-12-31
            """;

    /** Lines 6-9 after the header: a state, a foreign force and a jihadist group. */
    public static final String FACTIONS = """
            factions:
              - {id: fama, name: FAMa, kind: state, side: government, colour: "#0072B2"}
              - {id: barkhane, name: Barkhane, kind: foreign, side: government, colour: "#56B4E9"}
              - {id: jnim, name: JNIM, kind: jihadist, side: insurgent, colour: "#D55E00"}
            """;

    private ScenarioFiles() {
    }

    public static Path write(Path dir, String name, String text) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads a file with the shipped geography. */
    public static Scenario load(Path file, String... settings) {
        return ScenarioLoader.shipped().load(file, Arrays.stream(settings).map(ScenarioLoader.Setting::parse).toList());
    }

    /** Checks and builds a scenario from text, as the loader does for a file named {@code x.yaml}. */
    public static Scenario build(String text) {
        return ScenarioLoader.shipped().build(YamlTree.parseDocument("x.yaml", text));
    }

    /** The problems that an action throws, each as "file:line:column: key.path: message", in order. */
    public static List<String> problems(Executable action) {
        ScenarioError error = Assertions.assertThrows(ScenarioError.class, action);
        return error.problems().stream().map(Problem::toString).toList();
    }

    /** A tree's values without their origins, as text that shows its shape: {@code {a=1, b=[x, y]}}. */
    public static String shape(ConfigNode node) {
        if (node instanceof ConfigNode.MapNode m) {
            return m.entries().entrySet().stream().map(e -> e.getKey() + "=" + shape(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (node instanceof ConfigNode.ListNode l) {
            return l.items().stream().map(ScenarioFiles::shape).collect(Collectors.joining(", ", "[", "]"));
        }
        return ((ConfigNode.Scalar) node).text();
    }
}
