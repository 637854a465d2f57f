package sahelsim.model.command;

import java.util.ArrayList;
import java.util.List;
import sahelsim.map.Grid;
import sahelsim.map.RoadLink;
import sahelsim.map.RoadNetwork;
import sahelsim.model.Faction;
import sahelsim.model.Relations;
import sahelsim.model.TownState;
import sahelsim.model.World;
import sahelsim.model.agents.ArmedUnit;
import sahelsim.model.agents.Garrison;
import sahelsim.model.agents.Mission;
import sahelsim.model.mechanics.Districts;
import sahelsim.model.mechanics.Supply;
import sahelsim.scenario.Aims;
import sahelsim.scenario.Behaviour;
import sahelsim.scenario.FactionKind;

/**
 * Chooses an idle unit's mission, offensive with probability {@code aggression}, else defensive. The kind of
 * mission is drawn in proportion to the faction's aims, each weighted by how feasible its best target is; then
 * the best target of that kind is chosen by its value ({@link TargetWorth}), its odds ({@link Odds}, with the
 * help {@link Assault} could gather) and its distance. A faction's objective adds to the worth of the town and
 * its surroundings, and the faction chooses more often a kind of mission whose best target it is.
 */
public final class MissionPlanner {

    /** How much more often, at full stake, a faction chooses a kind of mission whose best target is its objective. */
    private static final double OBJECTIVE_FOCUS = 2;

    private final World world;
    private final int f;
    private final Behaviour behaviour;
    private final Aims aims;
    private final Grid grid;
    private final Districts districts;
    private final Supply supply;
    private final TargetWorth worth;
    private final Odds odds;
    private final Assault assault;
    private final HomeGround home;
    private final MissionExecution execution;

    public MissionPlanner(World world, Faction faction, Districts districts, Supply supply, TargetWorth worth,
                          Odds odds, Assault assault, HomeGround home, MissionExecution execution) {
        this.world = world;
        this.f = faction.index();
        this.behaviour = faction.behaviour();
        this.aims = behaviour.aims();
        this.grid = world.grid();
        this.districts = districts;
        this.supply = supply;
        this.worth = worth;
        this.odds = odds;
        this.assault = assault;
        this.home = home;
        this.execution = execution;
    }

    /**
     * A candidate mission: what it is worth ({@code value}) and how likely it is to come off, distance
     * included ({@code feasibility}, 0 to 1).
     */
    private record Option(Mission mission, int town, int cell, int link, double value, double feasibility) {

        double score() {
            return value * feasibility;
        }
    }

    /** Gives an idle unit a mission, or sends a weak or shaken one home to rest and recruit. */
    void choose(ArmedUnit u) {
        if ((u.strength() < 0.4 * behaviour.bandSize() && u.missionDays() == 0) || u.morale() < 0.3) {
            execution.send(u, Mission.RECRUIT, u.homeTown(), home.homeCell(u.homeTown()), -1);
            return;
        }
        boolean offensive = world.random().nextDouble() < behaviour.aggression();
        List<Option> options = new ArrayList<>();
        if (offensive) {
            townTargets(u, options);
            ambushTargets(u, options);
        }
        districtTargets(u, options, offensive);
        defensiveTargets(u, options, offensive);
        Mission type = drawType(options);
        if (type == null) {
            return;
        }
        Option best = null;
        double bestScore = 0;
        for (Option o : options) {
            if (o.mission != type) {
                continue;
            }
            double noisy = o.score() * (0.8 + 0.4 * world.random().nextDouble());
            if (noisy > bestScore) {
                bestScore = noisy;
                best = o;
            }
        }
        if (best == null) {
            return;
        }
        execution.send(u, best.mission, best.town, best.cell, best.link);
        if (best.mission == Mission.ATTACK) {
            assault.gather(u, best.town);
        }
    }

    /**
     * Draws the kind of mission: each kind with a chance in proportion to the faction's aim for it times the
     * feasibility of its most feasible target, so that the aims set the mix of missions (their ratios are
     * what matters) while hopeless kinds are left alone. A target the objective draws weighs more: a faction
     * bent on an offensive sends more of its units on it; one bent on a siege sends them to blockades and
     * ambushes rather than assaults, one bent on an assault to attacks and raids rather than blockades, and one
     * campaigning around a town it will not keep to anything but assaults.
     */
    /** Whether a kind of mission serves the way the faction means to take its objective. */
    private boolean suits(Mission m) {
        return switch (world.objectives().mode(f)) {
            case ANY -> true;
            case SIEGE -> m != Mission.ATTACK && m != Mission.RAID;
            case ASSAULT -> m != Mission.BLOCKADE && m != Mission.AMBUSH;
            case CAMPAIGN -> m != Mission.ATTACK;
        };
    }

