package sahelsim.sweep.design;

import ec.util.MersenneTwisterFast;
import sahelsim.model.Seeds;

/**
 * Morris' elementary-effects design (Morris 1991, Technometrics 33:161-174; notation of Campolongo, Cariboni and
 * Saltelli 2007, Environmental Modelling and Software 22:1509-1518). Each of r trajectories has k + 1 points on a
 * grid of p levels {0, 1/(p-1), ..., 1}; from one point to the next exactly one parameter moves by
 * Δ = p / (2(p - 1)), and each parameter moves once per trajectory.
 *
 * <p>A trajectory is B* = (J x* + (Δ/2)[(2B - J) D* + J]) P*: a random base point x* whose coordinates are drawn
 * from the levels {0, ..., 1 - Δ}, a random direction D* (each parameter moves up or down), and a random order
 * P* of the parameters. Per trajectory the generator draws, in this order, x* (k levels), D* (k signs) and P*
 * (a Fisher-Yates permutation). Trajectory t occupies rows t(k+1) to t(k+1) + k.
 */
public final class MorrisDesign implements Design {

    private final int trajectories;
    private final int dimensions;
    private final int levels;
    private final long seed;

    /**
     * @param levels p, even, so that every level is visited equally often (Morris 1991, §3)
     */
    public MorrisDesign(int trajectories, int dimensions, int levels, long seed) {
        if (trajectories < 1 || dimensions < 1 || levels < 2 || levels % 2 != 0) {
            throw new IllegalArgumentException("a Morris design needs r >= 1, k >= 1 and an even p >= 2, got r = "
                    + trajectories + ", k = " + dimensions + ", p = " + levels);
        }
        this.trajectories = trajectories;
        this.dimensions = dimensions;
        this.levels = levels;
        this.seed = seed;
    }

    public int trajectories() {
        return trajectories;
    }

    @Override
    public int dimensions() {
        return dimensions;
    }

    public int levels() {
        return levels;
    }

    /** The step Δ = p / (2(p - 1)) in the unit cube. */
    public double delta() {
        return levels / (2.0 * (levels - 1));
    }

    /** Index of point m (0 .. k) of trajectory t. */
    public int row(int t, int m) {
        return t * (dimensions + 1) + m;
    }

    @Override
    public double[][] points() {
        MersenneTwisterFast random = Seeds.generator(seed);
        int step = levels / 2;
        double[][] points = new double[trajectories * (dimensions + 1)][];
        for (int t = 0; t < trajectories; t++) {
            int[] level = new int[dimensions];
            for (int i = 0; i < dimensions; i++) {
                level[i] = random.nextInt(step);
            }
            boolean[] up = new boolean[dimensions];
            for (int i = 0; i < dimensions; i++) {
                up[i] = random.nextBoolean();
                if (!up[i]) {
                    level[i] += step;
                }
            }
            int[] order = Permutations.random(dimensions, random);
            points[row(t, 0)] = unit(level);
            for (int m = 0; m < dimensions; m++) {
                int i = order[m];
                level[i] += up[i] ? step : -step;
                points[row(t, m + 1)] = unit(level);
            }
        }
        return points;
    }

    private double[] unit(int[] level) {
        double[] x = new double[level.length];
        for (int i = 0; i < level.length; i++) {
            x[i] = level[i] / (double) (levels - 1);
        }
        return x;
    }
}
