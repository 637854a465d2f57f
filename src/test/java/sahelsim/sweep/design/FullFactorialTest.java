package sahelsim.sweep.design;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FullFactorialTest {

    private static int[] indices(double[] point, int... counts) {
        int[] out = new int[point.length];
        for (int d = 0; d < point.length; d++) {
            out[d] = (int) Math.floor(point[d] * counts[d]);
        }
        return out;
    }

    @Test
    void hasEveryCombinationOnceWithTheFirstParameterSlowest() {
        double[][] points = new FullFactorial(4, 3, 2).points();
        assertEquals(24, points.length);
        Set<List<Integer>> seen = new LinkedHashSet<>();
        for (double[] p : points) {
            int[] i = indices(p, 4, 3, 2);
            seen.add(List.of(i[0], i[1], i[2]));
        }
        assertEquals(24, seen.size(), "a combination is missing or repeated");
        assertArrayEquals(new int[] {0, 0, 0}, indices(points[0], 4, 3, 2));
        assertArrayEquals(new int[] {0, 0, 1}, indices(points[1], 4, 3, 2));
        assertArrayEquals(new int[] {0, 1, 0}, indices(points[2], 4, 3, 2));
        assertArrayEquals(new int[] {1, 0, 0}, indices(points[6], 4, 3, 2));
        assertArrayEquals(new int[] {3, 2, 1}, indices(points[23], 4, 3, 2));
    }

    @Test
    void putsEachValueAtTheCentreOfItsStratum() {
        double[][] points = new FullFactorial(4).points();
        assertArrayEquals(new double[] {0.125}, points[0]);
        assertArrayEquals(new double[] {0.875}, points[3]);
    }

    @Test
    void aGridOfConstantsIsOnePoint() {
        double[][] points = new FullFactorial().points();
        assertEquals(1, points.length);
        assertEquals(0, points[0].length);
    }

    @Test
    void sizeIsTheProductOrMinusOneAboveTheLimit() {
        assertEquals(160, FullFactorial.size(new int[] {4, 4, 10}, 1000));
        assertEquals(-1, FullFactorial.size(new int[] {1000, 1000, 1000}, 1_000_000));
        assertThrows(IllegalArgumentException.class, () -> new FullFactorial(3, 0));
    }
}
