package sahelsim.sweep.sensitivity;

/**
 * The outcome of each design point as the Sobol and Morris analyses take it: the mean over the point's
 * replications, from the outcomes of all runs in design order (point x replications + replicate, as
 * {@code SweepResults} holds them; run ids are in that order only in a sweep that never grew).
 * Runs without a value (NaN) are left out of their point's mean; a point none of whose runs has a value is NaN,
 * which the analyses treat as missing.
 */
public final class PointMeans {

    private PointMeans() {
    }

    public static double[] of(double[] byRun, int replications) {
        if (replications < 1 || byRun.length % replications != 0) {
            throw new IllegalArgumentException(byRun.length + " runs do not make whole points of " + replications
                    + " replications");
        }
        double[] means = new double[byRun.length / replications];
        for (int point = 0; point < means.length; point++) {
            double sum = 0;
            int n = 0;
            for (int r = 0; r < replications; r++) {
                double v = byRun[point * replications + r];
                if (!Double.isNaN(v)) {
                    sum += v;
                    n++;
                }
            }
            means[point] = n == 0 ? Double.NaN : sum / n;
        }
        return means;
    }
}
