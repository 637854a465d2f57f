package sahelsim.calibrate.abc;

/**
 * The seam between the ABC and what it calibrates: summary statistics of one simulation from parameter values and
 * a seed. The same values and seed must give the same statistics, whichever thread asks; the ABC needs nothing
 * else of the model, so that it can be checked on models whose posterior is known.
 */
@FunctionalInterface
public interface Simulator {

    /**
     * The statistics of one simulation with {@code parameters} (one per parameter, on its own scale) and
     * {@code seed}. An exception is a failed simulation, recorded with its message.
     */
    double[] simulate(double[] parameters, long seed) throws Exception;
}
