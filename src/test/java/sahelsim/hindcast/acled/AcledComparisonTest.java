package sahelsim.hindcast.acled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The runs' median and band against ACLED's counts, and the errors. */
class AcledComparisonTest {

    private static final Period TWO_MONTHS = new Period(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 2, 28));
    private static final List<String> REGIONS = List.of("north", "south");

    @Test
    void eachSeriesValueHasTheRunsMedianBandAndAcledsCount() {
        EventTally acled = tally(new int[] {3, 0}, 10);
        // January's battles in five runs: 1, 2, 4, 6, 8; none in February.
        List<EventTally> runs = new ArrayList<>();
        for (int n : new int[] {1, 2, 4, 6, 8}) {
            runs.add(tally(new int[] {n, 0}, 10));
        }
        List<AcledComparison.Row> rows = AcledComparison.compare(acled, runs, REGIONS, List.of("North", "South"));
        AcledComparison.Row january = row(rows, Count.EVENTS, Breakdown.MONTH, "2022-01");
        assertEquals(3, january.acled());
        assertEquals(4, january.median());
        // Commons Math's default percentile: below the first position the smallest value, above the last the largest.
        assertEquals(1, january.low());
        assertEquals(8, january.high());
        assertTrue(january.inside());
        assertEquals(4.0 / 3, january.ratio(), 1e-12);
        assertEquals(Math.log(5.0 / 4), january.logError(), 1e-12);
        AcledComparison.Row february = row(rows, Count.EVENTS, Breakdown.MONTH, "2022-02");
        assertTrue(february.inside());
        assertTrue(Double.isNaN(february.ratio()));
        assertEquals(0, february.logError());
        AcledComparison.Row dead = row(rows, Count.FATALITIES, Breakdown.PERIOD, "2022-01-01/2022-02-28");
        assertEquals(30, dead.acled());
        assertEquals(40, dead.median());
        assertEquals("whole period", dead.label());
        assertEquals("North", row(rows, Count.EVENTS, Breakdown.REGION, "north").label());
        assertEquals(4, row(rows, Count.EVENTS, Breakdown.EVENT_TYPE, "Battles").median());
    }

    @Test
    void aCountOutsideTheBandIsSaidSoAndSeriesAreSummed() {
        EventTally acled = tally(new int[] {20, 1}, 1);
        List<EventTally> runs = List.of(tally(new int[] {2, 1}, 1), tally(new int[] {3, 1}, 1),
                tally(new int[] {4, 1}, 1));
        List<AcledComparison.Row> rows = AcledComparison.compare(acled, runs, REGIONS, REGIONS);
        assertFalse(row(rows, Count.EVENTS, Breakdown.MONTH, "2022-01").inside());
        AcledComparison.Summary months = AcledComparison.summaries(rows).stream()
                .filter(s -> s.count() == Count.EVENTS && s.by() == Breakdown.MONTH).findFirst().orElseThrow();
        assertEquals(1, months.inside());
        assertEquals(2, months.values());
        // |ln(4/21)| for January and 0 for February: the median of the two.
        assertEquals(Math.abs(Math.log(4.0 / 21)) / 2, months.medianAbsLogError(), 1e-12);
        assertEquals(2 * 4, AcledComparison.summaries(rows).size());
    }

    /** Battles in the region "north" on the 10th of each month, {@code dead} killed in each. */
    private static EventTally tally(int[] battlesPerMonth, int dead) {
        EventTally t = new EventTally(TWO_MONTHS, REGIONS.size());
        for (int m = 0; m < battlesPerMonth.length; m++) {
            for (int i = 0; i < battlesPerMonth[m]; i++) {
                t.add(LocalDate.of(2022, m + 1, 10), 0, "Battles", dead);
            }
        }
        return t;
    }

    private static AcledComparison.Row row(List<AcledComparison.Row> rows, Count count, Breakdown by, String key) {
        return rows.stream().filter(r -> r.count() == count && r.by() == by && r.key().equals(key)).findFirst()
                .orElseThrow();
    }
}
