package sahelsim.hindcast.acled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import sahelsim.load.ShippedGeography;
import sahelsim.map.Region;

/** ACLED's admin1 names for Mali onto the model's regions. */
class Admin1TableTest {

    private static final Admin1Table TABLE = Admin1Table.shipped();

    @Test
    void namesMatchWithoutAccentsCaseBlanksOrHyphens() {
        assertEquals("segou", Admin1Table.fold("Ségou"));
        assertEquals("niorodusahel", Admin1Table.fold("Nioro-du-Sahel"));
        for (String name : List.of("Ségou", "SEGOU", "segou ")) {
            assertEquals("segou", region(name), name);
        }
        assertEquals("menaka", region("Ménaka"));
        for (String name : List.of("Taoudénit", "Taoudeni", "Taoudenni")) {
            assertEquals("taoudenit", region(name), name);
        }
        assertEquals("tombouctou", region("Timbuktu"));
    }

    @Test
    void theRegionsOf2023FallInTheRegionOf2016TheyWereCarvedFrom() {
        assertEquals("mopti", region("Bandiagara"));
        assertEquals("mopti", region("Douentza"));
        assertEquals("segou", region("San"));
    }

    @Test
    void regionsOffTheMapAreKnownButNotModelledAndOtherNamesAreUnknown() {
        for (String name : List.of("Kayes", "Koulikoro", "Sikasso", "Bamako", "Nioro du Sahel", "Kita", "Nara",
                "Dioïla", "Bougouni", "Koutiala")) {
            Optional<Admin1Table.Entry> e = TABLE.entry(name);
            assertTrue(e.isPresent() && !e.get().modelled(), name);
        }
        assertFalse(TABLE.entry("Gourma").isPresent());
        assertFalse(TABLE.entry("").isPresent());
    }

    @Test
    void everyRegionOfTheMapHasANameAndEveryNameARegionOfTheMap() {
        List<String> ids = ShippedGeography.geography().regions().stream().map(Region::id).toList();
        for (Admin1Table.Entry e : TABLE.entries()) {
            assertTrue(!e.modelled() || ids.contains(e.region()), e.toString());
        }
        for (String id : ids) {
            assertTrue(TABLE.entries().stream().anyMatch(e -> e.region().equals(id)), id);
        }
    }

    @Test
    void theTableInCalibrationMdListsEveryNameWithItsRegion() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("docs/calibration.md"));
        for (Admin1Table.Entry e : TABLE.entries()) {
            String region = e.modelled() ? "| `" + e.region() + "` |" : "| none |";
            assertTrue(lines.stream().anyMatch(l -> l.startsWith("| ") && l.contains("`" + e.admin1() + "`")
                    && l.contains(region)), e.admin1() + " in " + region);
        }
    }

    private static String region(String name) {
        return TABLE.entry(name).orElseThrow(() -> new AssertionError("unknown: " + name)).region();
    }
}
