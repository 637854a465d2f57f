package sahelsim.stats;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import sahelsim.model.Seeds;

/**
 * Percentile bootstrap 95% intervals of a mean over replicates, and of the difference of the means of two
 * independent sets of replicates (Efron and Tibshirani 1993, An Introduction to the Bootstrap, ch. 13): the mean
 * is recomputed on {@link #RESAMPLES} resamples of the replicates, drawn with replacement, and the interval is the
 * central 95% of those means.
 *
 * <p>Why the percentile interval: every resample's mean lies between the least and the greatest replicate, so
 * the interval never leaves the range of the data. A share stays within 0 to 1 and a count at 0 or more, where
 * mean ± t s/√n reached below zero for skewed values such as deaths in a few runs out of many. Its known weakness
 * is narrowness at small n (Hesterberg 2015, The American Statistician 69(4), section 5): it spreads as the
 * deviation with n in the denominator and with normal rather than t quantiles, so with five replicates it covers
 * the true mean less often than 95% of the time; with three or fewer it is the range of the replicates.
 *
 * <p>Deterministic: every call draws from a generator started from the same fixed seed, never the clock, so the
 * same values always give the same interval, in any order of calls and on any number of threads.
 */
public final class BootstrapMeans {

    /** Resamples per interval: enough for the 2.5% and 97.5% points to settle to about 1% of the interval. */
    public static final int RESAMPLES = 2000;

    /** Coverage of the intervals. */
    public static final double CONFIDENCE = 0.95;

    /** Any fixed number would do: it only makes the resamples the same on every call. */
    private static final long SEED = 20_240_601L;

    /**
     * A point estimate and its 95% interval; {@code low} and {@code high} are NaN where the data give no interval.
     */
    public record Estimate(double value, double low, double high) {
    }

    private BootstrapMeans() {
    }

    /**
     * The mean of the values and its interval. Undefined values (NaN) are left out; the value is NaN without
     * any value, and the interval NaN with fewer than two.
     */
    public static Estimate mean(double[] values) {
        Sample sample = Sample.of(values);
        if (sample.size() < 2) {
            return new Estimate(sample.mean(), Double.NaN, Double.NaN);
        }
        MersenneTwisterFast random = Seeds.generator(SEED);
        double[] means = new double[RESAMPLES];
        for (int r = 0; r < RESAMPLES; r++) {
            means[r] = sample.resampledMean(random);
        }
        return interval(sample.mean(), means);
    }

    /**
     * The difference of two means, mean(a) − mean(b), with its interval, for two independent sets of replicates
     * (two scenarios, or two design points): each resample draws from a and from b apart. Undefined values are
     * left out; the interval is NaN unless each set has two values or more.
     */
    public static Estimate difference(double[] a, double[] b) {
        Sample x = Sample.of(a);
        Sample y = Sample.of(b);
        double value = x.mean() - y.mean();
        if (x.size() < 2 || y.size() < 2) {
            return new Estimate(value, Double.NaN, Double.NaN);
        }
        MersenneTwisterFast random = Seeds.generator(SEED);
        double[] differences = new double[RESAMPLES];
        for (int r = 0; r < RESAMPLES; r++) {
            differences[r] = x.resampledMean(random) - y.resampledMean(random);
        }
        return interval(value, differences);
    }

    /** The 2.5% and 97.5% points of the resampled estimates (commons-math's default percentile estimate). */
    private static Estimate interval(double value, double[] estimates) {
        Percentile percentile = new Percentile();
        percentile.setData(estimates);
        double tail = (1 - CONFIDENCE) / 2 * 100;
        return new Estimate(value, percentile.evaluate(tail), percentile.evaluate(100 - tail));
    }

    /**
     * The defined values with their least and greatest. Every mean is kept within those two, which rounding of
     * the sum could otherwise leave by a hair: three times 0.1 over three is not 0.1, and an interval of equal
     * values would then miss its own mean, or a share's bound fall a hair below zero.
     */
    private record Sample(double[] values, double min, double max) {

        static Sample of(double[] values) {
            double[] defined = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
            return new Sample(defined, Arrays.stream(defined).min().orElse(Double.NaN),
                    Arrays.stream(defined).max().orElse(Double.NaN));
        }

        int size() {
            return values.length;
        }

        /** NaN without values. */
        double mean() {
            return values.length == 0 ? Double.NaN : within(Arrays.stream(values).sum() / values.length);
        }

        /** The mean of one resample: as many values, drawn with replacement. */
        double resampledMean(MersenneTwisterFast random) {
            double sum = 0;
            for (int i = 0; i < values.length; i++) {
                sum += values[random.nextInt(values.length)];
            }
            return within(sum / values.length);
        }

        private double within(double mean) {
            return Math.max(min, Math.min(max, mean));
        }
    }
}
