package sahelsim.sweep.design;

import ec.util.MersenneTwisterFast;
import sahelsim.model.Seeds;

/**
 * Latin hypercube sampling (McKay, Beckman and Conover 1979): each axis is cut into {@code n} equal strata and
 * every stratum of every axis holds exactly one of the {@code n} points. Per axis, in order, the generator draws a
 * random permutation of the strata (Fisher-Yates, Knuth 1997 vol. 2 §3.4.2), then one uniform position inside
 * each point's stratum. The one generator is seeded by the caller, so the same seed gives the same points.
 */
public final class LatinHypercube implements Design {

    private final int samples;
    private final int dimensions;
    private final long seed;

    public LatinHypercube(int samples, int dimensions, long seed) {
        if (samples < 1 || dimensions < 1) {
            throw new IllegalArgumentException("a Latin hypercube needs at least one sample and one dimension, got "
                    + samples + " and " + dimensions);
        }
        this.samples = samples;
        this.dimensions = dimensions;
        this.seed = seed;
    }

    @Override
    public int dimensions() {
        return dimensions;
    }

    @Override
    public double[][] points() {
        MersenneTwisterFast random = Seeds.generator(seed);
        double[][] points = new double[samples][dimensions];
        for (int d = 0; d < dimensions; d++) {
            int[] strata = Permutations.random(samples, random);
            for (int i = 0; i < samples; i++) {
                points[i][d] = (strata[i] + random.nextDouble()) / samples;
            }
        }
        return points;
    }
}
