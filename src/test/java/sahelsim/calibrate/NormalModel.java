package sahelsim.calibrate;

import ec.util.MersenneTwisterFast;
import java.util.List;
import java.util.Map;
import sahelsim.calibrate.abc.AbcSettings;
import sahelsim.calibrate.abc.AdaptivePmc;
import sahelsim.calibrate.abc.Distance;
import sahelsim.calibrate.abc.Prior;
import sahelsim.calibrate.abc.Simulator;
import sahelsim.model.Seeds;

/**
 * A calibration of a model whose runs take no time: the mean of 10 draws from N(theta, 1) against an observed 1.2,
 * with a second, useless parameter, for tests of the runner's files, threads, resumes and shards.
 */
final class NormalModel {

    static final Simulator SAMPLE_MEAN = (theta, seed) -> {
        MersenneTwisterFast random = Seeds.generator(seed);
        double sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += theta[0] + random.nextGaussian();
        }
        return new double[] {sum / 10, theta[1]};
    };

    static final Distance FROM_OBSERVED = stats -> Math.abs(stats[0] - 1.2);

    private NormalModel() {
    }

    static Calibration calibration(int particles, int generations, int predictive, Simulator simulator) {
        AdaptivePmc abc = new AdaptivePmc(List.of(new Prior.Normal(0, 2), new Prior.LogUniform(0.01, 1)),
                new AbcSettings(particles, 0.5, generations, 0, 99));
        return new Calibration("normal", List.of("theta", "nuisance"), abc, List.of("mean", "nuisance"), simulator,
                FROM_OBSERVED, predictive, Map.of("model", "normal mean", "particles", Integer.toString(particles)));
    }

    static Calibration calibration(int particles, int generations, int predictive) {
        return calibration(particles, generations, predictive, SAMPLE_MEAN);
    }

    static CalibrationRunner runner(Calibration c) {
        return new CalibrationRunner(c, Map.of("generations", "test"));
    }
}
