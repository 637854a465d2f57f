package sahelsim.sweep.sensitivity;

import java.util.ArrayList;
import java.util.List;
import sahelsim.sweep.design.MorrisDesign;

/**
 * Elementary effects, and from them mu, mu* and sigma, from the outcomes of a {@link MorrisDesign} (Morris 1991;
 * mu* after Campolongo, Cariboni and Saltelli 2007). Each trajectory gives one elementary effect per parameter:
 * between consecutive points only that parameter moves, by ±Δ. A trajectory with a missing (NaN) outcome in any
 * of its k + 1 runs is left out. The interval on mu* comes from a bootstrap over trajectories, as SALib reports.
 */
public final class MorrisAnalysis {

    private final MorrisDesign design;
    private final double[][] points;
    private final Bootstrap bootstrap;

    public MorrisAnalysis(MorrisDesign design, Bootstrap bootstrap) {
        this.design = design;
        this.points = design.points();
        this.bootstrap = bootstrap;
    }

    /** @param outcome one value per design point, in the design's order (NaN where a run has none) */
    public MorrisEffects analyze(double[] outcome) {
        int k = design.dimensions();
        if (outcome.length != points.length) {
            throw new IllegalArgumentException("expected " + points.length + " outcome values, got "
                    + outcome.length);
        }
        List<double[]> byTrajectory = new ArrayList<>();
        for (int t = 0; t < design.trajectories(); t++) {
            double[] effects = elementaryEffects(t, outcome);
            if (effects != null) {
                byTrajectory.add(effects);
            }
        }
        int n = byTrajectory.size();
        double[][] ee = new double[k][n];
        for (int t = 0; t < n; t++) {
            for (int i = 0; i < k; i++) {
                ee[i][t] = byTrajectory.get(t)[i];
            }
        }
        int[] all = new int[n];
        for (int t = 0; t < n; t++) {
            all[t] = t;
        }
        double[][] resampled = n < 2 ? null : bootstrap.resampled(n, k, units -> muStar(units, ee));
        Interval[] ci = n < 2 ? null : bootstrap.intervals(resampled);
        double[] muStar = muStar(all, ee);
        List<Double> rankKept = n < 2 ? java.util.Collections.nCopies(k, Double.NaN)
                : RankStability.of(muStar, resampled);
        List<MorrisEffect> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            double mu = 0;
            for (double e : ee[i]) {
                mu += e;
            }
            mu /= n;
            double squares = 0;
            for (double e : ee[i]) {
                squares += (e - mu) * (e - mu);
            }
            double sigma = n < 2 ? Double.NaN : Math.sqrt(squares / (n - 1));
            out.add(new MorrisEffect(i, mu, muStar[i], sigma, ci == null ? Interval.UNDEFINED : ci[i]));
        }
        return new MorrisEffects(n, out, rankKept);
    }

    /** The k elementary effects of trajectory t, by parameter, or null when one of its runs has no value. */
    private double[] elementaryEffects(int t, double[] outcome) {
        int k = design.dimensions();
        double[] effects = new double[k];
        for (int m = 0; m < k; m++) {
            int from = design.row(t, m);
            int to = design.row(t, m + 1);
            if (!Double.isFinite(outcome[from]) || !Double.isFinite(outcome[to])) {
                return null;
            }
            int moved = movedParameter(points[from], points[to]);
            double step = points[to][moved] > points[from][moved] ? design.delta() : -design.delta();
            effects[moved] = (outcome[to] - outcome[from]) / step;
        }
        return effects;
    }

    private static int movedParameter(double[] from, double[] to) {
        for (int i = 0; i < from.length; i++) {
            if (from[i] != to[i]) {
                return i;
            }
        }
        throw new IllegalStateException("two consecutive points of a Morris trajectory are equal");
    }

    private static double[] muStar(int[] units, double[][] ee) {
        double[] out = new double[ee.length];
        for (int i = 0; i < ee.length; i++) {
            double sum = 0;
            for (int u : units) {
                sum += Math.abs(ee[i][u]);
            }
            out[i] = sum / units.length;
        }
        return out;
    }
}
