package sahelsim.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Run ids of a grown sweep: the old ones keep their run, the new ones cover the rest once each. */
class SweepGrowthTest {

    @Test
    void eachSizeNumbersOnlyTheRunsItAddsAfterTheOldOnes() {
        SweepGrowth growth = SweepGrowth.of(3, 2).grown(3, 4).grown(5, 4).grown(6, 5);
        assertEquals(30, growth.runCount());
        Set<String> seen = new HashSet<>();
        for (long id = 0; id < growth.runCount(); id++) {
            int[] where = growth.locate(id);
            assertTrue(where[0] < 6 && where[1] < 5, id + ": " + where[0] + "/" + where[1]);
            assertTrue(seen.add(where[0] + "/" + where[1]), "run " + id + " repeats " + where[0] + "/" + where[1]);
        }
        for (long id = 0; id < 6; id++) {
            assertArrayEquals(SweepGrowth.of(3, 2).locate(id), growth.locate(id), "the first runs keep their ids");
        }
        assertArrayEquals(new int[] {0, 2}, growth.locate(6), "then two more replicates of the old points");
        assertArrayEquals(new int[] {3, 0}, growth.locate(12), "then the new points, all their replicates");
        assertArrayEquals(new int[] {0, 4}, growth.locate(20), "then the fifth replicate of the points of before");
        assertArrayEquals(new int[] {5, 4}, growth.locate(29));
    }

    @Test
    void aSweepDoesNotShrink() {
        assertThrows(IllegalArgumentException.class, () -> SweepGrowth.of(4, 2).grown(3, 3));
        assertThrows(IllegalArgumentException.class, () -> SweepGrowth.of(4, 2).grown(4, 2));
    }
}
