package sahelsim.model.command;

import java.util.ArrayList;
import java.util.List;
import sahelsim.model.EventKind;
import sahelsim.model.Faction;
import sahelsim.model.Relations;
import sahelsim.model.TownState;
import sahelsim.model.Objectives;
import sahelsim.model.World;
import sahelsim.model.agents.ArmedUnit;
import sahelsim.model.agents.Mission;
import sahelsim.model.mechanics.Combat;
import sahelsim.model.mechanics.Violence;
import sahelsim.scenario.Aims;
import sahelsim.scenario.Behaviour;
import sahelsim.scenario.CoalitionLevel;
import sahelsim.scenario.FactionKind;

/**
 * Taking a town. An assault gathers nearby idle units of the faction and of the allies it plans with until the
 * odds are good, waits for them, then strikes together with every allied unit there; a full coalition plans as
 * one. An attack that finds the town empty occupies it, an occupation that finds it held by an enemy attacks.
 */
public final class Assault {

    private static final double STRONG_ODDS = 1.5;
    private static final int MAX_EXTRA_UNITS = 4;
    /** The most units an offensive on an objective brings against the town: the lead and twice the extra units. */
    public static final int OFFENSIVE_UNITS = 1 + 2 * MAX_EXTRA_UNITS;
    private static final int ASSEMBLY_DAYS = 7;

    private final World world;
    private final Faction faction;
    private final int f;
    private final Behaviour behaviour;
    private final Aims aims;
    private final Combat combat;
    private final Violence violence;
    private final Odds odds;
    private final TargetWorth worth;

    public Assault(World world, Faction faction, Combat combat, Violence violence, Odds odds, TargetWorth worth) {
        this.world = world;
        this.faction = faction;
        this.f = faction.index();
        this.behaviour = faction.behaviour();
        this.aims = behaviour.aims();
        this.combat = combat;
        this.violence = violence;
        this.odds = odds;
        this.worth = worth;
    }

    /** Sends more idle units, of the faction and of allies it plans with, to an assault with poor odds. */
    void gather(ArmedUnit lead, int town) {
        TownState t = world.town(town);
        double d = Math.max(1, odds.defence(t));
        double force = odds.force(lead);
        int extra = 0;
        List<ArmedUnit> candidates = new ArrayList<>();
        for (ArmedUnit v : world.units()) {
            if (canJoinAssault(v, lead, town)) {
                candidates.add(v);
            }
        }
        candidates.sort((a, b) -> Double.compare(world.costTo(a.cell(), town), world.costTo(b.cell(), town)));
        int most = mostExtraUnits(town);
        for (ArmedUnit v : candidates) {
            if (force / d >= STRONG_ODDS || extra >= most) {
                break;
            }
            if (!withinOwnRange(v, town)) {
                continue;
            }
            v.assign(Mission.ATTACK, town, t.cell(), -1);
            force += v.strength() * world.faction(v.faction()).behaviour().quality();
            extra++;
        }
    }

    /** Force of the idle units the Command could send with a unit against a town (as {@link #gather} would). */
    double gatherable(ArmedUnit lead, int town) {
        double sum = 0;
        int n = 0;
        int most = mostExtraUnits(town);
        for (ArmedUnit v : world.units()) {
            if (n >= most) {
                break;
            }
            if (canJoinAssault(v, lead, town) && withinOwnRange(v, town)) {
                sum += v.strength() * world.faction(v.faction()).behaviour().quality();
                n++;
            }
        }
        return sum;
    }

    /**
     * An offensive to take the faction's objective gathers twice the units of an ordinary assault; a siege or a
     * campaign around it does not mass against its walls.
     */
    private int mostExtraUnits(int town) {
        Objectives.Mode mode = world.objectives().mode(f);
        boolean storming = mode == Objectives.Mode.ANY || mode == Objectives.Mode.ASSAULT;
        return world.objectives().town(f) == town && storming ? 2 * MAX_EXTRA_UNITS : MAX_EXTRA_UNITS;
    }

    /** Allies join an assault only within their own range: a local militia does not follow the army across the country. */
    private boolean withinOwnRange(ArmedUnit v, int town) {
        return world.costTo(v.cell(), town) <= world.faction(v.faction()).behaviour().rangeKm();
    }

