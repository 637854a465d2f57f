package sahelsim.sweep.sensitivity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PointMeansTest {

    @Test
    void averagesEachPointsReplicationsLeavingOutRunsWithoutAValue() {
        double nan = Double.NaN;
        double[] byRun = {1, 3, 10, nan, nan, nan};
        assertArrayEquals(new double[] {2, 10, nan}, PointMeans.of(byRun, 2));
        assertArrayEquals(byRun, PointMeans.of(byRun, 1));
        assertThrows(IllegalArgumentException.class, () -> PointMeans.of(byRun, 4));
    }
}
