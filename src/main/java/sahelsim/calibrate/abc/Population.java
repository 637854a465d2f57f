package sahelsim.calibrate.abc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The particles a generation keeps, with their tolerance: the distance of the farthest kept particle. It is the
 * approximate posterior after that generation, and the cloud the next generation's proposals are drawn around.
 */
public final class Population {

    private final int generation;
    private final List<Particle> particles;
    private final double tolerance;
    private final double acceptance;
    private final double[] normalised;

    /**
     * @param acceptance the share of the generation's new particles within the previous tolerance, NaN for the first
     *                   generation (drawn from the prior, there was none)
     */
    Population(int generation, List<Particle> particles, double tolerance, double acceptance) {
        this.generation = generation;
        this.particles = List.copyOf(particles);
        this.tolerance = tolerance;
        this.acceptance = acceptance;
        double total = 0;
        for (Particle p : particles) {
            total += p.weight();
        }
        normalised = new double[particles.size()];
        for (int i = 0; i < normalised.length; i++) {
            normalised[i] = particles.get(i).weight() / total;
        }
    }

    /**
     * Keeps the {@code size} particles closest to the observations among {@code candidates}, ties going to the older
     * particle (then the earlier proposal), so that the population does not depend on the order runs finished in.
     */
    static Population closest(int generation, List<Particle> candidates, int size, double acceptance) {
        List<Particle> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingDouble(Particle::distance).thenComparing(Particle::compareOrigin));
        List<Particle> kept = sorted.subList(0, size);
        return new Population(generation, kept, kept.get(size - 1).distance(), acceptance);
    }

    public int generation() {
        return generation;
    }

    public List<Particle> particles() {
        return particles;
    }

    public int size() {
        return particles.size();
    }

    public double tolerance() {
        return tolerance;
    }

    /** Share of the generation's new particles within the previous tolerance; NaN for the first generation. */
    public double acceptance() {
        return acceptance;
    }

    /** The weights, summing to 1, in the order of {@link #particles()}. */
    public double[] weights() {
        return normalised.clone();
    }

    double weight(int i) {
        return normalised[i];
    }

    /**
     * The index of the particle a uniform draw {@code u} in [0, 1) picks, each particle with the chance of its weight.
     * A sum rounded short of 1 falls to the last particle that has weight, so that a particle of weight 0 is never
     * drawn.
     */
    public int drawn(double u) {
        double sum = 0;
        int last = 0;
        for (int i = 0; i < normalised.length; i++) {
            if (normalised[i] > 0) {
                sum += normalised[i];
                last = i;
                if (u < sum) {
                    return i;
                }
            }
        }
        return last;
    }

    /** Kish's effective sample size, (sum w)^2 / sum w^2: how many equally weighted particles they are worth. */
    public double effectiveSize() {
        double squares = 0;
        for (double w : normalised) {
            squares += w * w;
        }
        return 1 / squares;
    }

    /** The weighted mean of one parameter. */
    public double mean(int parameter) {
        double mean = 0;
        for (int i = 0; i < particles.size(); i++) {
            mean += normalised[i] * particles.get(i).value(parameter);
        }
        return mean;
    }

    /** The weighted standard deviation of one parameter. */
    public double sd(int parameter) {
        double mean = mean(parameter);
        double variance = 0;
        for (int i = 0; i < particles.size(); i++) {
            double d = particles.get(i).value(parameter) - mean;
            variance += normalised[i] * d * d;
        }
        return Math.sqrt(variance);
    }

    /** The weighted quantile q (0 to 1) of one parameter: the smallest value whose cumulative weight reaches q. */
    public double quantile(int parameter, double q) {
        Integer[] order = new Integer[particles.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> particles.get(i).value(parameter))
                .thenComparingInt(i -> i));
        double cumulative = 0;
        for (int i : order) {
            cumulative += normalised[i];
            if (cumulative >= q - 1e-12) {
                return particles.get(i).value(parameter);
            }
        }
        return particles.get(order[order.length - 1]).value(parameter);
    }
}
