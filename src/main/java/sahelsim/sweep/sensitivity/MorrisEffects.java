package sahelsim.sweep.sensitivity;

import java.util.List;

/**
 * Morris measures of every parameter for one outcome.
 *
 * @param trajectoriesUsed trajectories whose k + 1 runs all have a value (the others are left out)
 * @param muStarRankKept   by parameter, the share of bootstrap resamples in which its mu* keeps its rank
 *                         ({@link RankStability}); NaN with fewer than two trajectories
 */
public record MorrisEffects(int trajectoriesUsed, List<MorrisEffect> effects, List<Double> muStarRankKept) {

    public MorrisEffects {
        effects = List.copyOf(effects);
        muStarRankKept = List.copyOf(muStarRankKept);
    }
}
