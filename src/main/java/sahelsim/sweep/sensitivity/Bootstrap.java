package sahelsim.sweep.sensitivity;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import sahelsim.model.Seeds;

/**
 * Percentile bootstrap confidence intervals (Efron and Tibshirani 1993, An Introduction to the Bootstrap, ch. 13):
 * the estimate is recomputed on many resamples, drawn with replacement, of the n independent units it is built
 * from (base samples for Sobol indices, trajectories for Morris), and the interval is the central 95% of those
 * estimates. One generator, seeded by the caller, draws every resample, so the intervals are reproducible. A
 * resample whose estimate is undefined (NaN: drawn from units whose outputs are all equal, so an index is 0/0) says
 * nothing about the quantity and is left out, as long as such resamples are no more than the interval's two tails
 * together (5%); beyond that the interval is undefined. With few units and outputs that runs sharing their seeds
 * (common random numbers) make equal, a few resamples of one repeated unit are that.
 */
public final class Bootstrap {

    /** Resamples used unless the caller says otherwise. */
    public static final int DEFAULT_RESAMPLES = 1000;

    /** Coverage of the intervals. */
    public static final double CONFIDENCE = 0.95;

    /** Estimates of several quantities from a sample of unit indices (which may repeat). */
    @FunctionalInterface
    public interface Estimator {
        double[] estimate(int[] units);
    }

    private final int resamples;
    private final long seed;

    public Bootstrap(int resamples, long seed) {
        if (resamples < 2) {
            throw new IllegalArgumentException("a bootstrap needs at least two resamples, got " + resamples);
        }
        this.resamples = resamples;
        this.seed = seed;
    }

    public int resamples() {
        return resamples;
    }

    /** Intervals for each quantity the estimator returns, from {@code units} units. */
    public Interval[] intervals(int units, int quantities, Estimator estimator) {
        return intervals(resampled(units, quantities, estimator));
    }

    /** Each quantity the estimator returns on each resample of {@code units} units, as [quantity][resample]. */
    public double[][] resampled(int units, int quantities, Estimator estimator) {
        MersenneTwisterFast random = Seeds.generator(seed);
        double[][] estimates = new double[quantities][resamples];
        int[] sample = new int[units];
        for (int b = 0; b < resamples; b++) {
            for (int u = 0; u < units; u++) {
                sample[u] = random.nextInt(units);
            }
            double[] e = estimator.estimate(sample);
            for (int q = 0; q < quantities; q++) {
                estimates[q][b] = e[q];
            }
        }
        return estimates;
    }

    /** The intervals of resampled estimates, as [quantity][resample]. */
    public Interval[] intervals(double[][] estimates) {
        int quantities = estimates.length;
        int resamples = quantities == 0 ? 0 : estimates[0].length;
        Interval[] out = new Interval[quantities];
        double tail = (1 - CONFIDENCE) / 2 * 100;
        for (int q = 0; q < quantities; q++) {
            double[] defined = Arrays.stream(estimates[q]).filter(v -> !Double.isNaN(v)).toArray();
            if (defined.length < CONFIDENCE * resamples) {
                out[q] = Interval.UNDEFINED;
                continue;
            }
            Percentile percentile = new Percentile();
            percentile.setData(defined);
            out[q] = new Interval(percentile.evaluate(tail), percentile.evaluate(100 - tail));
        }
        return out;
    }
}
