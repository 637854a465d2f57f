package sahelsim.sweep.sensitivity;

import java.util.List;

/**
 * Sobol indices of every parameter for one outcome.
 *
 * @param baseSamplesUsed the base samples whose k + 2 runs all have a value (the others are left out)
 * @param variance        the outcome's variance over the A and B points used
 * @param totalNoiseFloor the total index a parameter that does nothing gets from run-to-run noise alone
 *                        ({@link NoiseFloor}); NaN when the noise is unknown (one replication)
 * @param totalRankKept   by parameter, the share of bootstrap resamples in which its total index keeps its rank
 *                        ({@link RankStability}); NaN with fewer than two base samples
 */
public record SobolIndices(int baseSamplesUsed, double variance, double totalNoiseFloor, List<SobolIndex> indices,
                           List<Double> totalRankKept) {

    public SobolIndices {
        indices = List.copyOf(indices);
        totalRankKept = List.copyOf(totalRankKept);
    }

    /**
     * Whether an index cannot be told from noise: its total index's interval reaches down to the noise floor. Such
     * a parameter may still matter, but these runs do not show it.
     */
    public boolean belowNoise(SobolIndex index) {
        return Double.isFinite(totalNoiseFloor) && !(index.totalConfidence().low() > totalNoiseFloor);
    }
}
