package sahelsim.sweep.sensitivity;

/**
 * The run-to-run noise left in the design points' means, from the spread of each point's replications. The
 * analyses work on point means, and each point has its own seeds, so the noise does not average out between
 * points: Jansen's total-index estimator, (1/2N) Σ (f(A) - f(A_B))², gains the noise variance of a mean,
 * σ²/R, for every parameter, and a parameter that does nothing gets S_T ≈ (σ²/R) / V(Y) instead of 0. That
 * ratio is the noise floor reported beside the indices.
 */
public final class NoiseFloor {

    private NoiseFloor() {
    }

    /**
     * σ²/R: the pooled variance within points (each point's replications about their own mean) divided by the
     * replications per point, from the outcomes of all runs in design order (as {@link PointMeans} takes them);
     * NaN with fewer than two replications, where the noise cannot be told from the parameters' effects.
     */
    public static double varianceOfPointMeans(double[] byRun, int replications) {
        if (replications < 2 || byRun.length % replications != 0) {
            return Double.NaN;
        }
        double squares = 0;
        long freedom = 0;
        for (int start = 0; start < byRun.length; start += replications) {
            double sum = 0;
            int n = 0;
            for (int r = 0; r < replications; r++) {
                double v = byRun[start + r];
                if (Double.isFinite(v)) {
                    sum += v;
                    n++;
                }
            }
            if (n < 2) {
                continue;
            }
            double mean = sum / n;
            for (int r = 0; r < replications; r++) {
                double v = byRun[start + r];
                if (Double.isFinite(v)) {
                    squares += (v - mean) * (v - mean);
                }
            }
            freedom += n - 1;
        }
        return freedom == 0 ? Double.NaN : squares / freedom / replications;
    }
}
