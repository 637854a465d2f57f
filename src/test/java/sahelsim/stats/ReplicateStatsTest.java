package sahelsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ReplicateStatsTest {

    @Test
    void meanSampleDeviationAndBootstrapInterval() {
        double[] values = {1, 2, 3, 4};
        ReplicateStats s = ReplicateStats.of(values);
        assertEquals(4, s.n());
        assertEquals(2.5, s.mean(), 1e-12);
        assertEquals(Math.sqrt(5.0 / 3.0), s.sd(), 1e-12, "sample deviation, n - 1 in the denominator");
        BootstrapMeans.Estimate e = BootstrapMeans.mean(values);
        assertEquals(e.low(), s.ci95Low());
        assertEquals(e.high(), s.ci95High());
        assertTrue(1 <= s.ci95Low() && s.ci95Low() < 2.5 && 2.5 < s.ci95High() && s.ci95High() <= 4, s.toString());
    }

    @Test
    void aShareWithZerosKeepsItsIntervalAtZeroOrAbove() {
        // ISSP's share of the population in five runs of historical-2022: mean ± t s/√n gave -4.5% to 14.9%.
        ReplicateStats issp = ReplicateStats.of(new double[] {0, 0, 0, 0, 0.26});
        assertEquals(0.052, issp.mean(), 1e-12);
        assertTrue(issp.ci95Low() >= 0, "low " + issp.ci95Low());
        assertTrue(issp.ci95High() <= 0.26, "high " + issp.ci95High());
        ReplicateStats deaths = ReplicateStats.of(new double[] {0, 0, 0, 14, 0, 0, 3, 0});
        assertTrue(deaths.ci95Low() >= 0, "low " + deaths.ci95Low());
    }

    @Test
    void undefinedValuesAreLeftOut() {
        ReplicateStats s = ReplicateStats.of(new double[] {1, Double.NaN, 3});
        assertEquals(2, s.n());
        assertEquals(2.0, s.mean(), 1e-12);
        assertEquals(Math.sqrt(2), s.sd(), 1e-12);
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
        assertEquals((s.ci95High() - s.ci95Low()) / 2, s.halfWidth(), 1e-12);
        assertEquals(s.halfWidth() / 4.5, s.relativeHalfWidth(), 1e-12);
        // The resampled means spread as s √(n - 1) / n = 2.449 x √7 / 8 = 0.810; the interval is about ±1.96 of it.
        assertEquals(1.96 * Math.sqrt(6) * Math.sqrt(7) / 8, s.halfWidth(), 0.1);
    }

    @Test
    void halvingTheIntervalTakesTheFewestReplicationsThatHalveTheResampledSpread() {
        ReplicateStats two = ReplicateStats.of(new double[] {10, 12});
        // √1 / 2 = 0.25 is halved by √14 / 15 = 0.2494, not by √13 / 14 = 0.2575.
        assertEquals(OptionalInt.of(15), two.replicationsToHalve());
        for (int n : new int[] {5, 10, 40}) {
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = i % 3;
            }
            int m = ReplicateStats.of(values).replicationsToHalve().orElseThrow();
            double target = spread(n) / 2;
            assertTrue(spread(m) <= target && spread(m - 1) > target, "n = " + n + " gave m = " + m);
            assertTrue(m > 4 * n && m <= 4 * n + 5, "m = " + m + " for n = " + n);
        }
        assertTrue(ReplicateStats.of(new double[] {3}).replicationsToHalve().isEmpty());
    }

    private static double spread(int n) {
        return Math.sqrt(n - 1.0) / n;
    }
}
