package sahelsim.model.rebellion;

import ec.util.MersenneTwisterFast;

/**
 * The decision rules of Epstein's Model I (PNAS 99 suppl. 3, 2002, pp. 7244-7245), apart from any lattice: a
 * civilian's grievance, its estimate of the probability of arrest, whether it goes active, and the jail term a cop
 * hands out. The Mali model's civilians use the same rules on communities rather than lattice sites.
 *
 * @param threshold      T: how far grievance must exceed net risk for a civilian to go active (paper: 0.1)
 * @param arrestConstant k: set so that one cop and one active give an estimate of 0.9, 1 - exp(-2.3) (paper: 2.3)
 * @param maxJailTerm    J_max: jail terms are drawn from U(0, J_max), in steps (paper: 30 in the runs shown)
 * @param ratio          how the ratio of cops to actives C/A enters the arrest estimate
 */
public record RebellionRules(double threshold, double arrestConstant, int maxJailTerm, CopRatio ratio) {

    /**
     * How the ratio of cops to actives enters the arrest estimate. The paper prints the quotient C/A; read that way
     * its Run 1 shows no outbursts at all (docs/epstein.md has the runs). Read as the whole number of cops per active,
     * floor(C/A), as NetLogo's Rebellion does (its Info tab: without it "the model does not exhibit punctuated
     * equilibrium") and as integer division of the two counts would compute it, the paper's figures come back:
     * the estimate is then 0 wherever actives outnumber cops, which is what lets an outburst feed on itself.
     */
    public enum CopRatio {
        /** floor(C/A): whole cops per active. */
        WHOLE,
        /** C/A as a real number, as the paper prints the formula. */
        EXACT
    }

    public RebellionRules {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold T: expected a number from 0 to 1, got " + threshold);
        }
        if (!(arrestConstant > 0 && Double.isFinite(arrestConstant))) {
            throw new IllegalArgumentException("arrest constant k: expected a number above 0, got " + arrestConstant);
        }
        if (maxJailTerm < 0) {
            throw new IllegalArgumentException("maximum jail term: expected 0 or more steps, got " + maxJailTerm);
        }
        if (ratio == null) {
            throw new IllegalArgumentException("cop ratio: expected WHOLE or EXACT");
        }
    }

    /** The paper's values, T = 0.1, k = 2.3, J_max = 30, with the ratio read as whole cops per active. */
    public static RebellionRules paper() {
        return new RebellionRules(0.1, 2.3, 30, CopRatio.WHOLE);
    }

    public RebellionRules withRatio(CopRatio newRatio) {
        return new RebellionRules(threshold, arrestConstant, maxJailTerm, newRatio);
    }

    /** Grievance G = H (1 - L): hardship H in [0, 1] not excused by the regime's legitimacy L in [0, 1]. */
    public static double grievance(double hardship, double legitimacy) {
        return hardship * (1 - legitimacy);
    }

    /**
     * The estimated arrest probability P = 1 - exp(-k (C/A)_v) with C the cops and A the actives within vision.
     * The civilian deciding counts itself among the actives, as if it went active, so A is at least 1 and the ratio
     * is always defined: one lone cop and the civilian alone give 0.9. With {@link CopRatio#WHOLE} the ratio is
     * rounded down, with {@link CopRatio#EXACT} it is the real quotient.
     */
    public double arrestProbability(int copsInVision, int activesInVisionCountingSelf) {
        if (copsInVision < 0) {
            throw new IllegalArgumentException("cops in vision: expected 0 or more, got " + copsInVision);
        }
        int actives = Math.max(1, activesInVisionCountingSelf);
        double copsPerActive = ratio == CopRatio.WHOLE ? copsInVision / actives : (double) copsInVision / actives;
        return copsPerActive == 0 ? 0 : 1 - Math.exp(-arrestConstant * copsPerActive);
    }

    /** Rule A: active when grievance less net risk, G - R P, exceeds the threshold T; quiet otherwise. */
    public boolean activates(double grievance, double riskAversion, double arrestProbability) {
        return grievance - riskAversion * arrestProbability > threshold;
    }

    /** A jail term drawn from U(0, J_max) in whole steps, both ends included. */
    public int jailTerm(MersenneTwisterFast random) {
        return random.nextInt(maxJailTerm + 1);
    }
}
