package sahelsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

class BootstrapMeansTest {

    @Test
    void theSameValuesGiveTheSameIntervalWhateverWasComputedBefore() {
        double[] values = {3, 9, 4, 0, 12, 7};
        BootstrapMeans.Estimate first = BootstrapMeans.mean(values);
        BootstrapMeans.mean(new double[] {1, 2, 3});
        BootstrapMeans.difference(new double[] {1, 2}, new double[] {5, 8, 9});
        assertEquals(first, BootstrapMeans.mean(values.clone()));
        assertEquals(35.0 / 6, first.value(), 1e-12);
        assertTrue(first.low() < first.value() && first.value() < first.high(), first.toString());
    }

    @Test
    void noBoundLeavesTheValuesTheDataCanTake() {
        // Shares with zeros, as ISSP's share of the population in five runs (today's t interval went to -4.5%).
        assertInside(new double[] {0, 0, 0, 0, 0.26}, 0, 1);
        assertInside(new double[] {0, 0.01, 0, 0, 0, 0.02, 0, 0, 0, 0}, 0, 1);
        assertInside(new double[] {1, 1, 1, 0.7, 1}, 0, 1);
        // Counts with zeros: deaths in a few runs out of many.
        assertInside(new double[] {0, 0, 3, 0, 120, 0, 0, 1, 0, 0, 0, 0}, 0, Double.POSITIVE_INFINITY);
        assertInside(new double[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 2}, 0, Double.POSITIVE_INFINITY);
    }

    private static void assertInside(double[] values, double least, double greatest) {
        BootstrapMeans.Estimate e = BootstrapMeans.mean(values);
        assertTrue(e.low() >= least && e.high() <= greatest && e.low() <= e.high(), e.toString());
    }

    @Test
    void equalValuesGiveThatValueAndThreeValuesTheirRange() {
        assertEquals(new BootstrapMeans.Estimate(0.1, 0.1, 0.1), BootstrapMeans.mean(new double[] {0.1, 0.1, 0.1}));
        // Each of the three drawn three times has probability 1/27, more than the 2.5% in either tail.
        BootstrapMeans.Estimate three = BootstrapMeans.mean(new double[] {1100, 1150, 1200});
        assertEquals(1100, three.low());
        assertEquals(1200, three.high());
    }

    @Test
    void undefinedValuesAreLeftOutAndTooFewGiveNoInterval() {
        BootstrapMeans.Estimate e = BootstrapMeans.mean(new double[] {2, Double.NaN, 4});
        assertEquals(3, e.value(), 1e-12);
        assertEquals(2, e.low());
        assertEquals(4, e.high());
        BootstrapMeans.Estimate one = BootstrapMeans.mean(new double[] {5, Double.NaN});
        assertEquals(5, one.value());
        assertTrue(Double.isNaN(one.low()) && Double.isNaN(one.high()));
        assertTrue(Double.isNaN(BootstrapMeans.mean(new double[0]).value()));
        BootstrapMeans.Estimate d = BootstrapMeans.difference(new double[] {1, 2, 3}, new double[] {4});
        assertEquals(-2, d.value(), 1e-12);
        assertTrue(Double.isNaN(d.low()) && Double.isNaN(d.high()));
    }

    @Test
    void theIntervalOfAMeanCoversItAboutNineteenTimesInTwentyForNormalData() {
        // 400 samples of 20 from N(10, 3^2): a 95% interval should hold 10 in about 380; the percentile interval
        // runs a little narrow, and 400 trials have a standard error of about 1.1 points.
        MersenneTwisterFast random = new MersenneTwisterFast(11);
        int trials = 400;
        int covered = 0;
        for (int t = 0; t < trials; t++) {
            double[] sample = normal(random, 20, 10, 3);
            BootstrapMeans.Estimate e = BootstrapMeans.mean(sample);
            covered += e.low() <= 10 && 10 <= e.high() ? 1 : 0;
        }
        double coverage = covered / (double) trials;
        assertTrue(coverage >= 0.90 && coverage <= 0.98, "coverage " + coverage);
    }

    @Test
    void theDifferenceOfTwoMeansHasItsOwnIntervalThatCoversTheTrueDifference() {
        MersenneTwisterFast random = new MersenneTwisterFast(12);
        int trials = 300;
        int covered = 0;
        for (int t = 0; t < trials; t++) {
            BootstrapMeans.Estimate d = BootstrapMeans.difference(normal(random, 20, 5, 2), normal(random, 15, 3, 1));
            covered += d.low() <= 2 && 2 <= d.high() ? 1 : 0;
        }
        double coverage = covered / (double) trials;
        assertTrue(coverage >= 0.90 && coverage <= 0.98, "coverage " + coverage);
    }

    @Test
    void theDifferenceIsThePointDifferenceWithinWhatTheSetsAllow() {
        double[] a = {0.30, 0.35, 0.32, 0.40, 0.38};
        double[] b = {0.10, 0.12, 0.05, 0.09};
        BootstrapMeans.Estimate d = BootstrapMeans.difference(a, b);
        assertEquals(0.35 - 0.09, d.value(), 1e-12);
        assertTrue(d.low() > 0 && d.low() < d.value() && d.value() < d.high(), "clearly apart: " + d);
        assertTrue(d.low() >= 0.30 - 0.12 && d.high() <= 0.40 - 0.05, d.toString());
        assertEquals(d, BootstrapMeans.difference(a.clone(), b.clone()));
        BootstrapMeans.Estimate same = BootstrapMeans.difference(a, a);
        assertEquals(0, same.value(), 1e-12);
        assertTrue(same.low() < 0 && same.high() > 0, same.toString());
    }

    private static double[] normal(MersenneTwisterFast random, int n, double mean, double sd) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = mean + sd * random.nextGaussian();
        }
        return out;
    }
}
