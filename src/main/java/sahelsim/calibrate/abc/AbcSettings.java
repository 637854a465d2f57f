package sahelsim.calibrate.abc;

/**
 * The settings of an adaptive population Monte Carlo ABC (Lenormand, Jabot and Deffuant 2013, Computational
 * Statistics 28, 2777-2796): {@code particles} N simulations in the first generation, of which the share
 * {@code keep} (alpha) closest to the observations form the population; each later generation simulates N - alpha N
 * new particles around the population and keeps the alpha N closest of old and new together.
 *
 * @param particles     N, the size of the first generation
 * @param keep          alpha, the share of N kept in each population; the tolerance is this quantile of the distances
 * @param generations   most generations, the first (from the prior) included
 * @param minAcceptance stop once fewer than this share of a generation's new particles fall within the previous
 *                      tolerance (Lenormand et al.'s p_acc_min)
 * @param seed          the seed every proposal's and every simulation's seed derives from
 */
public record AbcSettings(int particles, double keep, int generations, double minAcceptance, long seed) {

    public AbcSettings {
        if (particles < 2) {
            throw new IllegalArgumentException("expected 2 or more particles, got " + particles);
        }
        if (!(keep > 0 && keep < 1)) {
            throw new IllegalArgumentException("expected a share kept between 0 and 1, got " + keep);
        }
        if (kept(particles, keep) < 2 || kept(particles, keep) >= particles) {
            throw new IllegalArgumentException("keeping " + keep + " of " + particles + " particles keeps "
                    + kept(particles, keep) + "; expected at least 2 and fewer than all");
        }
        if (generations < 1) {
            throw new IllegalArgumentException("expected 1 or more generations, got " + generations);
        }
        if (!(minAcceptance >= 0 && minAcceptance < 1)) {
            throw new IllegalArgumentException("expected a least acceptance from 0 to below 1, got " + minAcceptance);
        }
    }

    /** alpha N, rounded down: the size of every population. */
    public int kept() {
        return kept(particles, keep);
    }

    static int kept(int particles, double keep) {
        return (int) Math.floor(keep * particles + 1e-9);
    }

    /** The simulations of generation {@code generation}: N for the first, N - alpha N after. */
    public int batchSize(int generation) {
        return generation == 0 ? particles : particles - kept();
    }
}
