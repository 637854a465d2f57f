package sahelsim.sweep.sensitivity;

/**
 * Morris' screening measures of one parameter for one outcome, from its elementary effects
 * EE = (f(x + Δe_i) - f(x)) / Δ, in outcome units per unit of the parameter's range (the unit cube):
 * mu, their mean (Morris 1991); mu*, the mean of their absolute values, which effects of opposite signs cannot
 * cancel (Campolongo, Cariboni and Saltelli 2007); sigma, their standard deviation, large when the effect depends
 * on the parameter's value or on the other parameters (non-linearity or interactions).
 *
 * @param parameter the parameter's position among the design's dimensions (from 0)
 */
public record MorrisEffect(int parameter, double mu, double muStar, double sigma, Interval muStarConfidence) {
}
