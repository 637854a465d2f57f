package sahelsim.sweep.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sahelsim.sweep.SweepLoader;
import sahelsim.sweep.SweepPlan;
import sahelsim.sweep.SweepRun;
import sahelsim.sweep.design.SaltelliDesign;

/**
 * Common random numbers on Ishigami plus a fourth parameter that leaves the mean alone, and noise drawn from each
 * run's seed as a sweep seeds its runs, of standard deviation 1.5 x (0.75 + x4/2): the fourth parameter changes the
 * noise's size, as a model's parameters do, so shared seeds cancel it only in part. Sharing the seeds within each
 * Saltelli block takes most of the noise out of the differences the estimators take, and the fourth parameter's
 * total index falls from about the noise floor (0.075) to about 0.002.
 */
class CommonRandomNumbersTest {

    private static final double SIGMA = 1.5;
    private static final int REPLICATIONS = 2;

    private static SweepPlan plan(Path dir, long seed, String crn) throws IOException {
        Path file = Files.writeString(dir.resolve("crn.yaml"), """
                name: crn
                base: %s
                design: sobol
                samples: 256
                replications: %d
                seed: %d
                %s
                parameters:
                  wagner.strength: {min: 0, max: 4000}
                  wagner.abuse: {min: 0.0, max: 0.5}
                  civilians.legitimacy: {min: 0.25, max: 0.65}
                  combat.attrition: {min: 0.02, max: 0.1}
                outcomes: [fatalities_total]
                """.formatted(Path.of("scenarios/historical-2022.yaml").toAbsolutePath(), REPLICATIONS, seed, crn));
        return SweepPlan.of(SweepLoader.shipped().load(file));
    }

    /** Ishigami of the point's first three coordinates plus noise from the run's seed, in design order. */
    private static double[] runs(SweepPlan plan) {
        double[] y = new double[(int) plan.runCount()];
        for (long id = 0; id < y.length; id++) {
            SweepRun run = plan.run(id);
            SplittableRandom noise = new SplittableRandom(run.seed());
            double u = noise.nextDouble();
            double v = noise.nextDouble();
            double gaussian = Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
            double[] unit = plan.unit(run.point());
            y[run.point() * REPLICATIONS + run.replicate()] = Ishigami.at(unit)
                    + SIGMA * (0.75 + unit[3] / 2) * gaussian;
        }
        return y;
    }

    private static SobolIndex inert(SweepPlan plan) {
        SobolAnalysis analysis = new SobolAnalysis((SaltelliDesign) plan.design(), new Bootstrap(200, 9));
        double[] byRun = runs(plan);
        SobolIndices result = analysis.analyze(PointMeans.of(byRun, REPLICATIONS),
                NoiseFloor.varianceOfPointMeans(byRun, REPLICATIONS));
        double[] total = result.indices().stream().mapToDouble(SobolIndex::total).toArray();
        assertTrue(total[0] > total[1] && total[1] > total[2], java.util.Arrays.toString(total));
        return result.indices().get(3);
    }

    @Test
    void sharingSeedsWithinEachBlockShrinksTheNoisyParametersTotalIndex(@TempDir Path dir) throws IOException {
        for (long seed = 1; seed <= 3; seed++) {
            SweepPlan shared = plan(dir, seed, "");
            assertTrue(shared.spec().commonRandomNumbers(), "on by default for sobol");
            assertEquals(shared.run(0).seed(), shared.run(2 * REPLICATIONS).seed(), "one block, one seed per replicate");
            SobolIndex with = inert(shared);
            SobolIndex without = inert(plan(dir, seed, "commonRandomNumbers: false"));
            assertTrue(without.total() > 0.04 && without.totalConfidence().low() > 0, "seed " + seed
                    + ": own seeds leave the noise in S_T: " + without);
            assertTrue(Math.abs(with.total()) < 0.01 && with.total() < without.total() / 4, "seed " + seed
                    + ": with " + with + ", without " + without);
        }
    }
}
