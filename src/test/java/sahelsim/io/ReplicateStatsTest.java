package sahelsim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

class ReplicateStatsTest {

    @Test
    void meanSampleDeviationAndStudentInterval() {
        ReplicateStats s = ReplicateStats.of(new double[] {1, 2, 3, 4});
        assertEquals(4, s.n());
        assertEquals(2.5, s.mean(), 1e-12);
        assertEquals(Math.sqrt(5.0 / 3.0), s.sd(), 1e-12, "sample deviation, n - 1 in the denominator");
        // t(0.975, 3 df) = 3.182446 (R: qt(0.975, 3); NIST/SEMATECH e-Handbook table 1.3.6.7.2 gives 3.182).
        double half = 3.182446 * Math.sqrt(5.0 / 3.0) / 2;
        assertEquals(2.5 - half, s.ci95Low(), 1e-5);
        assertEquals(2.5 + half, s.ci95High(), 1e-5);
    }

    @Test
    void theQuantileMatchesTheTable() {
        // R: qt(0.975, c(1, 7, 100)).
        assertEquals(12.706205, ReplicateStats.tQuantile975(1), 1e-5);
        assertEquals(2.364624, ReplicateStats.tQuantile975(7), 1e-5);
        assertEquals(1.983972, ReplicateStats.tQuantile975(100), 1e-5);
    }

    @Test
    void undefinedValuesAreLeftOut() {
        ReplicateStats s = ReplicateStats.of(new double[] {1, Double.NaN, 3});
        assertEquals(2, s.n());
        assertEquals(2.0, s.mean(), 1e-12);
    }

    @Test
    void oneValueHasNoDeviationAndNoneHasNoMean() {
        ReplicateStats one = ReplicateStats.of(new double[] {5});
        assertEquals(1, one.n());
        assertEquals(5.0, one.mean());
        assertTrue(Double.isNaN(one.sd()) && Double.isNaN(one.ci95Low()) && Double.isNaN(one.ci95High()));
        ReplicateStats none = ReplicateStats.of(new double[] {Double.NaN});
        assertEquals(0, none.n());
        assertTrue(Double.isNaN(none.mean()));
    }

    @Test
    void halfWidthRelativeToTheMean() {
        ReplicateStats s = ReplicateStats.of(new double[] {1, 2, 3, 4, 5, 6, 7, 8});
        // t(0.975, 7) = 2.3646 (tables); half-width = 2.3646 x sqrt(6) / sqrt(8) = 2.0478
        assertEquals(2.0478, s.halfWidth(), 1e-4);
        assertEquals(2.0478 / 4.5, s.relativeHalfWidth(), 1e-4);
    }

    @Test
    void halvingTheIntervalTakesTheFewestReplicationsThatDoIt() {
        ReplicateStats two = ReplicateStats.of(new double[] {10, 12});
        assertEquals(OptionalInt.of(3), two.replicationsToHalve(), "t(0.975, 1) = 12.7 makes a third run halve it");
        for (int n : new int[] {5, 10, 40}) {
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = i % 3;
            }
            int m = ReplicateStats.of(values).replicationsToHalve().orElseThrow();
            double target = factor(n) / 2;
            assertTrue(factor(m) <= target && factor(m - 1) > target, "n = " + n + " gave m = " + m);
            assertTrue(m > n && m <= 4 * n, "m = " + m + " for n = " + n);
        }
        assertTrue(ReplicateStats.of(new double[] {3}).replicationsToHalve().isEmpty());
    }

    private static double factor(int n) {
        return new TDistribution(null, n - 1).inverseCumulativeProbability(0.975) / Math.sqrt(n);
    }
}
