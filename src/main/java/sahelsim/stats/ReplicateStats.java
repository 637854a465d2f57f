package sahelsim.stats;

import java.util.OptionalInt;

/**
 * Mean, sample standard deviation and 95% confidence interval of the mean of one value over replicates, the
 * interval a percentile bootstrap ({@link BootstrapMeans}), so that it stays within the values the quantity can
 * take. Undefined values (NaN) are left out; with fewer than two values the deviation and the interval are
 * undefined (NaN). Replicated runs and the replications of a sweep's design points are summarised by this one
 * class.
 */
public record ReplicateStats(int n, double mean, double sd, double ci95Low, double ci95High) {

    public static ReplicateStats of(double[] values) {
        BootstrapMeans.Estimate estimate = BootstrapMeans.mean(values);
        int n = 0;
        double squares = 0;
        for (double v : values) {
            if (!Double.isNaN(v)) {
                n++;
                squares += (v - estimate.value()) * (v - estimate.value());
            }
        }
        double sd = n < 2 ? Double.NaN : Math.sqrt(squares / (n - 1));
        return new ReplicateStats(n, estimate.value(), sd, estimate.low(), estimate.high());
    }

    /** Half the interval's width (NaN without an interval); the interval need not be symmetric about the mean. */
    public double halfWidth() {
        return (ci95High - ci95Low) / 2;
    }

    /** The half-width as a share of |mean| (NaN for a zero mean): a scale-free measure of how wide it still is. */
    public double relativeHalfWidth() {
        return mean == 0 ? Double.NaN : halfWidth() / Math.abs(mean);
    }

    /**
     * The number of replications whose interval would be half as wide, if the standard deviation stayed as it is.
     * The bootstrap interval spreads as the standard deviation of the resampled means, s √(n - 1) / n (the
     * deviation with n in the denominator, over √n), so this is the smallest m with √(m - 1) / m at most half of
     * √(n - 1) / n: a little over 4n (15 for n = 2, 24 for n = 5, 44 for n = 10). Empty for fewer than two
     * values, which give no interval.
     */
    public OptionalInt replicationsToHalve() {
        if (n < 2) {
            return OptionalInt.empty();
        }
        double target = spread(n) / 2;
        // √(4n - 1) / 4n is still above the target √(4n - 4) / 4n, so no m up to 4n does it.
        int m = 4 * n + 1;
        while (spread(m) > target) {
            m++;
        }
        return OptionalInt.of(m);
    }

    /** √(n - 1) / n: the resampled means' standard deviation for a unit sample deviation. */
    private static double spread(int n) {
        return Math.sqrt(n - 1.0) / n;
    }
}
