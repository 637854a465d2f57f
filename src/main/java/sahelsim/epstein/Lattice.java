package sahelsim.epstein;

import sahelsim.model.rebellion.RebellionRules;

/**
 * The world of Model I: a torus of sites, how densely citizens ("agents" in the paper) and cops fill it, how far
 * each sees, and the rules they follow.
 *
 * @param agentDensity the share of sites holding a citizen at the start (paper: 0.7)
 * @param copDensity   the share of sites holding a cop (paper: 0.04)
 * @param agentVision  v, lattice steps a citizen inspects (paper: 7)
 * @param copVision    v*, lattice steps a cop inspects (paper: 7)
 */
public record Lattice(int width, int height, double agentDensity, double copDensity, int agentVision, int copVision,
                      RebellionRules rules) {

    public Lattice {
        if (!(agentDensity >= 0 && copDensity >= 0 && agentDensity + copDensity <= 1)) {
            throw new IllegalArgumentException("densities: expected citizen and cop densities of 0 or more adding up to "
                    + "at most 1, got " + agentDensity + " and " + copDensity);
        }
        int largest = new Torus(width, height).largestVision();
        if (agentVision < 1 || agentVision > largest || copVision < 1 || copVision > largest) {
            throw new IllegalArgumentException("vision: expected 1 to " + largest + " sites on a " + width + " x "
                    + height + " torus, got " + agentVision + " (citizens) and " + copVision + " (cops)");
        }
    }

    /** Run 1 of the paper: a 40 x 40 torus, densities 0.7 and 0.04, vision 7 for both, T 0.1, k 2.3, J_max 30. */
    public static Lattice paper() {
        return new Lattice(40, 40, 0.7, 0.04, 7, 7, RebellionRules.paper());
    }

    public Lattice withRules(RebellionRules newRules) {
        return new Lattice(width, height, agentDensity, copDensity, agentVision, copVision, newRules);
    }

    public int citizens() {
        return (int) Math.round(agentDensity * width * height);
    }

    public int cops() {
        return (int) Math.round(copDensity * width * height);
    }
}
