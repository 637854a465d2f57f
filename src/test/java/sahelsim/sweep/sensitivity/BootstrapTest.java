package sahelsim.sweep.sensitivity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BootstrapTest {

    private static final double[] SAMPLE = new double[200];

    static {
        for (int i = 0; i < SAMPLE.length; i++) {
            SAMPLE[i] = i % 10;
        }
    }

    private static double[] mean(int[] units) {
        double sum = 0;
        for (int u : units) {
            sum += SAMPLE[u];
        }
        return new double[] {sum / units.length};
    }

    @Test
    void theIntervalOfAMeanIsCloseToTheNormalOne() {
        // mean 4.5, sd 2.87 (population), so the 95% interval is about 4.5 ± 1.96 x 2.87 / √200 = 4.5 ± 0.40.
        Interval ci = new Bootstrap(2000, 3).intervals(SAMPLE.length, 1, BootstrapTest::mean)[0];
        assertEquals(4.1, ci.low(), 0.08);
        assertEquals(4.9, ci.high(), 0.08);
        assertTrue(ci.contains(4.5));
    }

    /**
     * Of four units, a resample of one unit repeated (1 in 64) gives no estimate, as a Sobol index of outputs all
     * equal; those are left out. When undefined resamples pass the 5% the two tails hold, there is no interval.
     */
    @Test
    void aFewUndefinedResamplesAreLeftOutButManyLeaveNoInterval() {
        Bootstrap.Estimator spread = units -> {
            boolean allSame = java.util.Arrays.stream(units).allMatch(u -> u == units[0]);
            return new double[] {allSame ? Double.NaN : units.length};
        };
        Interval few = new Bootstrap(1000, 3).intervals(4, 1, spread)[0];
        assertEquals(new Interval(4, 4), few);
        Bootstrap.Estimator often = units -> new double[] {units[0] == 0 ? Double.NaN : 1};
        assertEquals(Interval.UNDEFINED, new Bootstrap(1000, 3).intervals(4, 1, often)[0]);
    }

    @Test
    void theSameSeedGivesTheSameIntervals() {
        Interval[] a = new Bootstrap(100, 9).intervals(SAMPLE.length, 1, BootstrapTest::mean);
        Interval[] b = new Bootstrap(100, 9).intervals(SAMPLE.length, 1, BootstrapTest::mean);
        Interval[] c = new Bootstrap(100, 10).intervals(SAMPLE.length, 1, BootstrapTest::mean);
        assertArrayEquals(a, b);
        assertTrue(!a[0].equals(c[0]), "another seed should draw other resamples");
    }
}
