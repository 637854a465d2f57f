package sahelsim.calibrate.abc;

import ec.util.MersenneTwisterFast;
import java.util.List;

/**
 * The kernel that moves a population's particles to make the next generation's proposals: a particle drawn by its
 * weight, each parameter moved by a normal step of its own, in the prior's working space. The steps' variance is
 * twice the population's weighted variance of that parameter (Beaumont, Cornuet, Marin and Robert 2009,
 * Biometrika 96, 983-990, who show it minimises the Kullback-Leibler divergence to the next target), which
 * Lenormand et al. (2013) also use.
 */
final class Perturbation {

    /** Tries at a proposal inside the prior's support before giving up on the population. */
    static final int MAX_TRIES = 100_000;
    /** Below this share of the prior's spread a step is taken as degenerate and held at it. */
    private static final double LEAST_STEP = 1e-6;

    private final List<Prior> priors;
    private final double[][] centres;
    private final double[] weights;
    private final double[] cumulative;
    private final double[] steps;

    Perturbation(Population population, List<Prior> priors) {
        this.priors = List.copyOf(priors);
        int n = population.size();
        int k = priors.size();
        centres = new double[n][k];
        weights = population.weights();
        cumulative = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double[] values = population.particles().get(i).values();
            for (int d = 0; d < k; d++) {
                centres[i][d] = priors.get(d).toSpace(values[d]);
            }
            sum += weights[i];
            cumulative[i] = sum;
        }
        steps = new double[k];
        for (int d = 0; d < k; d++) {
            double mean = 0;
            for (int i = 0; i < n; i++) {
                mean += weights[i] * centres[i][d];
            }
            double variance = 0;
            for (int i = 0; i < n; i++) {
                double e = centres[i][d] - mean;
                variance += weights[i] * e * e;
            }
            steps[d] = Math.max(Math.sqrt(2 * variance), LEAST_STEP * priors.get(d).spread());
        }
    }

    /** The standard deviation of the step of each parameter, in its working space. */
    double[] steps() {
        return steps.clone();
    }

    /**
     * A proposal: a particle drawn by weight and moved, drawn again (particle and step) until every parameter lies
     * within its prior's support, as Toni et al. (2009) do. Returns working-space coordinates.
     */
    double[] propose(MersenneTwisterFast random) {
        int k = steps.length;
        for (int attempt = 0; attempt < MAX_TRIES; attempt++) {
            int from = pick(random.nextDouble());
            double[] z = new double[k];
            boolean inside = true;
            for (int d = 0; d < k; d++) {
                z[d] = centres[from][d] + steps[d] * random.nextGaussian();
                inside &= priors.get(d).inSupport(z[d]);
            }
            if (inside) {
                return z;
            }
        }
        throw new IllegalStateException("no proposal inside the priors in " + MAX_TRIES + " tries: the population "
                + "lies at the edge of a prior");
    }

    private int pick(double u) {
        double target = u * cumulative[cumulative.length - 1];
        for (int i = 0; i < cumulative.length; i++) {
            if (target < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }

    /** The proposal density at z: the weighted sum over the population of the kernel's density. */
    double density(double[] z) {
        double total = 0;
        for (int i = 0; i < centres.length; i++) {
            double product = weights[i];
            for (int d = 0; d < steps.length; d++) {
                double u = (z[d] - centres[i][d]) / steps[d];
                product *= Math.exp(-0.5 * u * u) / (steps[d] * Math.sqrt(2 * Math.PI));
            }
            total += product;
        }
        return total;
    }
}