    private Mission drawType(List<Option> options) {
        Mission[] kinds = Mission.values();
        double[] weight = new double[kinds.length];
        double total = 0;
        for (Option o : options) {
            double focus = suits(o.mission) ? OBJECTIVE_FOCUS * worth.objectivePull(o.town) : 0;
            double w = aim(o.mission) * o.feasibility * (1 + focus);
            if (w > weight[o.mission.ordinal()]) {
                total += w - weight[o.mission.ordinal()];
                weight[o.mission.ordinal()] = w;
            }
        }
        if (total <= 0) {
            return null;
        }
        double x = total * world.random().nextDouble();
        for (Mission m : kinds) {
            x -= weight[m.ordinal()];
            if (x < 0 && weight[m.ordinal()] > 0) {
                return m;
            }
        }
        for (int k = kinds.length - 1; k >= 0; k--) {
            if (weight[k] > 0) {
                return kinds[k];
            }
        }
        return null;
    }

    private double aim(Mission m) {
        return switch (m) {
            case EXPAND -> aims.expand();
            case RAID -> aims.raid();
            case ATTACK -> aims.attack();
            case OCCUPY -> aims.hold();
            case BLOCKADE -> aims.blockade();
            case AMBUSH -> aims.ambush();
            case CLEAR -> aims.clear();
            case REINFORCE, DEFEND -> aims.defend();
            default -> 0;
        };
    }

    private void townTargets(ArmedUnit u, List<Option> options) {
        Relations rel = world.relations();
        for (TownState t : world.towns()) {
            double df = worth.distanceFactor(world.costTo(u.cell(), t.index()), t.index());
            if (df == 0) {
                continue;
            }
            int holder = t.holder();
            double value = worth.value(t);
            if (holder < 0) {
                if (aims.hold() > 0 && worth.claims(t)) {
                    options.add(new Option(Mission.OCCUPY, t.index(), t.cell(), -1, value * 1.5, df));
                }
                continue;
            }
            double h = rel.hostility(f, holder);
            if (h <= 0 || odds.shielded(t)) {
                continue;
            }
            double d = Math.max(1, odds.defence(t));
            double attackOdds = (odds.force(u) + assault.gatherable(u, t.index())
                    + odds.alliedForce(t.cell(), holder, u)) / d;
            double win = attackOdds * attackOdds / (1 + attackOdds * attackOdds);
            options.add(new Option(Mission.ATTACK, t.index(), t.cell(), -1, h * value, win * df));
            double loot = 1 + Math.sqrt(totalTroops(t)) / 5 + (t.foreignBase() ? 1 : 0);
            double raidOdds = Math.min(1, attackOdds * world.scenario().combat().surprise());
            options.add(new Option(Mission.RAID, t.index(), t.cell(), -1, h * loot, raidOdds * df));
            if (aims.blockade() > 0 && world.faction(holder).suppliedByConvoy() && t.town().population() >= 5000
                    && !supply.isOrigin(t.index())) {
                int exit = blockadePosition(t.index());
                if (exit >= 0) {
                    options.add(new Option(Mission.BLOCKADE, t.index(), exit, -1, h * value, df));
                }
            }
        }
    }

    private int totalTroops(TownState t) {
        int n = 0;
        for (Garrison g : world.garrisonsAt(t.index())) {
            n += g.troops();
        }
        return n;
    }

