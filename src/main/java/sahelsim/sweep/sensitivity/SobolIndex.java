package sahelsim.sweep.sensitivity;

/**
 * The Sobol indices of one parameter for one outcome: the first-order index S_i (the share of the outcome's
 * variance the parameter explains alone) and the total index S_Ti (its share including every interaction), each
 * with a bootstrap confidence interval.
 *
 * @param parameter the parameter's position among the design's dimensions (from 0)
 */
public record SobolIndex(int parameter, double firstOrder, Interval firstOrderConfidence, double total,
                         Interval totalConfidence) {
}
