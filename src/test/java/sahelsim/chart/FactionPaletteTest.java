package sahelsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import sahelsim.RunFixtures;
import sahelsim.runfolder.RunFolder;
import sahelsim.load.ScenarioLoader;

class FactionPaletteTest {

    @Test
    void coloursAndNamesComeFromTheManifest() {
        FactionPalette p = FactionPalette.of(RunFolder.open(RunFixtures.smallRun()).manifest());
        assertEquals(new Color(0xF0E442), p.colour("csp"));
        assertEquals("JNIM (al-Qaeda)", p.name("jnim"));
        assertEquals(FactionPalette.UNCONTROLLED, p.colour("none"));
        assertEquals("No one", p.name("none"));
        assertEquals(FactionPalette.UNKNOWN, p.colour("wagner"));
        assertEquals(2, p.index("jnim"));
    }

    @Test
    void aScenarioGivesTheSameColoursAsItsRunsManifest() {
        FactionPalette p = FactionPalette.of(ScenarioLoader.shipped().load(Path.of("scenarios/historical-2022.yaml")));
        assertEquals(new Color(0x0072B2), p.colour("fama"));
        assertEquals(new Color(0xD55E00), p.colour("jnim"));
        assertEquals("government", p.factions().get(0).side());
    }
}
