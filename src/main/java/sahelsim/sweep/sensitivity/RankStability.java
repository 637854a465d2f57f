package sahelsim.sweep.sensitivity;

import java.util.ArrayList;
import java.util.List;

/**
 * How firm a ranking of parameters is: for each parameter, the share of bootstrap resamples in which it keeps the
 * rank it has in the estimate from all units (rank 1 the largest value; equal values ranked by parameter order).
 * An index whose interval overlaps its neighbours' can still keep its rank in most resamples, or lose it in half:
 * the share says which, for whoever reads the order more than the values. Resamples in which any of the values is
 * undefined are left out; with none left the share is NaN.
 */
public final class RankStability {

    private RankStability() {
    }

    /**
     * @param point     the values from all units, one per parameter
     * @param resamples the same values from each resample, {@code resamples[parameter][resample]}
     */
    public static List<Double> of(double[] point, double[][] resamples) {
        int k = point.length;
        int[] rank = ranks(point);
        int[] kept = new int[k];
        int defined = 0;
        int count = k == 0 ? 0 : resamples[0].length;
        double[] values = new double[k];
        for (int b = 0; b < count; b++) {
            boolean any = false;
            for (int i = 0; i < k; i++) {
                values[i] = resamples[i][b];
                any |= Double.isNaN(values[i]);
            }
            if (any) {
                continue;
            }
            defined++;
            int[] r = ranks(values);
            for (int i = 0; i < k; i++) {
                if (r[i] == rank[i]) {
                    kept[i]++;
                }
            }
        }
        List<Double> shares = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            shares.add(defined == 0 || hasNaN(point) ? Double.NaN : kept[i] / (double) defined);
        }
        return shares;
    }

    /** Each value's rank, from 0 for the largest. */
    static int[] ranks(double[] values) {
        int[] rank = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            for (int j = 0; j < values.length; j++) {
                if (values[j] > values[i] || (values[j] == values[i] && j < i)) {
                    rank[i]++;
                }
            }
        }
        return rank;
    }

    private static boolean hasNaN(double[] values) {
        for (double v : values) {
            if (Double.isNaN(v)) {
                return true;
            }
        }
        return false;
    }
}
