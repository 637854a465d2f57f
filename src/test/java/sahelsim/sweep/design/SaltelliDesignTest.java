package sahelsim.sweep.design;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SaltelliDesignTest {

    @Test
    void hasNTimesKPlusTwoPointsInBlocksOfAThenEachABThenB() {
        SaltelliDesign design = new SaltelliDesign(16, 3);
        double[][] points = design.points();
        assertEquals(16 * 5, points.length);
        assertEquals(5, design.blockSize());
        for (int j = 0; j < 16; j++) {
            double[] a = points[design.a(j)];
            double[] b = points[design.b(j)];
            assertEquals(j * 5, design.a(j));
            assertEquals(j * 5 + 4, design.b(j));
            for (int i = 0; i < 3; i++) {
                double[] ab = points[design.ab(j, i)];
                for (int d = 0; d < 3; d++) {
                    assertEquals(d == i ? b[d] : a[d], ab[d], "A_B^(" + i + ") row " + j + " column " + d);
                }
            }
        }
    }

    @Test
    void aAndBAreTheTwoHalvesOfASobolSequenceWithoutTheOrigin() {
        double[][] points = new SaltelliDesign(3, 2).points();
        // Sobol points 1, 2, 3 in 4 dimensions (Joe and Kuo direction numbers): (1/2,...), (3/4, 1/4, ...).
        assertArrayEquals(new double[] {0.5, 0.5}, points[0]);
        assertArrayEquals(new double[] {0.5, 0.5}, points[3]);
        assertArrayEquals(new double[] {0.75, 0.25}, points[4]);
        assertNotEquals(points[4][0], points[7][0], "A and B of a block should differ");
    }

    @Test
    void moreBaseSamplesKeepEveryEarlierPoint() {
        double[][] small = new SaltelliDesign(8, 4).points();
        double[][] large = new SaltelliDesign(32, 4).points();
        assertTrue(Arrays.deepEquals(small, Arrays.copyOf(large, small.length)));
    }

    @Test
    void refusesMoreParametersThanTheSobolSequenceHasDimensionsFor() {
        assertThrows(IllegalArgumentException.class, () -> new SaltelliDesign(8, SaltelliDesign.MAX_DIMENSIONS + 1));
        assertEquals(502, new SaltelliDesign(1, SaltelliDesign.MAX_DIMENSIONS).points().length);
    }
}