    /**
     * Where a blockading band goes: the first road out of the town, at the blockade radius, that no band of
     * this side already holds, the road the town's supplies come by first; -1 when every road is held.
     */
    private int blockadePosition(int town) {
        int[] exits = supply.exits(town);
        RoadNetwork.Route route = supply.routeTo(town);
        List<RoadLink> links = grid.geography().roads().linksAt(town);
        List<Integer> order = new ArrayList<>();
        if (route.exists() && !route.links().isEmpty()) {
            RoadLink last = route.links().get(route.links().size() - 1);
            for (int k = 0; k < links.size(); k++) {
                if (links.get(k).index() == last.index()) {
                    order.add(k);
                }
            }
        }
        for (int k = 0; k < exits.length; k++) {
            if (!order.contains(k)) {
                order.add(k);
            }
        }
        double reach = world.scenario().combat().engagementKm();
        for (int k : order) {
            boolean held = false;
            for (ArmedUnit v : world.units()) {
                if (v.mission() == Mission.BLOCKADE && v.targetTown() == town && world.relations().allied(v.faction(), f)
                        && grid.kmApprox(v.targetCell(), exits[k]) <= reach) {
                    held = true;
                    break;
                }
            }
            if (!held) {
                return exits[k];
            }
        }
        return -1;
    }

    private void ambushTargets(ArmedUnit u, List<Option> options) {
        if (aims.ambush() <= 0) {
            return;
        }
        int[] traffic = new int[grid.geography().roads().links().size()];
        double[] hostility = new double[traffic.length];
        for (Garrison g : world.garrisons()) {
            if (!world.faction(g.faction()).suppliedByConvoy()) {
                continue;
            }
            double h = world.relations().hostility(f, g.faction());
            if (h <= 0) {
                continue;
            }
            for (RoadLink link : supply.routeTo(g.town()).links()) {
                traffic[link.index()]++;
                hostility[link.index()] = Math.max(hostility[link.index()], h);
            }
        }
        for (RoadLink link : grid.geography().roads().links()) {
            if (traffic[link.index()] == 0) {
                continue;
            }
            int[] cells = grid.linkCells(link.index());
            int cell = cells[cells.length / 2];
            int near = grid.nearestTown(cell);
            double df = worth.distanceFactor(world.costTo(u.cell(), near), near);
            if (df > 0) {
                options.add(new Option(Mission.AMBUSH, near, cell, link.index(),
                        hostility[link.index()] * Math.log1p(traffic[link.index()]) * (1 + worth.objectivePull(near)), df));
            }
        }
    }

    private void districtTargets(ArmedUnit u, List<Option> options, boolean offensive) {
        Districts d = districts;
        for (TownState t : world.towns()) {
            long people = d.people(t.index());
            if (people <= 0) {
                continue;
            }
            double df = worth.distanceFactor(world.costTo(u.cell(), t.index()), t.index());
            if (df == 0) {
                continue;
            }
            double size = Math.log1p(people / 10000.0);
            boolean atHome = world.inHomeArea(f, t.cell());
            if (aims.expand() > 0 && (offensive || atHome)) {
                double room = (1 - d.dominatedShare(t.index(), f)) * (1 - 0.8 * home.hostileShare(t.index()));
                double welcome = 1 + d.affinity(t.index(), f);
                options.add(new Option(Mission.EXPAND, t.index(), d.ruralCell(t.index()), -1,
                        size * welcome * (atHome ? 1.5 : 1) * (1 + worth.objectivePull(t.index())), room * df));
            }
            double enemies = home.hostileShare(t.index());
            if (offensive && aims.clear() > 0 && enemies > 0.1) {
                options.add(new Option(Mission.CLEAR, t.index(), d.ruralCell(t.index()), -1,
                        size * (1 + worth.objectivePull(t.index())), enemies * df));
            }
        }
    }

    /** Garrisons asking for help; in an offensive round only those fighting or below their minimum. */
    private void defensiveTargets(ArmedUnit u, List<Option> options, boolean offensive) {
        if (aims.defend() <= 0) {
            return;
        }
        int min = world.scenario().supply().minGarrison();
        for (Garrison g : world.garrisons()) {
            if (!g.wantsReinforcement() || !world.relations().allied(g.faction(), f)
                    || world.faction(g.faction()).kind() == FactionKind.FOREIGN
                    || (offensive && !g.inBattle() && g.troops() >= min)) {
                continue;
            }
            TownState t = world.town(g.town());
            double df = worth.distanceFactor(world.costTo(u.cell(), t.index()), t.index());
            if (df > 0) {
                Mission m = g.faction() == f ? Mission.REINFORCE : Mission.DEFEND;
                options.add(new Option(m, t.index(), t.cell(), -1, worth.value(t) * 1.5, df));
            }
        }
    }
}
