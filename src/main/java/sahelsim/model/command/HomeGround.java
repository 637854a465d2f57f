package sahelsim.model.command;

import java.util.List;
import sahelsim.model.Faction;
import sahelsim.model.TownState;
import sahelsim.model.World;
import sahelsim.model.mechanics.Districts;

/** Where a faction's units rest and new ones form, and how much of a district its enemies hold. */
public final class HomeGround {

    private final World world;
    private final Districts districts;
    private final Faction faction;
    private final int f;

    public HomeGround(World world, Districts districts, Faction faction) {
        this.world = world;
        this.districts = districts;
        this.faction = faction;
        this.f = faction.index();
    }

    /**
     * Where a faction's units rest and new ones form: for armed groups the countryside of a home district
     * (they live among the people, not in the towns the state holds), for the others the town itself.
     */
    int homeCell(int town) {
        return faction.armedGroup() ? districts.ruralCell(town) : world.town(town).cell();
    }

    /** The home district that likes the faction best (first on ties), where new bands form and units rest. */
    int recruitingTown() {
        List<Integer> homes = world.homeTowns(f);
        int best = homes.get(0);
        double bestAffinity = -1;
        for (int t : homes) {
            TownState town = world.town(t);
            if (!faction.armedGroup() && town.holder() >= 0 && world.relations().hostile(town.holder(), f)) {
                continue;
            }
            double a = districts.affinity(t, f) * (1 - 0.8 * hostileShare(t));
            if (a > bestAffinity) {
                bestAffinity = a;
                best = t;
            }
        }
        return best;
    }

    /** Share of a district's people living in cells dominated by factions at war with this one. */
    double hostileShare(int town) {
        double share = 0;
        for (Faction other : world.factions()) {
            if (world.relations().hostile(f, other.index())) {
                share += districts.dominatedShare(town, other.index());
            }
        }
        return Math.min(1, share);
    }
}
