package sahelsim.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sahelsim.RunFixtures;
import sahelsim.runfolder.ControlMaps;
import sahelsim.runfolder.RunFolder;
import sahelsim.runfolder.RunFolderError;
import sahelsim.map.Town;

class ControlMapTest {

    private static final LocalDate FIRST = LocalDate.of(2023, 1, 30);

    private final ControlMapScene scene = ControlMapScene.of(RunFolder.open(RunFixtures.smallRun()));

    private Town town(String id) {
        return scene.grid().geography().town(id);
    }

    @Test
    void theLegendListsTheFactionsOnTheMapsInScenarioOrder() {
        assertEquals(List.of("fama", "csp", "jnim"), scene.legend().stream().map(FactionPalette.Entry::id).toList());
    }

    @Test
    void aCellIsInkedInItsFactionsOwnColourWhateverTheZone() {
        ControlMaps.Frame first = scene.maps().frames().get(0);
        int kidal = scene.grid().index(79, 64);
        Color csp = scene.cellColour(first, kidal);
        assertEquals(0xF0E442, csp.getRGB() & 0xFFFFFF);
        assertEquals(255, csp.getAlpha(), "zone 5: firm control, solid");
        Color contested = scene.cellColour(first, scene.grid().index(65, 87));
        assertEquals(0xD55E00, contested.getRGB() & 0xFFFFFF);
        assertEquals(255, contested.getAlpha(), "zone 3: contested, stripes of the full colour");
        assertNull(scene.cellColour(first, scene.grid().index(5, 5)), "an uncontrolled cell shows the terrain");
        assertEquals(ControlShading.Strength.FIRM, ControlShading.Strength.of(1));
        assertEquals(ControlShading.Strength.DOMINANT, ControlShading.Strength.of(4));
        assertEquals(ControlShading.Strength.CONTESTED, ControlShading.Strength.of(3));
    }

    @Test
    void townsShowTheirHolderOnTheDateAndBlockades() {
        assertEquals(new Color(0xF0E442), scene.townFill(town("kidal"), FIRST));
        assertEquals(new Color(0xD55E00), scene.townFill(town("kidal"), FIRST.plusDays(13)));
        assertEquals(Color.WHITE, scene.townFill(town("menaka"), FIRST));
        assertTrue(scene.blockaded(town("timbuktu"), FIRST.plusDays(7)));
        assertTrue(!scene.blockaded(town("timbuktu"), FIRST));
    }

    @Test
    void mapDatesTakeTheSnapshotOnOrBeforeAndMustLieInTheRun() {
        List<ControlMaps.Frame> frames = RunChartWriter.frames(scene.maps(),
                List.of(FIRST.plusDays(3), FIRST.plusDays(6), FIRST.plusDays(13)));
        assertEquals(List.of(FIRST, FIRST.plusDays(13)), frames.stream().map(ControlMaps.Frame::date).toList(),
                "two dates of one week give one map");
        ChartRequestError e = assertThrows(ChartRequestError.class,
                () -> RunChartWriter.frames(scene.maps(), List.of(LocalDate.of(2024, 1, 1))));
        assertTrue(e.getMessage().contains("2023-01-30 to 2023-02-12"), e.getMessage());
    }

    @Test
    void aPanelShowsTheStartTheEndOfEachYearAndTheEnd() {
        assertEquals(List.of(FIRST, FIRST.plusDays(13)), RunChartWriter.panelDates(scene.maps()));
    }

    @Test
    void panelsPickTheGridThatMakesMapsLargest() {
        assertArrayEquals(new int[] {3, 2}, ControlMapPanel.layout(5, 1250, 770));
        assertArrayEquals(new int[] {1, 1}, ControlMapPanel.layout(1, 1250, 770));
        assertArrayEquals(new int[] {2, 1}, ControlMapPanel.layout(2, 1250, 770));
    }

    @Test
    void aGridOtherThanTheShippedMapIsRejected(@TempDir Path tmp) throws Exception {
        Path copy = RunFixtures.copy(RunFixtures.smallRun(), tmp);
        Path manifest = copy.resolve("manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"width\": 111", "\"width\": 100"));
        RunFolderError e = assertThrows(RunFolderError.class, () -> ControlMapScene.of(RunFolder.open(copy)));
        assertTrue(e.getMessage().contains("100 x 120") && e.getMessage().contains("111 x 120"), e.getMessage());
    }

    @Test
    void aSetsMapsAreItsFirstReplicatesAndSaySo() {
        ControlMapScene setScene = ControlMapScene.of(RunFolder.open(RunFixtures.smallSet()));
        assertTrue(setScene.caption().text().startsWith("Maps of replicate 1 of 3 · Scenario fixture-small · 3 "
                + "replicates, seeds derived from 7"), setScene.caption().text());
    }
}
