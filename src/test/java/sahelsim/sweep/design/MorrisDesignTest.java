package sahelsim.sweep.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MorrisDesignTest {

    @Test
    void eachStepMovesOneParameterByDeltaAndEachParameterMovesOncePerTrajectory() {
        int r = 12;
        int k = 5;
        MorrisDesign design = new MorrisDesign(r, k, 4, 3);
        assertEquals(2.0 / 3, design.delta(), 1e-15);
        double[][] points = design.points();
        assertEquals(r * (k + 1), points.length);
        for (int t = 0; t < r; t++) {
            boolean[] moved = new boolean[k];
            for (int m = 0; m < k; m++) {
                double[] from = points[design.row(t, m)];
                double[] to = points[design.row(t, m + 1)];
                int changed = -1;
                for (int i = 0; i < k; i++) {
                    if (from[i] != to[i]) {
                        assertEquals(-1, changed, "two parameters move in one step");
                        changed = i;
                        assertEquals(design.delta(), Math.abs(to[i] - from[i]), 1e-12);
                    }
                }
                assertTrue(changed >= 0, "a step moves nothing");
                assertFalse(moved[changed], "parameter " + changed + " moves twice in trajectory " + t);
                moved[changed] = true;
            }
        }
    }

    @Test
    void everyCoordinateIsOneOfThePLevelsAndBothDirectionsOccur() {
        MorrisDesign design = new MorrisDesign(40, 3, 6, 11);
        int ups = 0;
        int downs = 0;
        double[][] points = design.points();
        for (double[] p : points) {
            for (double x : p) {
                double level = x * 5;
                assertEquals(Math.rint(level), level, 1e-9, "off the grid: " + x);
                assertTrue(x >= 0 && x <= 1);
            }
        }
        for (int t = 0; t < 40; t++) {
            for (int m = 0; m < 3; m++) {
                double[] from = points[design.row(t, m)];
                double[] to = points[design.row(t, m + 1)];
                double sum = 0;
                for (int i = 0; i < 3; i++) {
                    sum += to[i] - from[i];
                }
                if (sum > 0) {
                    ups++;
                } else {
                    downs++;
                }
            }
        }
        assertTrue(ups > 20 && downs > 20, "directions: " + ups + " up, " + downs + " down");
    }

    @Test
    void theSameSeedGivesTheSameTrajectories() {
        assertTrue(Arrays.deepEquals(new MorrisDesign(5, 4, 4, 9).points(), new MorrisDesign(5, 4, 4, 9).points()));
        assertFalse(Arrays.deepEquals(new MorrisDesign(5, 4, 4, 9).points(), new MorrisDesign(5, 4, 4, 10).points()));
    }

    @Test
    void moreTrajectoriesKeepEveryEarlierPoint() {
        double[][] small = new MorrisDesign(5, 3, 4, 9).points();
        double[][] large = new MorrisDesign(8, 3, 4, 9).points();
        assertTrue(Arrays.deepEquals(small, Arrays.copyOf(large, small.length)), "a grown Morris sweep keeps its runs");
    }

    @Test
    void refusesAnOddNumberOfLevels() {
        assertThrows(IllegalArgumentException.class, () -> new MorrisDesign(5, 4, 5, 1));
    }
}
