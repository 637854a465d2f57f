package sahelsim.sweep.analysis;

import sahelsim.chart.OutcomeSurface;
import sahelsim.observe.Outcome;
import sahelsim.sweep.Factor;
import sahelsim.sweep.SweepResults;
import sahelsim.sweep.sensitivity.PointMeans;

/**
 * An outcome over the first two varied parameters of a grid or lhs sweep, for a heat map: each cell is the mean of
 * the design points that fall in it (each point itself the mean of its replications), averaged over any further
 * parameters. A parameter with listed values gets one cell per value; a range is cut into equal bins, labelled by
 * their middle values.
 */
final class HeatMaps {

    /** Bins of a range: about √points, so that most cells of an lhs hold a point, at most 10 to stay readable. */
    private static int bins(int points) {
        return Math.max(2, Math.min(10, (int) Math.round(Math.sqrt(points))));
    }

    private HeatMaps() {
    }

    static OutcomeSurface surface(SweepResults results, int outcome) {
        Factor x = results.spec().varied().get(0);
        Factor y = results.spec().varied().get(1);
        int points = results.plan().pointCount();
        int nx = cells(x, points);
        int ny = cells(y, points);
        double[][] sum = new double[ny][nx];
        int[][] count = new int[ny][nx];
        double[] means = PointMeans.of(results.outcome(outcome), results.spec().replications());
        double[][] unit = results.plan().design().points();
        for (int p = 0; p < points; p++) {
            if (Double.isNaN(means[p])) {
                continue;
            }
            int i = cell(unit[p][0], nx);
            int j = cell(unit[p][1], ny);
            sum[j][i] += means[p];
            count[j][i]++;
        }
        double[][] values = new double[ny][nx];
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                values[j][i] = count[j][i] == 0 ? Double.NaN : sum[j][i] / count[j][i];
            }
        }
        String name = results.spec().outcomes().get(outcome);
        String unitText = Outcome.byId(name.split(":")[0]).map(Outcome::unit).orElse("");
        return new OutcomeSurface(name, unitText, x.name(), labels(x, nx), y.name(), labels(y, ny), values);
    }

    private static int cells(Factor f, int points) {
        return f.valueCount() > 0 ? f.valueCount() : bins(points);
    }

    /** The cell of coordinate u of [0, 1] among n: as {@link Factor#at} picks value floor(u n). */
    private static int cell(double u, int n) {
        return Math.min((int) Math.floor(u * n), n - 1);
    }

    private static String[] labels(Factor f, int n) {
        String[] labels = new String[n];
        for (int c = 0; c < n; c++) {
            labels[c] = f.at((c + 0.5) / n).text();
        }
        return labels;
    }
}
