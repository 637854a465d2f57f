package sahelsim.model.command;

import sahelsim.map.Grid;
import sahelsim.model.Faction;
import sahelsim.model.Objectives;
import sahelsim.model.TownState;
import sahelsim.model.World;
import sahelsim.scenario.Behaviour;
import sahelsim.scenario.FactionKind;

/**
 * What a town is worth to a faction and whether it lies within reach: its people, a regional capital, a vacated
 * foreign base, the faction's home areas, and the pull of the faction's objective, which lies within reach
 * however far it is.
 */
public final class TargetWorth {

    private static final double VACATED_REACH_KM = 100;
    /** What a faction's objective adds to a town's worth at full stake: about a regional capital held by an enemy. */
    private static final double OBJECTIVE_VALUE = 6;

    private final World world;
    private final Faction faction;
    private final int f;
    private final Behaviour behaviour;
    private final Grid grid;

    public TargetWorth(World world, Faction faction) {
        this.world = world;
        this.faction = faction;
        this.f = faction.index();
        this.behaviour = faction.behaviour();
        this.grid = world.grid();
    }

    /** How distance discounts a target at a town: out of reach beyond twice the range, unless it is the objective. */
    double distanceFactor(double cost, int town) {
        return cost > 2 * behaviour.rangeKm() && objectivePull(town) == 0 ? 0 : 1 / (1 + cost / behaviour.rangeKm());
    }

    /**
     * How strongly the faction's objective draws it to a town: the stake at the objective itself, falling to
     * half of it at {@link Objectives#REACH_KM} and to nothing beyond.
     */
    double objectivePull(int town) {
        int objective = world.objectives().town(f);
        if (objective < 0) {
            return 0;
        }
        double km = grid.kmApprox(world.town(objective).cell(), world.town(town).cell());
        return km > Objectives.REACH_KM ? 0 : world.objectives().stake(f) * (1 - 0.5 * km / Objectives.REACH_KM);
    }

    /** What a town is worth to the faction, its objective's pull included. */
    double value(TownState t) {
        return worth(t) + OBJECTIVE_VALUE * objectivePull(t.index());
    }

    /**
     * What a town is worth to the faction in itself, whatever its objective: people, a regional capital, a vacated
     * base near it, its home areas; the state counts every town held against it as its own to recover.
     */
    public double worth(TownState t) {
        double v = 1 + Math.sqrt(t.town().population() / 10000.0);
        if (t.town().capital()) {
            v += 1.5;
        }
        if (nearVacatedBase(t)) {
            v += 1.0;
        }
        if (world.inHomeArea(f, t.cell())) {
            v += 1.0;
        }
        if (faction.kind() == FactionKind.STATE && t.holder() >= 0 && world.relations().hostile(f, t.holder())) {
            v += 2.0;
        }
        return v;
    }

    /**
     * A foreign base was vacated at the town or within {@link #VACATED_REACH_KM}: violence clusters around the
     * sites foreign forces leave (mali-facts 5, fact 1).
     */
    private boolean nearVacatedBase(TownState t) {
        for (TownState other : world.towns()) {
            if (other.vacatedBase() && grid.kmApprox(other.cell(), t.cell()) <= VACATED_REACH_KM) {
                return true;
            }
        }
        return false;
    }

    /** The state claims every town; other factions claim the towns of their home areas. */
    boolean claims(TownState t) {
        return faction.kind() == FactionKind.STATE || world.inHomeArea(f, t.cell());
    }
}
