package sahelsim.model.strategy;

import sahelsim.model.Relations;
import sahelsim.model.World;
import sahelsim.model.agents.ArmedUnit;
import sahelsim.model.agents.Garrison;

/**
 * What each faction's fighters weigh, as the factions see it: fighters on the map, in garrisons and units, times
 * their quality. The strongest threat a group of factions shares is the heaviest bloc at war with all of them: a
 * faction at war with every one of them, with its allies that are at war with every one of them too.
 */
public final class PowerBalance {

    private final World world;

    public PowerBalance(World world) {
        this.world = world;
    }

    /** Each faction's power now (0 off the map). */
    public double[] powers() {
        int n = world.factions().size();
        double[] fighters = new double[n];
        for (Garrison g : world.garrisons()) {
            fighters[g.faction()] += g.troops();
        }
        for (ArmedUnit u : world.units()) {
            if (u.alive()) {
                fighters[u.faction()] += u.strength();
            }
        }
        double[] power = new double[n];
        for (int f = 0; f < n; f++) {
            power[f] = world.onMap(f) ? fighters[f] * world.faction(f).behaviour().quality() : 0;
        }
        return power;
    }

    /** The power of the heaviest bloc at war with every one of {@code members}; 0 when they share no enemy. */
    public double sharedThreat(int[] members, double[] power) {
        Relations rel = world.relations();
        double heaviest = 0;
        for (int e = 0; e < power.length; e++) {
            if (power[e] <= 0 || !atWarWithAll(rel, e, members)) {
                continue;
            }
            double bloc = 0;
            for (int x = 0; x < power.length; x++) {
                if (power[x] > 0 && (x == e || rel.allied(x, e)) && atWarWithAll(rel, x, members)) {
                    bloc += power[x];
                }
            }
            heaviest = Math.max(heaviest, bloc);
        }
        return heaviest;
    }

    private static boolean atWarWithAll(Relations rel, int faction, int[] members) {
        for (int m : members) {
            if (m == faction || !rel.hostile(m, faction)) {
                return false;
            }
        }
        return true;
    }
}
