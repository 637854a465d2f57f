package sahelsim.io;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Mean, sample standard deviation and 95% confidence interval of the mean of one value over replicates,
 * the interval from Student's t with n - 1 degrees of freedom. Undefined values (NaN) are left out; with
 * fewer than two values the deviation and the interval are undefined (NaN).
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
        double half = tQuantile975(n - 1) * sd / Math.sqrt(n);
        return new ReplicateStats(n, mean, sd, mean - half, mean + half);
    }

    /**
     * The 97.5% quantile of Student's t. The distribution is built without a random generator: its
     * convenience constructor would seed one from the clock, and no sampling is needed here.
     */
    static double tQuantile975(int degreesOfFreedom) {
        return new TDistribution(null, degreesOfFreedom).inverseCumulativeProbability(0.975);
    }
}
