package sahelsim.sweep.sensitivity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import sahelsim.sweep.design.SaltelliDesign;

/**
 * First-order and total Sobol indices from the outcomes of a {@link SaltelliDesign}, with the estimators
 * recommended by Saltelli et al. (2010, Computer Physics Communications 181:259-270, Table 2):
 * <ul>
 *   <li>first order, estimator (b): V_i = (1/N) Σ_j f(B)_j (f(A_B^(i))_j - f(A)_j), S_i = V_i / V(Y);</li>
 *   <li>total, Jansen (1999), estimator (f): V_Ti = (1/2N) Σ_j (f(A)_j - f(A_B^(i))_j)², S_Ti = V_Ti / V(Y);</li>
 * </ul>
 * with V(Y) the variance of the 2N outputs at A and B. The outputs are first centred on their mean, as SALib
 * does: the estimators' expectations do not change, but the first-order estimator is then no longer swamped
 * when the mean is large against the spread (as for total fatalities). A base sample with a missing (NaN)
 * outcome in any of its k + 2 runs is left out. Confidence intervals come from a bootstrap over base samples.
 */
public final class SobolAnalysis {

    private final SaltelliDesign design;
    private final Bootstrap bootstrap;

    public SobolAnalysis(SaltelliDesign design, Bootstrap bootstrap) {
        this.design = design;
        this.bootstrap = bootstrap;
    }

    /** @param outcome one value per design point, in the design's order (NaN where a run has none) */
    public SobolIndices analyze(double[] outcome) {
        return analyze(outcome, Double.NaN);
    }

    /**
     * @param outcome       one value per design point, in the design's order (NaN where a run has none)
     * @param noiseVariance the noise variance of a point's value ({@link NoiseFloor}), NaN when unknown
     */
    public SobolIndices analyze(double[] outcome, double noiseVariance) {
        int k = design.dimensions();
        int blocks = design.baseSamples();
        if (outcome.length != blocks * design.blockSize()) {
            throw new IllegalArgumentException("expected " + blocks * design.blockSize() + " outcome values, got "
                    + outcome.length);
        }
        List<Integer> complete = new ArrayList<>();
        double sum = 0;
        for (int j = 0; j < blocks; j++) {
            double blockSum = 0;
            for (int r = design.a(j); r <= design.b(j); r++) {
                blockSum += outcome[r];
            }
            if (!Double.isNaN(blockSum) && !Double.isInfinite(blockSum)) {
                complete.add(j);
                sum += blockSum;
            }
        }
        int n = complete.size();
        double centre = n == 0 ? 0 : sum / (n * (double) design.blockSize());
        double[] fA = new double[n];
        double[] fB = new double[n];
        double[][] fAB = new double[k][n];
        for (int u = 0; u < n; u++) {
            int j = complete.get(u);
            fA[u] = outcome[design.a(j)] - centre;
            fB[u] = outcome[design.b(j)] - centre;
            for (int i = 0; i < k; i++) {
                fAB[i][u] = outcome[design.ab(j, i)] - centre;
            }
        }
        Bootstrap.Estimator estimator = units -> estimate(units, fA, fB, fAB);
        int[] all = new int[n];
        for (int u = 0; u < n; u++) {
            all[u] = u;
        }
        double[] point = n < 2 ? nan(2 * k) : estimator.estimate(all);
        double[][] resampled = n < 2 ? null : bootstrap.resampled(n, 2 * k, estimator);
        Interval[] ci = n < 2 ? undefined(2 * k) : bootstrap.intervals(resampled);
        List<Double> totalRankKept = n < 2 ? Collections.nCopies(k, Double.NaN)
                : RankStability.of(Arrays.copyOfRange(point, k, 2 * k), Arrays.copyOfRange(resampled, k, 2 * k));
        List<SobolIndex> indices = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            indices.add(new SobolIndex(i, point[i], ci[i], point[k + i], ci[k + i]));
        }
        double variance = n < 2 ? Double.NaN : variance(all, fA, fB);
        return new SobolIndices(n, variance, noiseVariance / variance, indices, totalRankKept);
    }

    /** S_1 .. S_k, then S_T1 .. S_Tk, over the base samples {@code units} (which may repeat). */
    private static double[] estimate(int[] units, double[] fA, double[] fB, double[][] fAB) {
        int k = fAB.length;
        double n = units.length;
        double v = variance(units, fA, fB);
        double[] out = new double[2 * k];
        for (int i = 0; i < k; i++) {
            double first = 0;
            double total = 0;
            for (int u : units) {
                double a = fA[u];
                double ab = fAB[i][u];
                first += fB[u] * (ab - a);
                total += (a - ab) * (a - ab);
            }
            out[i] = first / n / v;
            out[k + i] = total / (2 * n) / v;
        }
        return out;
    }

    /** Variance (divided by 2n) of the outputs at A and B. */
    private static double variance(int[] units, double[] fA, double[] fB) {
        double sum = 0;
        for (int u : units) {
            sum += fA[u] + fB[u];
        }
        double mean = sum / (2.0 * units.length);
        double squares = 0;
        for (int u : units) {
            squares += (fA[u] - mean) * (fA[u] - mean) + (fB[u] - mean) * (fB[u] - mean);
        }
        return squares / (2.0 * units.length);
    }

    private static double[] nan(int size) {
        double[] out = new double[size];
        Arrays.fill(out, Double.NaN);
        return out;
    }

    private static Interval[] undefined(int size) {
        Interval[] out = new Interval[size];
        Arrays.fill(out, Interval.UNDEFINED);
        return out;
    }
}
