package sahelsim.calibrate.posterior;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import sahelsim.calibrate.abc.Population;
import sahelsim.calibrate.abc.Populations;
import sahelsim.model.Seeds;

/** A hindcast run's parameters from a posterior: drawn by weight from the run's seed, or one point for every run. */
class PosteriorParametersTest {

    private static final int RUNS = 2000;

    private static int[] drawCounts(Population posterior) {
        PosteriorParameters parameters = new PosteriorParameters(posterior, 1, ParameterChoice.DRAW);
        int[] counts = new int[posterior.size()];
        for (int i = 0; i < RUNS; i++) {
            counts[Integer.parseInt(parameters.forRun(Seeds.derive(7, i)).particle())]++;
        }
        return counts;
    }

    @Test
    void aParticleOfWeightZeroIsNeverDrawn() {
        // The last particle weightless: a draw past the others' rounded sum must not fall to it.
        int[] counts = drawCounts(Populations.of(new double[] {0, 0.5, 0.5, 0},
                new double[][] {{1}, {2}, {3}, {4}}));
        assertEquals(0, counts[0]);
        assertEquals(0, counts[3]);
        assertEquals(RUNS, counts[1] + counts[2]);
    }

    @Test
    void theDrawsFollowTheWeights() {
        int[] counts = drawCounts(Populations.of(new double[] {0.9, 0.1}, new double[][] {{1}, {2}}));
        // Binomial(2000, 0.9): sd 13.4, so 1800 +- 60 is more than four sd either side.
        assertTrue(Math.abs(counts[0] - 1800) < 60, counts[0] + " of " + RUNS + " runs drew the first particle");
    }

    @Test
    void aRunDrawsFromItsSeedAloneAndNotWithTheModelsStream() {
        Population posterior = Populations.of(new double[] {0.25, 0.25, 0.25, 0.25},
                new double[][] {{1}, {2}, {3}, {4}});
        PosteriorParameters parameters = new PosteriorParameters(posterior, 1, ParameterChoice.DRAW);
        long seed = Seeds.derive(1, 3);
        assertEquals(parameters.forRun(seed).particle(), new PosteriorParameters(posterior, 1, ParameterChoice.DRAW)
                .forRun(seed).particle());
        // The draw's generator is not the run's: the model's first draw from its own seed tells nothing of it.
        assertNotEquals(Seeds.generator(seed).nextDouble(),
                Seeds.generator(Seeds.derive(seed, PosteriorParameters.DRAW_STREAM)).nextDouble());
    }

    @Test
    void thePointsAreTheWeightedMeanAndMedian() {
        Population posterior = Populations.of(new double[] {0.75, 0.25, 0},
                new double[][] {{1, 10}, {3, 20}, {100, 1000}});
        RunParameters mean = new PosteriorParameters(posterior, 2, ParameterChoice.MEAN).forRun(99);
        assertEquals("mean", mean.particle());
        assertArrayEquals(new double[] {1.5, 12.5}, mean.values(), 1e-12);
        RunParameters median = new PosteriorParameters(posterior, 2, ParameterChoice.MEDIAN).forRun(99);
        assertEquals("median", median.particle());
        assertArrayEquals(new double[] {1, 10}, median.values(), 0);
        assertArrayEquals(mean.values(), new PosteriorParameters(posterior, 2, ParameterChoice.MEAN).forRun(5)
                .values(), 0, "every run uses the same point");
    }
}
