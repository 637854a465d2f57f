package sahelsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sahelsim.RunFixtures;
import sahelsim.runfolder.RunFolder;

class ChartCaptionTest {

    @Test
    void aRunsCaptionNamesScenarioSeedAndVersion() {
        assertEquals("Scenario fixture-small · 1 run, seed 42 · sahelsim 0.1.0 (fixture)",
                ChartCaption.of(RunFolder.open(RunFixtures.smallRun())).text());
    }

    @Test
    void aSetsCaptionNamesItsBaseSeedOrElseItsFirstAndLastSeeds(@TempDir Path tmp) throws Exception {
        assertEquals("Scenario fixture-small · 3 replicates, seeds derived from 7 · sahelsim 0.1.0 (fixture)",
                ChartCaption.of(RunFolder.open(RunFixtures.smallSet())).text());
        Path copy = RunFixtures.copy(RunFixtures.smallSet(), tmp);
        Path manifest = copy.resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"base_seed\": 7,", ""));
        assertEquals("Scenario fixture-small · 3 replicates, seeds 7191089600892374487 … 7392729709960833538 · "
                + "sahelsim 0.1.0 (fixture)", ChartCaption.of(RunFolder.open(copy)).text());
    }

    @Test
    void aReplicatesCaptionSaysWhichReplicateItIs() {
        assertEquals("Scenario fixture-small · replicate 2 of 3, seed 309689372594955804 · sahelsim 0.1.0 (fixture)",
                ChartCaption.of(RunFolder.open(RunFixtures.smallSet().resolve("rep-002"))).text());
    }

    @Test
    void aComparisonHasALinePerFolder() {
        ChartCaption c = ChartCaption.of(List.of(RunFolder.open(RunFixtures.smallRun()),
                RunFolder.open(RunFixtures.smallSet())));
        assertEquals(2, c.text().lines().count());
    }
}