    /**
     * A unit this Command plans for, at war with whoever holds the town, and idle; for an offensive on the
     * objective, also one drawn off a lesser task (spreading influence, sweeping, waiting on a road).
     */
    private boolean canJoinAssault(ArmedUnit v, ArmedUnit lead, int town) {
        int holder = world.town(town).holder();
        boolean free = v.mission() == Mission.IDLE || (world.objectives().town(f) == town && (v.mission()
                == Mission.EXPAND || v.mission() == Mission.CLEAR || v.mission() == Mission.AMBUSH));
        return v != lead && v.alive() && !v.inBattle() && free && plansWith(v.faction())
                && holder >= 0 && world.relations().hostile(v.faction(), holder);
    }

    /** Units this Command may order: its own, a full coalition's, and the state's allies on its side. */
    private boolean plansWith(int other) {
        if (other == f) {
            return true;
        }
        Relations rel = world.relations();
        return rel.coalition(f, other) == CoalitionLevel.FULL
                || (!faction.insurgent() && !world.faction(other).insurgent() && rel.allied(f, other)
                && world.faction(other).kind() != FactionKind.FOREIGN);
    }

    /** A unit on an attack or a raid stands at its town: it joins, waits for the others, or strikes. */
    void strike(ArmedUnit u, TownState t) {
        if (t.holder() < 0) {
            if (aims.hold() >= 0.3 && worth.claims(t)) {
                u.assign(Mission.OCCUPY, t.index(), t.cell(), -1);
                occupy(u, t);
            } else {
                u.idle();
            }
            return;
        }
        if (!world.relations().hostile(f, t.holder())) {
            u.idle();
            return;
        }
        Combat.Battle ongoing = combat.battleAt(t.index());
        if (ongoing != null && world.relations().allied(ongoing.attackerFaction(), f)) {
            combat.join(ongoing, u, true);
            return;
        }
        if (u.mission() == Mission.ATTACK && u.missionDays() < ASSEMBLY_DAYS + longestMarchDays() && stillComing(u)) {
            return;
        }
        List<ArmedUnit> party = new ArrayList<>();
        for (ArmedUnit v : world.units()) {
            if (v.alive() && !v.inBattle() && v.mission() == u.mission() && v.targetTown() == t.index()
                    && v.arrived() && world.relations().allied(v.faction(), f)) {
                party.add(v);
            }
        }
        if (!party.contains(u)) {
            party.add(0, u);
        }
        violence.operation(u, t.cell());
        if (combat.assault(party, t.index(), u.mission() == Mission.RAID) == null) {
            for (ArmedUnit v : party) {
                v.idle();
            }
        }
    }

    /** Days the faction's slowest-arriving unit may need: from the edge of its range at its speed. */
    private int longestMarchDays() {
        return (int) Math.ceil(behaviour.rangeKm() / behaviour.speedKmPerDay());
    }

    private boolean stillComing(ArmedUnit u) {
        for (ArmedUnit v : world.units()) {
            if (v != u && v.alive() && v.mission() == Mission.ATTACK && v.targetTown() == u.targetTown()
                    && !v.arrived() && world.relations().allied(v.faction(), f)) {
                return true;
            }
        }
        return false;
    }

    /** A unit sent to occupy a town stands at it: an empty post gets a garrison of part of the unit. */
    void occupy(ArmedUnit u, TownState t) {
        if (t.holder() >= 0) {
            if (world.relations().hostile(f, t.holder())) {
                u.assign(Mission.ATTACK, t.index(), t.cell(), -1);
                strike(u, t);
            } else {
                u.idle();
            }
            return;
        }
        int troops = Math.min(u.strength(), Math.max(100, u.strength() / 2));
        u.removeStrength(troops);
        world.newGarrison(f, t.index(), troops, 0.2, world.scenario().supply().stockDays() / 3, null);
        world.emit(EventKind.TRANSFER, f, -1, t.cell(), 0, 0, 0, faction.name() + " occupies the empty post at "
                + t.town().name());
        if (u.alive()) {
            u.idle();
        }
    }
}
