package sahelsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sahelsim.RunFixtures;
import sahelsim.runfolder.RunFolder;

/** The map of where the displaced stay reads the month's end on or before the date asked (README of the fixtures). */
class DisplacedMapTest {

    @Test
    void aRunsMapHoldsItsPlacesOnTheMonthsEnd(@TempDir Path tmp) throws Exception {
        DisplacedMap map = DisplacedMap.of(RunFolder.open(RunFixtures.smallRun()), null);
        assertEquals(LocalDate.of(2023, 2, 12), map.date(), "the last month's end");
        assertEquals(700, map.people("mopti"));
        assertEquals(300, map.people("mbera"));
        assertEquals(0, map.people("gao"), "a place with no row has nobody");
        assertEquals(LocalDate.of(2023, 1, 31),
                DisplacedMap.of(RunFolder.open(RunFixtures.smallRun()), LocalDate.of(2023, 2, 5)).date());
        List<Path> files = PictureFiles.write(map, map.size(), tmp, "displaced-map", Set.of(ChartFormat.PNG));
        assertTrue(Files.size(files.get(0)) > 10_000, "a map was drawn");
    }

    @Test
    void aSetsMapHoldsTheMeansOfItsReplicates() {
        DisplacedMap map = DisplacedMap.of(RunFolder.open(RunFixtures.smallSet()), null);
        assertEquals(200, map.people("abala"));
    }

    @Test
    void aDateBeforeTheRunIsRefused() {
        ChartRequestError e = assertThrows(ChartRequestError.class,
                () -> DisplacedMap.of(RunFolder.open(RunFixtures.smallRun()), LocalDate.of(2020, 1, 1)));
        assertTrue(e.getMessage().contains("2020-01-01"), e.getMessage());
    }

    @Test
    void thousandsReadAsAClassReadsThem() {
        assertEquals("78k", DisplacedMap.thousands(78_400));
        assertEquals("950", DisplacedMap.thousands(950));
        assertEquals("Burkina Faso", DisplacedMap.countryName("burkina-faso"));
    }
}
