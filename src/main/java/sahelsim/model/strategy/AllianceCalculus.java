package sahelsim.model.strategy;

import sahelsim.scenario.AllianceParams;
import sahelsim.scenario.CoalitionLevel;

/**
 * Whether armed groups ally, and how closely, after F. Christia, Alliance Formation in Civil Wars (Cambridge UP,
 * 2012): alliances follow relative power, not identity. Each member weighs the coalition against the strongest
 * enemy all members share (balancing against the strongest threat, with a shared enemy as the condition). A group
 * seeks allies only while it cannot face that enemy alone ({@code needRatio}); its gain is the share of the enemy's
 * power the coalition adds to its own (capped where the coalition matches the enemy: beyond that, a larger
 * coalition only shares the spoils, so groups seek the smallest coalition that wins); its cost is the
 * ideological distance between the partners, less for a tactical alliance than for one flag. A coalition forms at
 * the closest level every member accepts, and breaks up when the balance shifts: a member grown strong enough to
 * stand alone, or whose gain falls well below its cost, leaves.
 */
public final class AllianceCalculus {

    private final AllianceParams params;

    public AllianceCalculus(AllianceParams params) {
        this.params = params;
    }

    /**
     * The level the coalition should be at.
     *
     * @param powers   each member's power (fighters times quality) on the map
     * @param threat   the power of the strongest enemy all members share; 0 when they share none
     * @param distance the ideological distance between the members, 0 to 1
     * @param most     the closest level the scenario allows
     * @param now      the level it is at
     */
    public CoalitionLevel level(double[] powers, double threat, double distance, CoalitionLevel most,
                                CoalitionLevel now) {
        if (threat <= 0 || most == CoalitionLevel.NONE) {
            return CoalitionLevel.NONE;
        }
        if (now != CoalitionLevel.NONE && acceptable(powers, threat, distance, now, params.stayShare())) {
            return most == CoalitionLevel.FULL && acceptable(powers, threat, distance, CoalitionLevel.FULL, 1)
                    ? CoalitionLevel.FULL : now;
        }
        if (most == CoalitionLevel.FULL && acceptable(powers, threat, distance, CoalitionLevel.FULL, 1)) {
            return CoalitionLevel.FULL;
        }
        return acceptable(powers, threat, distance, CoalitionLevel.TACTICAL, 1) ? CoalitionLevel.TACTICAL
                : CoalitionLevel.NONE;
    }

    /** Every member needs allies and gains more than {@code share} of what the level costs it. */
    private boolean acceptable(double[] powers, double threat, double distance, CoalitionLevel level, double share) {
        double together = 0;
        for (double p : powers) {
            together += p;
        }
        double cost = cost(distance, level);
        for (double p : powers) {
            if (p >= params.needRatio() * threat || gain(p, together, threat) <= share * cost) {
                return false;
            }
        }
        return true;
    }

    /** The share of the enemy's power a member gains by joining: the coalition's standing less its own, each capped at 1. */
    static double gain(double own, double together, double threat) {
        return Math.min(1, together / threat) - Math.min(1, own / threat);
    }

    double cost(double distance, CoalitionLevel level) {
        double full = params.ideologyCost() * distance;
        return level == CoalitionLevel.FULL ? full : full * params.tacticalCostShare();
    }
}
