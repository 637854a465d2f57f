package sahelsim.calibrate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sahelsim.calibrate.abc.Population;
import sahelsim.calibrate.abc.Prior;
import sahelsim.sweep.StopRequest;

/**
 * The calibration recovers parameters it is given the answer to: targets made by one run of the model itself at
 * known values (the recruitment of JNIM and of the CSP), calibrated from wide priors, must hold the true
 * values inside the posterior's 90% intervals, and JNIM's, which a month of recruits tells well, must have narrowed
 * from its prior's (the CSP's few dozen recruits a month tell little: its interval narrows only a little). Small here (the
 * historical scenario squeezed into January 2022, 60 particles, 4 generations); the full-size check runs the
 * historical scenario over 2022-2023 with {@code -Dsahelsim.recovery=full} (docs/calibration.md, "Checking the
 * machinery").
 */
class SyntheticRecoveryTest {

    private static final boolean FULL = "full".equals(System.getProperty("sahelsim.recovery"));
    private static final Path BASE = Path.of(FULL ? "scenarios/historical-2022.yaml"
            : "src/test/resources/scenarios/january-2022.yaml").toAbsolutePath();
    private static final double[] TRUTH = {0.011, 0.006};
    private static final long TRUTH_SEED = 424242;

    @TempDir
    Path dir;

    private String targets(double[] observed) {
        String end = FULL ? "2023-12-31" : "2022-01-31";
        return String.format(Locale.ROOT, """
                name: synthetic
                targets:
                  - {id: jnim-recruits, period: fit, how: sum, measure: recruits, by: [jnim], from: 2022-01-01, to: %s, observed: %s, factor: 1.2, source: a run of the model}
                  - {id: csp-recruits, period: fit, how: sum, measure: recruits, by: [csp], from: 2022-01-01, to: %s, observed: %s, factor: 1.5, source: a run of the model}
                """, end, observed[0], end, observed[1]);
    }

    private Path calibration(int particles, int generations) throws IOException {
        return Files.writeString(dir.resolve("synthetic.yaml"), String.format(Locale.ROOT, """
                name: synthetic
                base: %s
                targets: targets.yaml
                fit: fit
                seed: 11
                particles: %d
                keep: 0.5
                generations: %d
                minAcceptance: 0
                predictive: 0
                parameters:
                  factions.jnim.behaviour.recruitment: {prior: log-uniform, min: 0.004, max: 0.02}
                  factions.csp.behaviour.recruitment: {prior: log-uniform, min: 0.0025, max: 0.01}
                """, BASE, particles, generations));
    }

    @Test
    void parametersThatMadeTheTargetsLieInsideThePosteriorsNinetyPercentIntervals() throws Exception {
        int particles = FULL ? 400 : 40;
        int generations = FULL ? 8 : 4;
        Files.writeString(dir.resolve("targets.yaml"), targets(new double[] {1, 1}));
        Path file = calibration(particles, generations);
        CalibrationLoader loader = CalibrationLoader.shipped();
        double[] observed = CalibrationSetup.of(loader.load(file), loader.scenarios()).simulator()
                .simulate(TRUTH, TRUTH_SEED);
        Files.writeString(dir.resolve("targets.yaml"), targets(observed));
        CalibrationSpec spec = loader.load(file);
        Calibration c = CalibrationSetup.of(spec, loader.scenarios());
        CalibrationRunner.Result result = new CalibrationRunner(c, CalibrationSetup.settings(spec)).run(
                dir.resolve("out"), Runtime.getRuntime().availableProcessors(), false, false, new StopRequest(),
                CalibrationRunner.Listener.NONE);
        assertTrue(result.complete(), "failed runs: " + result.failed());
        List<Population> populations = result.history().populations();
        Population posterior = populations.get(populations.size() - 1);
        for (int d = 0; d < TRUTH.length; d++) {
            double low = posterior.quantile(d, 0.05);
            double high = posterior.quantile(d, 0.95);
            String seen = c.parameters().get(d) + ": truth " + TRUTH[d] + ", posterior 90% interval [" + low + ", "
                    + high + "], tolerance " + posterior.tolerance();
            assertTrue(low <= TRUTH[d] && TRUTH[d] <= high, seen);
            if (d == 0) {
                Prior.LogUniform prior = (Prior.LogUniform) c.algorithm().priors().get(d);
                double priorWidth = 0.9 * Math.log(prior.max() / prior.min());
                assertTrue(Math.log(high / low) < 0.6 * priorWidth, "the posterior has not narrowed: " + seen);
            }
        }
    }
}
