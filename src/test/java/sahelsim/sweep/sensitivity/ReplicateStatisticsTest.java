package sahelsim.sweep.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

class ReplicateStatisticsTest {

    @Test
    void meanStandardDeviationAndStudentInterval() {
        ReplicateStatistics s = ReplicateStatistics.of(new double[] {1, 2, 3, 4, 5, 6, 7, 8});
        assertEquals(8, s.replications());
        assertEquals(4.5, s.mean(), 1e-12);
        assertEquals(Math.sqrt(6.0), s.standardDeviation(), 1e-12);
        // t(0.975, 7) = 2.3646 (tables); half-width = 2.3646 x sqrt(6) / sqrt(8) = 2.0478
        assertEquals(2.0478, s.halfWidth(), 1e-4);
        assertEquals(4.5 - 2.0478, s.confidence().low(), 1e-4);
        assertEquals(2.0478 / 4.5, s.relativeHalfWidth(), 1e-4);
    }

    @Test
    void halvingTheIntervalTakesTheFewestReplicationsThatDoIt() {
        ReplicateStatistics two = ReplicateStatistics.of(new double[] {10, 12});
        assertEquals(OptionalInt.of(3), two.replicationsToHalve(), "t(0.975, 1) = 12.7 makes a third run halve it");
        for (int n : new int[] {5, 10, 40}) {
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = i % 3;
            }
            int m = ReplicateStatistics.of(values).replicationsToHalve().orElseThrow();
            double target = factor(n) / 2;
            assertTrue(factor(m) <= target && factor(m - 1) > target, "n = " + n + " gave m = " + m);
            assertTrue(m > n && m <= 4 * n, "m = " + m + " for n = " + n);
        }
    }

    private static double factor(int n) {
        return new TDistribution(null, n - 1).inverseCumulativeProbability(0.975) / Math.sqrt(n);
    }

    @Test
    void oneReplicationHasAMeanButNoInterval() {
        ReplicateStatistics s = ReplicateStatistics.of(new double[] {3});
        assertEquals(3, s.mean());
        assertTrue(Double.isNaN(s.standardDeviation()) && Double.isNaN(s.confidence().low()));
        assertTrue(s.replicationsToHalve().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> ReplicateStatistics.of(new double[0]));
    }
}
