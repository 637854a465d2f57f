package sahelsim.sweep.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LatinHypercubeTest {

    @Test
    void hitsEachStratumOfEachAxisExactlyOnce() {
        int n = 50;
        double[][] points = new LatinHypercube(n, 6, 7).points();
        assertEquals(n, points.length);
        for (int d = 0; d < 6; d++) {
            int[] hits = new int[n];
            for (double[] p : points) {
                assertTrue(p[d] >= 0 && p[d] < 1, "outside the unit interval: " + p[d]);
                hits[(int) Math.floor(p[d] * n)]++;
            }
            int axis = d;
            assertTrue(Arrays.stream(hits).allMatch(h -> h == 1), "axis " + axis + " strata hits "
                    + Arrays.toString(hits));
        }
    }

    @Test
    void theSameSeedGivesTheSamePointsAndAnotherSeedOthers() {
        assertTrue(Arrays.deepEquals(new LatinHypercube(20, 3, 7).points(), new LatinHypercube(20, 3, 7).points()));
        assertFalse(Arrays.deepEquals(new LatinHypercube(20, 3, 7).points(), new LatinHypercube(20, 3, 8).points()));
    }

    @Test
    void axesAreShuffledIndependently() {
        double[][] points = new LatinHypercube(30, 2, 1).points();
        int same = 0;
        for (double[] p : points) {
            if ((int) (p[0] * 30) == (int) (p[1] * 30)) {
                same++;
            }
        }
        assertTrue(same < 5, "the two axes share their stratum order in " + same + " of 30 points");
    }
}
