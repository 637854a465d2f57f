package sahelsim.hindcast.acled;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sahelsim.load.ShippedGeography;
import sahelsim.map.Region;

/** What is kept of an export: Mali, the scenario's period, the modelled event types, the regions on the map. */
class AcledSelectionTest {

    static final List<String> REGIONS = ShippedGeography.geography().regions().stream().map(Region::id).toList();
    /** The period of the test scenario short-2022. */
    static final Period FIRST_FOUR_MONTHS = new Period(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 4, 30));

    static AcledSelection firstFourMonths() {
        return AcledSelection.select(AcledExport.read(AcledExportTest.EXPORT_TOOL), FIRST_FOUR_MONTHS,
                Admin1Table.shipped(), REGIONS);
    }

    @Test
    void eachRowLeftOutIsCountedUnderItsReason() {
        AcledSelection s = firstFourMonths();
        assertEquals(15, s.read());
        // MLI90001 to MLI90009, by their lines in the file: every ACLED event type is one the model writes.
        assertEquals(List.of(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), s.kept().stream().map(k -> k.event().line()).toList());
        assertEquals(1, s.otherCountries());
        assertEquals(2, s.outsidePeriod());
        assertEquals(1, s.regionsOffMap());
        assertEquals(1, s.offMap());
        assertEquals(Map.of("Gourma", 1), s.unknownAdmin1());
        assertEquals("Gourma (1)", s.unknownNames());
        assertEquals(s.read(), s.kept().size() + s.otherCountries() + s.outsidePeriod()
                + s.regionsOffMap() + s.offMap() + s.unknown());
    }

    @Test
    void keptEventsFallInTheModelsRegionsByTheirAdmin1Names() {
        List<String> regions = firstFourMonths().kept().stream().map(k -> REGIONS.get(k.region())).toList();
        // Djenné (Mopti), Niono (Ségou), Ansongo (Gao), two in Ménaka, Goundam (Tombouctou), a protest in Gao,
        // Aguelhok (Kidal), Bankass under the 2023 region Bandiagara (Mopti).
        assertEquals(List.of("mopti", "segou", "gao", "menaka", "menaka", "tombouctou", "gao", "kidal", "mopti"),
                regions);
    }

    @Test
    void theScenariosPeriodDecidesWhichDatesAreKept() {
        AcledSelection s = AcledSelection.select(AcledExport.read(AcledExportTest.EXPORT_TOOL),
                new Period(LocalDate.of(2022, 1, 1), LocalDate.of(2025, 12, 31)), Admin1Table.shipped(), REGIONS);
        assertEquals(10, s.kept().size());
        assertEquals(1, s.outsidePeriod());
        AcledSelection one = AcledSelection.select(AcledExport.read(AcledExportTest.EXPORT_TOOL),
                new Period(LocalDate.of(2022, 1, 12), LocalDate.of(2022, 1, 12)), Admin1Table.shipped(), REGIONS);
        assertEquals(List.of(LocalDate.of(2022, 1, 12)), one.kept().stream().map(k -> k.event().date()).toList());
    }
}
