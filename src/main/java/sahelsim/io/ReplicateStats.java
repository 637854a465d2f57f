package sahelsim.io;

import java.util.OptionalInt;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Mean, sample standard deviation and 95% confidence interval of the mean of one value over replicates,
 * the interval from Student's t with n - 1 degrees of freedom. Undefined values (NaN) are left out; with
 * fewer than two values the deviation and the interval are undefined (NaN). Replicated runs and the
 * replications of a sweep's design points are summarised by this one class.
 */
public record ReplicateStats(int n, double mean, double sd, double ci95Low, double ci95High) {

    public static ReplicateStats of(double[] values) {
        int n = 0;
        double sum = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                n++;
                sum += v;
            }
        }
        if (n == 0) {
            return new ReplicateStats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = sum / n;
        if (n == 1) {
            return new ReplicateStats(1, mean, Double.NaN, Double.NaN, Double.NaN);
        }
        double squares = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                squares += (v - mean) * (v - mean);
            }
        }
        double sd = Math.sqrt(squares / (n - 1));
        double half = halfWidthFactor(n) * sd;
        return new ReplicateStats(n, mean, sd, mean - half, mean + half);
    }

    /** Half the interval's width: t(0.975, n - 1) s / √n (NaN without an interval). */
    public double halfWidth() {
        return (ci95High - ci95Low) / 2;
    }

    /** The half-width as a share of |mean| (NaN for a zero mean): a scale-free measure of how wide it still is. */
    public double relativeHalfWidth() {
        return mean == 0 ? Double.NaN : halfWidth() / Math.abs(mean);
    }

    /**
     * The number of replications whose interval would be half as wide, if the standard deviation stayed as it is:
     * the smallest m with t(0.975, m - 1)/√m <= t(0.975, n - 1)/(2√n). Because t shrinks as n grows this is at
     * most 4n (for n = 2 it is 3). Empty for fewer than two values, which give no interval.
     */
    public OptionalInt replicationsToHalve() {
        if (n < 2) {
            return OptionalInt.empty();
        }
        double target = halfWidthFactor(n) / 2;
        // t(0.975, m - 1) > z(0.975), so no m below (z / target)^2 qualifies: start the search there.
        double z = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(0.975);
        int m = Math.max(n + 1, (int) Math.floor(Math.pow(z / target, 2)));
        while (halfWidthFactor(m) > target) {
            m++;
        }
        return OptionalInt.of(m);
    }

    /** t(0.975, n - 1) / √n. */
    private static double halfWidthFactor(int n) {
        return tQuantile975(n - 1) / Math.sqrt(n);
    }

    /**
     * The 97.5% quantile of Student's t. The distribution is built without a random generator: its
     * convenience constructor would seed one from the clock, and no sampling is needed here.
     */
    static double tQuantile975(int degreesOfFreedom) {
        return new TDistribution(null, degreesOfFreedom).inverseCumulativeProbability(0.975);
    }
}
