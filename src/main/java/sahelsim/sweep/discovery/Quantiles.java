package sahelsim.sweep.discovery;

import java.util.Arrays;

/** The quantile PRIM peels and pastes at. */
final class Quantiles {

    private Quantiles() {
    }

    /**
     * The quantile q of the values as sdtoolkit computes it (Bryant's R package, followed by the EMA Workbench): at
     * position (n - 1) q of the sorted values, moved outward past ties to the nearest distinct value and averaged
     * with it, so that a limit falls half way between two distinct values and a peel never splits a tie.
     */
    static double sdtoolkit(double[] values, double q) {
        double[] x = values.clone();
        Arrays.sort(x);
        double at = (x.length - 1) * q;
        int low = (int) Math.floor(at);
        int high = (int) Math.ceil(at);
        if (q > 0.5) {
            while (x[low] == x[high] && low > 0) {
                low--;
            }
        } else {
            while (x[low] == x[high] && high < x.length - 1) {
                high++;
            }
        }
        return (x[low] + x[high]) / 2;
    }
}
