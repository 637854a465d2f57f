package sahelsim.sweep.sensitivity;

import java.util.List;

/**
 * Sobol indices of every parameter for one outcome.
 *
 * @param baseSamplesUsed the base samples whose k + 2 runs all have a value (the others are left out)
 * @param variance        the outcome's variance over the A and B points used
 */
public record SobolIndices(int baseSamplesUsed, double variance, List<SobolIndex> indices) {

    public SobolIndices {
        indices = List.copyOf(indices);
    }
}
