package sahelsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import sahelsim.load.ScenarioText;

/** Every scenario in scenarios/ loads, is immutable, and its canonical text loads back to the same scenario. */
class ShippedScenariosTest {

    private static final Path FOLDER = Path.of("scenarios");
    /** Each scenario is loaded once for all the tests here, to keep them fast. */
    private static final Map<Path, Scenario> LOADED = new ConcurrentHashMap<>();

    private static Scenario loaded(Path file) {
        return LOADED.computeIfAbsent(file, ScenarioFiles::load);
    }

    static Stream<Path> shipped() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @Test
    void theFolderHoldsTheScenarios() throws IOException {
        assertTrue(shipped().count() >= 10, "expected the shipped scenarios in " + FOLDER.toAbsolutePath());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void loadsWithTheNameOfItsFile(Path file) {
        Scenario scenario = loaded(file);
        assertEquals(file.getFileName().toString().replace(".yaml", ""), scenario.name());
        assertFalse(scenario.factions().isEmpty());
        assertTrue(scenario.end().isAfter(scenario.start()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void isImmutableAllTheWayDown(Path file) {
        assertImmutable(loaded(file), "scenario");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void itsCanonicalTextLoadsBackToTheSameHash(Path file, @TempDir Path dir) {
        Scenario scenario = loaded(file);
        Path copy = ScenarioFiles.write(dir, "canonical.yaml", ScenarioText.canonical(scenario));
        assertEquals(ScenarioText.hash(scenario), ScenarioText.hash(ScenarioFiles.load(copy)));
    }

    @Test
    void theImmutabilityCheckCatchesAMutableList() {
        List<String> mutable = new ArrayList<>(List.of("gao"));
        assertThrows(AssertionError.class, () -> assertImmutable(new Holder(mutable), "holder"));
    }

    private record Holder(List<String> towns) {
    }

    /** Walks records, lists and maps; every collection must refuse changes and every leaf must be a value. */
    @SuppressWarnings("unchecked")
    private static void assertImmutable(Object value, String path) {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof LocalDate || value instanceof Enum<?>) {
            return;
        }
        if (value instanceof List<?> list) {
            assertThrows(UnsupportedOperationException.class, () -> ((List<Object>) list).add(null),
                    path + " can be changed");
            for (int i = 0; i < list.size(); i++) {
                assertImmutable(list.get(i), path + "[" + i + "]");
            }
        } else if (value instanceof Map<?, ?> map) {
            assertThrows(UnsupportedOperationException.class, () -> ((Map<Object, Object>) map).put("x", null),
                    path + " can be changed");
            map.forEach((k, v) -> assertImmutable(v, path + "." + k));
        } else if (value.getClass().isRecord()) {
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                try {
                    assertImmutable(c.getAccessor().invoke(value), path + "." + c.getName());
                } catch (ReflectiveOperationException e) {
                    fail("cannot read " + path + "." + c.getName() + ": " + e);
                }
            }
        } else {
            fail(path + " is a " + value.getClass().getName() + ", which may be mutable");
        }
    }
}
