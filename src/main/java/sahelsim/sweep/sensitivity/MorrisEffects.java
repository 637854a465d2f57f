package sahelsim.sweep.sensitivity;

import java.util.List;

/**
 * Morris measures of every parameter for one outcome.
 *
 * @param trajectoriesUsed trajectories whose k + 1 runs all have a value (the others are left out)
 */
public record MorrisEffects(int trajectoriesUsed, List<MorrisEffect> effects) {

    public MorrisEffects {
        effects = List.copyOf(effects);
    }
}
