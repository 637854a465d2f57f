package sahelsim.sweep.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import sahelsim.sweep.design.SaltelliDesign;

/**
 * Ishigami plus noise: the three Ishigami parameters and a fourth that does nothing, each design point run twice
 * with its own noise N(0, 1.5²), the analysis on the points' means, as a sweep's analysis works.
 */
class NoiseFloorTest {

    private static final double SIGMA = 1.5;
    private static final int REPLICATIONS = 2;

    /** Every run of the design, in run-id order (run = point x replications + replicate). */
    private static double[] runs(SaltelliDesign design, long seed) {
        double[][] points = design.points();
        SplittableRandom noise = new SplittableRandom(seed);
        double[] y = new double[points.length * REPLICATIONS];
        for (int p = 0; p < points.length; p++) {
            for (int r = 0; r < REPLICATIONS; r++) {
                y[p * REPLICATIONS + r] = Ishigami.at(points[p]) + SIGMA * gaussian(noise);
            }
        }
        return y;
    }

    private static double gaussian(SplittableRandom random) {
        double u = random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
    }

    @Test
    void theReplicatesGiveTheNoiseVarianceOfAMean() {
        SaltelliDesign design = new SaltelliDesign(256, 4);
        assertEquals(SIGMA * SIGMA / REPLICATIONS, NoiseFloor.varianceOfPointMeans(runs(design, 3), REPLICATIONS),
                0.1);
        assertTrue(Double.isNaN(NoiseFloor.varianceOfPointMeans(new double[] {1, 2, 3}, 1)), "one replication");
    }

    /**
     * Without the floor the inert parameter looks influential: its S_T is about the floor, (σ²/R) / V(Y) = 0.075,
     * and its interval excludes 0. Against the floor it is marked, while the three real parameters are not and
     * keep their order (S_T = 0.56, 0.44, 0.24 without noise).
     */
    @Test
    void theInertParameterIsMarkedAndTheRealOnesKeepTheirOrder() {
        SaltelliDesign design = new SaltelliDesign(256, 4);
        SobolAnalysis analysis = new SobolAnalysis(design, new Bootstrap(300, 9));
        for (long seed = 1; seed <= 5; seed++) {
            double[] byRun = runs(design, seed);
            SobolIndices result = analysis.analyze(PointMeans.of(byRun, REPLICATIONS),
                    NoiseFloor.varianceOfPointMeans(byRun, REPLICATIONS));
            SobolIndex inert = result.indices().get(3);
            assertTrue(inert.totalConfidence().low() > 0, "seed " + seed + ": the noise alone lifts S_T above 0: "
                    + inert);
            assertEquals(0.075, result.totalNoiseFloor(), 0.02, "seed " + seed);
            assertTrue(result.belowNoise(inert), "seed " + seed + ": inert " + inert + ", floor "
                    + result.totalNoiseFloor());
            for (int i = 0; i < 3; i++) {
                assertFalse(result.belowNoise(result.indices().get(i)), "seed " + seed + ": x" + (i + 1) + " "
                        + result.indices().get(i));
            }
            double[] total = result.indices().stream().mapToDouble(SobolIndex::total).toArray();
            assertTrue(total[0] > total[1] && total[1] > total[2] && total[2] > total[3], "seed " + seed + ": order "
                    + java.util.Arrays.toString(total));
        }
    }
}
