package sahelsim.model.command;

import sahelsim.map.Grid;
import sahelsim.model.Faction;
import sahelsim.model.TownState;
import sahelsim.model.World;
import sahelsim.model.agents.ArmedUnit;
import sahelsim.model.agents.Garrison;
import sahelsim.scenario.Behaviour;
import sahelsim.scenario.FactionKind;

/**
 * The strengths a faction weighs before an attack: its own unit's, its allies' nearby, and the defence of a
 * town's hostile garrisons behind their walls, the terrain and their air cover.
 */
public final class Odds {

    private final World world;
    private final int f;
    private final Behaviour behaviour;
    private final Grid grid;

    public Odds(World world, Faction faction) {
        this.world = world;
        this.f = faction.index();
        this.behaviour = faction.behaviour();
        this.grid = world.grid();
    }

    /** Strength a faction can bring against a town's garrisons hostile to it, after shields and air cover. */
    public double defence(TownState t) {
        double d = 0;
        double fort = world.scenario().combat().fortification();
        for (Garrison g : world.garrisonsAt(t.index())) {
            if (world.relations().hostile(f, g.faction())) {
                d += g.troops() * world.faction(g.faction()).behaviour().quality() * (0.5 + 0.5 * g.morale())
                        * (1 + g.fortification() * fort);
            }
        }
        double terrain = 1 + world.scenario().combat().terrainDefence() * (grid.terrain(t.cell()).movementCost() - 1);
        double air = world.airPenaltyAgainst(f, t.cell());
        return d * terrain / Math.max(0.05, 1 - air);
    }

    /** A garrison of a faction not hostile to us is there (peacekeepers): we leave the town alone. */
    public boolean shielded(TownState t) {
        for (Garrison g : world.garrisonsAt(t.index())) {
            if (world.faction(g.faction()).kind() == FactionKind.FOREIGN && !world.relations().hostile(f, g.faction())
                    && g.faction() != f) {
                return true;
            }
        }
        return false;
    }

    double force(ArmedUnit u) {
        return u.strength() * behaviour.quality() * (0.5 + 0.5 * u.morale());
    }

    /** Allied units near a target, at war with its holder, that would join an attack there (as Combat does). */
    double alliedForce(int cell, int holder, ArmedUnit except) {
        double sum = 0;
        double reach = 2 * world.scenario().combat().engagementKm();
        for (ArmedUnit v : world.units()) {
            if (v != except && v.alive() && !v.inBattle() && v.faction() != f
                    && world.relations().allied(v.faction(), f) && world.relations().hostile(v.faction(), holder)
                    && grid.kmApprox(v.cell(), cell) <= reach) {
                sum += v.strength() * world.faction(v.faction()).behaviour().quality();
            }
        }
        return sum;
    }
}
