package sahelsim.model.command;

import sahelsim.map.Grid;
import sahelsim.model.Faction;
import sahelsim.model.TownState;
import sahelsim.model.World;
import sahelsim.model.agents.ArmedUnit;
import sahelsim.model.agents.Garrison;
import sahelsim.model.agents.Mission;
import sahelsim.model.mechanics.Combat;
import sahelsim.model.mechanics.UnitOrders;
import sahelsim.model.mechanics.Violence;
import sahelsim.scenario.Behaviour;

/**
 * What a faction's units do with their missions: whether one on the way keeps going, what it does on arrival,
 * and how long it stays at it. Attacks, raids and occupations are {@link Assault}'s.
 */
public final class MissionExecution implements UnitOrders {

    private static final int EXPAND_DAYS = 60;
    private static final int BLOCKADE_DAYS = 240;
    private static final int AMBUSH_DAYS = 60;
    private static final int CLEAR_DAYS = 14;
    private static final int DEFEND_DAYS = 30;
    private static final int RECRUIT_DAYS = 90;
    /**
     * A faction that does not recruit among the people (the state, whose recruits go to its garrisons first;
     * contractors) rests its weak units this long, then sends them out again.
     */
    private static final int REFIT_DAYS = 30;

    private final World world;
    private final Faction faction;
    private final int f;
    private final Behaviour behaviour;
    private final Grid grid;
    private final Combat combat;
    private final Violence violence;
    private final Assault assault;
    private final RecruitUse recruits;

    public MissionExecution(World world, Faction faction, Combat combat, Violence violence, Assault assault,
                            RecruitUse recruits) {
        this.world = world;
        this.faction = faction;
        this.f = faction.index();
        this.behaviour = faction.behaviour();
        this.grid = world.grid();
        this.combat = combat;
        this.violence = violence;
        this.assault = assault;
        this.recruits = recruits;
    }

    /** Gives a unit a mission; one already standing at its target acts on arrival at once. */
    void send(ArmedUnit u, Mission mission, int town, int cell, int link) {
        u.assign(mission, town, cell, link);
        if (u.arrived()) {
            arrive(u);
        }
    }

    @Override
    public void arrive(ArmedUnit u) {
        TownState t = u.targetTown() >= 0 ? world.town(u.targetTown()) : null;
        switch (u.mission()) {
            case ATTACK, RAID -> assault.strike(u, t);
            case OCCUPY -> assault.occupy(u, t);
            case EXPAND, CLEAR -> {
                violence.operation(u, u.cell());
                if (u.mission() == Mission.CLEAR) {
                    engageNearby(u);
                }
            }
            case REINFORCE -> {
                Garrison g = world.garrisonOf(f, u.targetTown());
                int needed = g == null ? 0 : 2 * world.scenario().supply().minGarrison() - g.troops();
                if (needed > 0) {
                    g.addTroops(u.removeStrength(needed));
                }
            }
            case RETREAT -> send(u, Mission.RECRUIT, u.homeTown(), u.cell(), -1);
            default -> {
                // Blockades, ambushes, defence and recruitment begin by standing where they arrived.
            }
        }
    }

    private void engageNearby(ArmedUnit u) {
        if (u.inBattle() || !u.alive()) {
            return;
        }
        ArmedUnit target = null;
        double reach = 3 * world.scenario().combat().engagementKm();
        for (ArmedUnit v : world.units()) {
            if (v.alive() && !v.inBattle() && world.relations().hostile(f, v.faction())
                    && grid.kmApprox(u.cell(), v.cell()) <= reach
                    && (target == null || v.strength() > target.strength())) {
                target = v;
            }
        }
        if (target != null && world.random().nextDouble() < combat.detection(f, target.cell())) {
            combat.clash(u, target);
        }
    }

    @Override
    public void stay(ArmedUnit u) {
        TownState t = u.targetTown() >= 0 ? world.town(u.targetTown()) : null;
        int days = u.missionDays();
        switch (u.mission()) {
            case ATTACK, RAID -> assault.strike(u, t);
            case BLOCKADE -> {
                if (days > BLOCKADE_DAYS || t.holder() < 0 || !world.relations().hostile(f, t.holder())) {
                    u.idle();
                }
            }
            case AMBUSH -> endAfter(u, AMBUSH_DAYS);
            case EXPAND -> endAfter(u, EXPAND_DAYS);
            case CLEAR -> {
                engageNearby(u);
                endAfter(u, CLEAR_DAYS);
            }
            case DEFEND, REINFORCE -> endAfter(u, DEFEND_DAYS);
            case RECRUIT -> {
                u.addStrength(recruits.takeRecruits(Math.max(0, behaviour.bandSize() - u.strength())));
                boolean waitsForRecruits = faction.armedGroup() && behaviour.recruitment() > 0;
                if (u.strength() >= 0.9 * behaviour.bandSize() || days > (waitsForRecruits ? RECRUIT_DAYS : REFIT_DAYS)) {
                    u.idle();
                }
            }
            default -> u.idle();
        }
    }

    private static void endAfter(ArmedUnit u, int days) {
        if (u.missionDays() > days) {
            u.idle();
        }
    }

    @Override
    public boolean stillValid(ArmedUnit u) {
        if (u.targetTown() < 0) {
            return true;
        }
        TownState t = world.town(u.targetTown());
        return switch (u.mission()) {
            case ATTACK, RAID, BLOCKADE -> t.holder() >= 0 ? world.relations().hostile(f, t.holder())
                    : u.mission() == Mission.ATTACK;
            case OCCUPY -> t.holder() < 0 || world.relations().hostile(f, t.holder());
            default -> true;
        };
    }
}
