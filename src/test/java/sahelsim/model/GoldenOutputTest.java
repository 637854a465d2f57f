package sahelsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import sahelsim.runfolder.EventsCsv;
import sahelsim.load.ScenarioLoader;
import sahelsim.load.ShippedGeography;
import sahelsim.runfolder.TidyCsv;
import sahelsim.runfolder.TownsCsv;
import sahelsim.map.Grid;
import sahelsim.observe.Simulation;
import sahelsim.scenario.Scenario;

/**
 * The bytes of short runs, pinned: the daily series, the event log and the towns, as the run command writes
 * them, hashed (the first 64 bits of each SHA-256), for two scenarios (the historical one squeezed into four
 * months, and the same without the contractors) and two seeds, on a coarse grid.
 *
 * <p>A restructuring of the model must leave these hashes alone. A change of the model's behaviour changes
 * them: it updates them in the same commit and says so in its message.
 */
class GoldenOutputTest {

    /** The historical scenario squeezed into four months (the run command's tests use it too). */
    private static final Path SHORT = Path.of("src/test/resources/short-2022.yaml");

    @ParameterizedTest(name = "{0} seed {1}")
    @CsvSource(delimiter = '|', value = {
        "historical | 1 | bab715c912af155a 06080906eb5f2787 e1815199df864b0b",
        "historical | 2 | 3dd53353b86ef600 ec9f0e86a3379aab 4d9cfa19016168a4",
        "no-wagner  | 1 | 8659d2e11e057c63 824e727f6184463d 7ea721672fec2ca2",
        "no-wagner  | 2 | 7f61332def6e99c9 da394ab4f40b8fdb b2b44cc95a5c9079",
    })
    void aRunWritesTheBytesItWroteBefore(String name, long seed, String expected) throws IOException {
        List<ScenarioLoader.Setting> settings = new ArrayList<>();
        settings.add(ScenarioLoader.Setting.parse("map.resolution=0.2"));
        if (name.equals("no-wagner")) {
            // As scenarios/no-wagner.yaml: the contractors never come (their dated reinforcements then find nobody).
            settings.add(ScenarioLoader.Setting.parse("wagner.arrival=null"));
            settings.add(ScenarioLoader.Setting.parse("wagner.strength=0"));
        }
        Scenario scenario = ScenarioLoader.shipped().load(SHORT, settings);
        Grid grid = ShippedGeography.grid(scenario.resolution());
        Simulation.Result run = Simulation.run(scenario, grid, seed);
        StringWriter daily = new StringWriter();
        TidyCsv.writeDaily(run.record(), daily);
        StringWriter events = new StringWriter();
        new EventsCsv(scenario, grid).write(run.events(), run.record(), events);
        StringWriter towns = new StringWriter();
        new TownsCsv(grid.geography()).write(run.finalState(), towns);
        assertEquals(expected, sha256(daily) + " " + sha256(events) + " " + sha256(towns), name + " seed " + seed);
    }

    private static String sha256(StringWriter text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8))).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
