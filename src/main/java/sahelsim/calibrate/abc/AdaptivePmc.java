package sahelsim.calibrate.abc;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import sahelsim.model.Seeds;

/**
 * ABC-SMC as the adaptive population Monte Carlo of Lenormand, Jabot and Deffuant (2013): the population Monte
 * Carlo of Beaumont et al. (2009) with the tolerance set by the data, as the quantile alpha of the distances of the
 * previous generation's particles. Every generation simulates a fixed number of particles, so that a generation is a
 * batch of independent runs which threads, shards and cluster tasks can share, and nothing depends on the order in
 * which they finish. This class holds only the algorithm's steps; running the simulations is the caller's.
 * <ol>
 *   <li>Generation 0 draws N particles from the priors, all of weight 1.</li>
 *   <li>Closing a generation keeps the alpha N particles nearest to the observations, old and new together; the
 *   tolerance is the distance of the farthest one kept.</li>
 *   <li>Generation t draws N - alpha N particles from the kept ones by weight and moves them (see
 *   {@link Perturbation}); each gets the weight prior(theta) / sum_j w_j K(theta | theta_j).</li>
 *   <li>It stops when fewer than {@code minAcceptance} of a generation's new particles fall within the previous
 *   tolerance, or after the last generation allowed.</li>
 * </ol>
 */
public final class AdaptivePmc {

    private final List<Prior> priors;
    private final AbcSettings settings;

    public AdaptivePmc(List<Prior> priors, AbcSettings settings) {
        if (priors.isEmpty()) {
            throw new IllegalArgumentException("expected at least one parameter");
        }
        this.priors = List.copyOf(priors);
        this.settings = settings;
    }

    public AbcSettings settings() {
        return settings;
    }

    public List<Prior> priors() {
        return priors;
    }

    /**
     * The seed of proposal {@code index} of generation {@code generation}; the proposal's draws and its simulation's
     * seed come from it.
     */
    public long proposalSeed(int generation, int index) {
        return Seeds.derive(settings.seed(), generation, index);
    }

    /** Proposal {@code index} of {@code generation}, drawn around {@code previous} (null for generation 0). */
    public Proposal propose(int generation, int index, Population previous) {
        return propose(generation, index, previous, previous == null ? null : new Perturbation(previous, priors));
    }

    /** The same, with the kernel of {@code previous} built once by {@link #kernel} for a whole generation. */
    public Proposal propose(int generation, int index, Population previous, Kernel kernel) {
        return propose(generation, index, previous, kernel == null ? null : kernel.perturbation);
    }

    private Proposal propose(int generation, int index, Population previous, Perturbation perturbation) {
        if (index < 0 || index >= settings.batchSize(generation)) {
            throw new IndexOutOfBoundsException("proposal " + index + " of a generation of "
                    + settings.batchSize(generation));
        }
        if ((generation == 0) != (previous == null)) {
            throw new IllegalArgumentException("generation 0 is drawn from the priors, every later one from the "
                    + "previous population");
        }
        long seed = proposalSeed(generation, index);
        MersenneTwisterFast random = Seeds.generator(seed);
        double[] z = new double[priors.size()];
        double weight = 1;
        if (previous == null) {
            for (int d = 0; d < z.length; d++) {
                z[d] = priors.get(d).draw(random);
            }
        } else {
            z = perturbation.propose(random);
            double prior = 1;
            for (int d = 0; d < z.length; d++) {
                prior *= priors.get(d).density(z[d]);
            }
            weight = prior / perturbation.density(z);
        }
        double[] values = new double[z.length];
        for (int d = 0; d < z.length; d++) {
            values[d] = rounded(priors.get(d).fromSpace(z[d]));
        }
        return new Proposal(generation, index, values, weight, Seeds.derive(seed, 0));
    }

    /**
     * A value rounded to 12 significant digits, as a file would hold it: the particle is then exactly what its logs
     * and tables show, and a run set by hand to that value is the calibration's run.
     */
    static double rounded(double value) {
        return value == 0 || !Double.isFinite(value) ? value
                : new java.math.BigDecimal(value).round(new java.math.MathContext(12)).doubleValue();
    }

    /** The perturbation kernel of a population, built once and shared by the threads proposing a generation. */
    public Kernel kernel(Population population) {
        return population == null ? null : new Kernel(new Perturbation(population, priors));
    }

    /** A population's perturbation kernel; it does not change once built, so threads may share it. */
    public static final class Kernel {
        private final Perturbation perturbation;

        private Kernel(Perturbation perturbation) {
            this.perturbation = perturbation;
        }

        /** The standard deviation of each parameter's step, in the prior's working space. */
        public double[] steps() {
            return perturbation.steps();
        }
    }

    /**
     * Closes {@code generation}: its simulated particles {@code batch} (all of them, in any order) with the previous
     * population (null for generation 0) give the new population and tolerance.
     */
    public Population close(int generation, Population previous, List<Particle> batch) {
        if (batch.size() != settings.batchSize(generation)) {
            throw new IllegalArgumentException("generation " + generation + " has " + settings.batchSize(generation)
                    + " particles, got " + batch.size());
        }
        List<Particle> candidates = new ArrayList<>(batch);
        double acceptance = Double.NaN;
        if (previous != null) {
            candidates.addAll(previous.particles());
            long within = batch.stream().filter(p -> p.distance() <= previous.tolerance()).count();
            acceptance = (double) within / batch.size();
        }
        return Population.closest(generation, candidates, settings.kept(), acceptance);
    }

    /** Whether the calibration ends with this population. */
    public boolean finished(Population population) {
        return population.generation() + 1 >= settings.generations()
                || population.generation() > 0 && population.acceptance() < settings.minAcceptance();
    }
}
