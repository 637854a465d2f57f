package sahelsim.sweep.sensitivity;

import java.util.OptionalInt;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/**
 * An outcome over the replications of one design point: mean, sample standard deviation and the 95% confidence
 * interval of the mean, mean ± t(0.975, n - 1) s / √n (Student's t; needs n >= 2). A NaN value makes every
 * figure NaN: the caller decides whether to drop runs without a value.
 */
public record ReplicateStatistics(int replications, double mean, double standardDeviation, Interval confidence) {

    /** Coverage of the confidence interval. */
    public static final double CONFIDENCE = 0.95;

    public static ReplicateStatistics of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no replications to summarise");
        }
        DescriptiveStatistics stats = new DescriptiveStatistics(values);
        int n = values.length;
        double mean = stats.getMean();
        if (n < 2) {
            return new ReplicateStatistics(n, mean, Double.NaN, Interval.UNDEFINED);
        }
        double sd = stats.getStandardDeviation();
        double half = halfWidthFactor(n) * sd;
        return new ReplicateStatistics(n, mean, sd, new Interval(mean - half, mean + half));
    }

    /** Half the interval's width: t(0.975, n - 1) s / √n. */
    public double halfWidth() {
        return confidence.width() / 2;
    }

    /** The half-width as a share of |mean| (NaN for a zero mean): a scale-free measure of how wide it still is. */
    public double relativeHalfWidth() {
        return mean == 0 ? Double.NaN : halfWidth() / Math.abs(mean);
    }

    /**
     * The number of replications whose interval would be half as wide, if the standard deviation stayed as it is:
     * the smallest m with t(0.975, m - 1)/√m <= t(0.975, n - 1)/(2√n). Because t shrinks as n grows this is at
     * most 4n (for n = 2 it is 3). Empty for fewer than two replications, which give no interval.
     */
    public OptionalInt replicationsToHalve() {
        if (replications < 2) {
            return OptionalInt.empty();
        }
        double target = halfWidthFactor(replications) / 2;
        // t(0.975, m - 1) > z(0.975), so no m below (z / target)^2 qualifies: start the search there.
        double z = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
        int m = Math.max(replications + 1, (int) Math.floor(Math.pow(z / target, 2)));
        while (halfWidthFactor(m) > target) {
            m++;
        }
        return OptionalInt.of(m);
    }

    /** t(0.975, n - 1) / √n; the distribution gets no random generator because it is never sampled. */
    private static double halfWidthFactor(int n) {
        double t = new TDistribution(null, n - 1).inverseCumulativeProbability(1 - (1 - CONFIDENCE) / 2);
        return t / Math.sqrt(n);
    }
}
