package sahelsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import sahelsim.observe.Measure;
import sahelsim.observe.Simulation;

/** Every shipped scenario runs to its last day, with numbers in a sane range. */
class ShippedScenariosRunTest {

    static Stream<String> scenarios() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).map(Path::toString).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void runsToItsEnd(String file) {
        Simulation.Result r = ScenarioRuns.run(file, 1).get(0);
        assertEquals(r.scenario().days(), r.record().days(), "the run stopped early");
        int last = r.record().days() - 1;
        double shares = 0;
        for (String key : r.record().factions()) {
            shares += r.record().value(Measure.CONTROL_SHARE_POPULATION, key, last);
        }
        shares += r.record().value(Measure.CONTROL_SHARE_POPULATION, "none", last);
        assertEquals(1.0, shares, 1e-4);
        double fatalities = r.record().sum(Measure.FATALITIES, "", 0, r.record().days());
        double perYear = fatalities * 365.0 / r.record().days();
        assertTrue(perYear > 300 && perYear < 50_000, file + ": " + perYear + " fatalities a year");
    }
}
