package sahelsim.calibrate.posterior;

import sahelsim.calibrate.abc.Population;
import sahelsim.model.Seeds;

/**
 * The parameter values of each hindcast run from a calibration's final population: a particle drawn by weight with a
 * generator seeded from the run's own seed (so that a run draws the same particle whatever the threads, and the
 * draws follow from the hindcast's seed as the calibration's predictive draws follow from its), or one point of the
 * posterior for every run.
 */
public final class PosteriorParameters {

    /**
     * The draw's seed derives from the run's seed as its index 1,000,000, as the calibration's predictive runs derive
     * theirs (CalibrationRunner.PREDICTIVE_STREAM): the model's own streams of the run never reach that index.
     */
    static final int DRAW_STREAM = 1_000_000;

    private final Population posterior;
    private final ParameterChoice choice;
    private final RunParameters point;

    public PosteriorParameters(Population posterior, int parameters, ParameterChoice choice) {
        this.posterior = posterior;
        this.choice = choice;
        this.point = choice == ParameterChoice.DRAW ? null : point(posterior, parameters, choice);
    }

    private static RunParameters point(Population posterior, int parameters, ParameterChoice choice) {
        double[] values = new double[parameters];
        for (int d = 0; d < parameters; d++) {
            values[d] = choice == ParameterChoice.MEAN ? posterior.mean(d) : posterior.quantile(d, 0.5);
        }
        return new RunParameters(choice.word(), values);
    }

    /** The values the run of seed {@code runSeed} uses. */
    public RunParameters forRun(long runSeed) {
        if (point != null) {
            return point;
        }
        double u = Seeds.generator(Seeds.derive(runSeed, DRAW_STREAM)).nextDouble();
        int rank = posterior.drawn(u);
        return new RunParameters(Integer.toString(rank), posterior.particles().get(rank).values());
    }

    public ParameterChoice choice() {
        return choice;
    }
}
