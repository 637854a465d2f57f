package sahelsim.hindcast.acled;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import sahelsim.load.ShippedGeography;
import sahelsim.map.Grid;
import sahelsim.model.EventKind;
import sahelsim.model.ModelEvent;

/** Events and fatalities by month, region and event type, from an export and from a run's log alike. */
class EventTallyTest {

    private static final Grid GRID = ShippedGeography.grid(Grid.DEFAULT_RESOLUTION);

    @Test
    void theModelWritesAllSixOfAcledsEventTypesThreeOfThemViolent() {
        assertEquals(List.of("Battles", "Explosions/Remote violence", "Violence against civilians",
                "Strategic developments", "Protests", "Riots"), EventTally.EVENT_TYPES);
        assertEquals(List.of("Battles", "Explosions/Remote violence", "Violence against civilians"),
                EventTally.VIOLENT_TYPES);
    }

    @Test
    void theExportsEventsAreCountedByMonthRegionAndType() {
        EventTally t = EventTally.of(AcledSelectionTest.firstFourMonths(), AcledSelectionTest.FIRST_FOUR_MONTHS,
                AcledSelectionTest.REGIONS.size());
        // Violent events: January the clash at Djenné (6 dead); February Niono (3) and Ansongo (2); March the two
        // in Ménaka (25 and 30); April Aguelhok (4) and Bankass (7). Goundam's looting is a strategic development,
        // the march in Gao in April a protest.
        assertArrayEquals(new long[] {1, 2, 2, 2}, t.byMonth(Count.EVENTS));
        assertArrayEquals(new long[] {6, 5, 55, 11}, t.byMonth(Count.FATALITIES));
        assertEquals(7, t.total(Count.EVENTS));
        assertEquals(77, t.total(Count.FATALITIES));
        assertArrayEquals(byRegion(0, 0, 1, 2, 1, 2, 1), t.byRegion(Count.EVENTS));
        assertArrayEquals(byRegion(0, 0, 2, 55, 4, 13, 3), t.byRegion(Count.FATALITIES));
        assertArrayEquals(new long[] {3, 1, 3, 1, 1, 0}, t.byType(Count.EVENTS));
        assertArrayEquals(new long[] {35, 2, 40, 0, 0, 0}, t.byType(Count.FATALITIES));
    }

    @Test
    void aRunsEventsAreCountedInTheRegionOfTheirCellWithinThePeriod() {
        LocalDate start = LocalDate.of(2022, 1, 1);
        Period period = new Period(start, LocalDate.of(2022, 3, 31));
        List<ModelEvent> log = List.of(
                event(-10, EventKind.ARMED_CLASH, "gao", 50),           // spin-up: before the period
                event(0, EventKind.ARMED_CLASH, "gao", 4),
                event(31, EventKind.IED, "kidal", 2),
                event(40, EventKind.CIVILIANS_ATTACKED, "mopti", 9),
                event(45, EventKind.BLOCKADE_BEGINS, "timbuktu", 0),
                event(60, EventKind.RIOT, "gao", 0),
                event(89, EventKind.TERRITORY_TAKEN, "menaka", 1),
                event(90, EventKind.ARMED_CLASH, "gao", 70));           // 1 April: after it
        EventTally t = EventTally.of(log, start, GRID, period);
        assertArrayEquals(new long[] {1, 2, 1}, t.byMonth(Count.EVENTS));
        assertArrayEquals(new long[] {4, 11, 1}, t.byMonth(Count.FATALITIES));
        assertArrayEquals(byRegion(0, 0, 1, 1, 1, 1, 0), t.byRegion(Count.EVENTS));
        assertArrayEquals(new long[] {2, 1, 1, 1, 0, 1}, t.byType(Count.EVENTS));
        assertArrayEquals(new long[] {5, 2, 9, 0, 0, 0}, t.byType(Count.FATALITIES));
    }

    /** Values in the geography's order of regions, given here as tombouctou, taoudenit, gao, menaka, kidal, mopti, segou. */
    private static long[] byRegion(long tombouctou, long taoudenit, long gao, long menaka, long kidal, long mopti,
                                   long segou) {
        long[] out = new long[AcledSelectionTest.REGIONS.size()];
        String[] ids = {"tombouctou", "taoudenit", "gao", "menaka", "kidal", "mopti", "segou"};
        long[] values = {tombouctou, taoudenit, gao, menaka, kidal, mopti, segou};
        for (int i = 0; i < ids.length; i++) {
            out[AcledSelectionTest.REGIONS.indexOf(ids[i])] = values[i];
        }
        return out;
    }

    private static ModelEvent event(long day, EventKind kind, String town, int dead) {
        int t = GRID.geography().townIndex(town).orElseThrow();
        return new ModelEvent(day, kind, 0, 1, GRID.townCell(t), t, dead, 0, 0, "");
    }
}
