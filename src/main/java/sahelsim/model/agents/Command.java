package sahelsim.model.agents;

import java.util.ArrayList;
import java.util.List;
import sahelsim.map.Grid;
import sahelsim.map.RoadLink;
import sahelsim.map.RoadNetwork;
import sahelsim.model.EventKind;
import sahelsim.model.Faction;
import sahelsim.model.Objectives;
import sahelsim.model.Relations;
import sahelsim.model.SahelModel;
import sahelsim.model.TownState;
import sahelsim.model.TroopLedger;
import sahelsim.model.mechanics.Combat;
import sahelsim.model.mechanics.Districts;
import sahelsim.scenario.Aims;
import sahelsim.scenario.Behaviour;
import sahelsim.scenario.CoalitionLevel;
import sahelsim.scenario.FactionKind;

/**
 * A faction's planner. Every {@code planningDays} it turns recruits into units and gives each idle unit a
 * mission, offensive with probability {@code aggression}, else defensive. The kind of mission is drawn in
 * proportion to the faction's aims, each weighted by how feasible its best target is; then the best target of
 * that kind is chosen by its value (people, a regional capital, a vacated foreign base, the faction's home
 * areas), its odds (garrison, fortification, hostile air cover against the force the faction can bring with
 * allied help), and its distance. A faction's objective ({@link sahelsim.model.Objectives}) adds to the worth
 * of the town and its surroundings and lies within reach however far it is. Assaults gather nearby idle units
 * of the faction and of its allies until the odds are good, and wait for them; a full coalition plans as one.
 */
public final class Command {

    private static final double STRONG_ODDS = 1.5;
    private static final int MAX_EXTRA_UNITS = 4;
    private static final int ASSEMBLY_DAYS = 7;
    private static final int EXPAND_DAYS = 60;
    private static final int BLOCKADE_DAYS = 240;
    private static final int AMBUSH_DAYS = 60;
    private static final int CLEAR_DAYS = 14;
    private static final int DEFEND_DAYS = 30;
    private static final int RECRUIT_DAYS = 90;
    private static final double VACATED_REACH_KM = 100;
    /** What a faction's objective adds to a town's worth at full stake: about a regional capital held by an enemy. */
    private static final double OBJECTIVE_VALUE = 6;
    /** How much more often, at full stake, a faction chooses a kind of mission whose best target is its objective. */
    private static final double OBJECTIVE_FOCUS = 2;
    /**
     * A faction that does not recruit among the people (the state, whose recruits go to its garrisons first;
     * contractors) rests its weak units this long, then sends them out again.
     */
    private static final int REFIT_DAYS = 30;

    private final SahelModel model;
    private final Faction faction;
    private final int f;
    private final Behaviour behaviour;
    private final Aims aims;
    private final Grid grid;

    public Command(SahelModel model, Faction faction) {
        this.model = model;
        this.faction = faction;
        this.f = faction.index();
        this.behaviour = faction.behaviour();
        this.aims = behaviour.aims();
        this.grid = model.grid();
    }

    public void step() {
        if ((model.day() + f) % behaviour.planningDays() != 0) {
            return;
        }
        useRecruits();
        List<ArmedUnit> idle = model.idleUnits(f);
        model.shuffle(idle);
        for (ArmedUnit u : idle) {
            if (u.mission() == Mission.IDLE && u.alive() && !u.inBattle()) {
                choose(u);
            }
        }
    }

    private void useRecruits() {
        int band = behaviour.bandSize();
        if (faction.suppliedByConvoy()) {
            List<Garrison> needy = new ArrayList<>();
            for (Garrison g : model.garrisons()) {
                if (g.faction() == f && g.wantsReinforcement()) {
                    needy.add(g);
                }
            }
            needy.sort((a, b) -> Integer.compare(a.troops(), b.troops()));
            int min = model.scenario().supply().minGarrison();
            for (Garrison g : needy) {
                g.addTroops(takeRecruits(Math.max(min, 2 * min - g.troops())));
            }
        }
        for (ArmedUnit u : model.units()) {
            if (u.faction() == f && u.mission() == Mission.RECRUIT && u.arrived()) {
                u.addStrength(takeRecruits(Math.max(0, band - u.strength())));
            }
        }
        while (faction.recruitPool() >= band) {
            int home = recruitingTown();
            model.newUnit(f, takeRecruits(band), model.scatter(homeCell(home)), home);
        }
    }

    /** Whole recruits out of the faction's pool, into the books as recruited. */
    private int takeRecruits(int wanted) {
        int taken = faction.takeRecruits(wanted);
        model.ledger().book(TroopLedger.Entry.RECRUITED, f, taken);
        return taken;
    }

    /**
     * Where a faction's units rest and new ones form: for armed groups the countryside of a home district
     * (they live among the people, not in the towns the state holds), for the others the town itself.
     */
    private int homeCell(int town) {
        return faction.armedGroup() ? model.districts().ruralCell(town) : model.town(town).cell();
    }

    /** The home district that likes the faction best (first on ties), where new bands form and units rest. */
    private int recruitingTown() {
        List<Integer> homes = model.homeTowns(f);
        int best = homes.get(0);
        double bestAffinity = -1;
        for (int t : homes) {
            TownState town = model.town(t);
            if (!faction.armedGroup() && town.holder() >= 0 && model.relations().hostile(town.holder(), f)) {
                continue;
            }
            double a = model.districts().affinity(t, f) * (1 - 0.8 * hostileShare(t));
            if (a > bestAffinity) {
                bestAffinity = a;
                best = t;
            }
        }
        return best;
    }

    /** Share of a district's people living in cells dominated by factions at war with this one. */
    private double hostileShare(int town) {
        double share = 0;
        for (Faction other : model.factions()) {
            if (model.relations().hostile(f, other.index())) {
                share += model.districts().dominatedShare(town, other.index());
            }
        }
        return Math.min(1, share);
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

    private void choose(ArmedUnit u) {
        if ((u.strength() < 0.4 * behaviour.bandSize() && u.missionDays() == 0) || u.morale() < 0.3) {
            send(u, Mission.RECRUIT, u.homeTown(), homeCell(u.homeTown()), -1);
            return;
        }
        boolean offensive = model.random.nextDouble() < behaviour.aggression();
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
            double noisy = o.score() * (0.8 + 0.4 * model.random.nextDouble());
            if (noisy > bestScore) {
                bestScore = noisy;
                best = o;
            }
        }
        if (best == null) {
            return;
        }
        send(u, best.mission, best.town, best.cell, best.link);
        if (best.mission == Mission.ATTACK) {
            gather(u, best.town);
        }
    }

    /**
     * Draws the kind of mission: each kind with a chance in proportion to the faction's aim for it times the
     * feasibility of its most feasible target, so that the aims set the mix of missions (their ratios are
     * what matters) while hopeless kinds are left alone. A target the objective draws weighs more: a faction
     * bent on an offensive sends more of its units on it.
     */
    private Mission drawType(List<Option> options) {
        Mission[] kinds = Mission.values();
        double[] weight = new double[kinds.length];
        double total = 0;
        for (Option o : options) {
            double w = aim(o.mission) * o.feasibility * (1 + OBJECTIVE_FOCUS * objectivePull(o.town));
            if (w > weight[o.mission.ordinal()]) {
                total += w - weight[o.mission.ordinal()];
                weight[o.mission.ordinal()] = w;
            }
        }
        if (total <= 0) {
            return null;
        }
        double x = total * model.random.nextDouble();
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

    private void send(ArmedUnit u, Mission mission, int town, int cell, int link) {
        u.assign(mission, town, cell, link);
        if (u.arrived()) {
            arrive(u);
        }
    }

    /** How distance discounts a target at a town: out of reach beyond twice the range, unless it is the objective. */
    private double distanceFactor(double cost, int town) {
        return cost > 2 * behaviour.rangeKm() && objectivePull(town) == 0 ? 0 : 1 / (1 + cost / behaviour.rangeKm());
    }

    /**
     * How strongly the faction's objective draws it to a town: the stake at the objective itself, falling to
     * half of it at {@link Objectives#REACH_KM} and to nothing beyond.
     */
    private double objectivePull(int town) {
        int objective = model.objectives().town(f);
        if (objective < 0) {
            return 0;
        }
        double km = grid.kmApprox(model.town(objective).cell(), model.town(town).cell());
        return km > Objectives.REACH_KM ? 0 : model.objectives().stake(f) * (1 - 0.5 * km / Objectives.REACH_KM);
    }

    /** What a town is worth to the faction; the state counts every town held against it as its own to recover. */
    private double value(TownState t) {
        double v = 1 + Math.sqrt(t.town().population() / 10000.0);
        if (t.town().capital()) {
            v += 1.5;
        }
        if (nearVacatedBase(t)) {
            v += 1.0;
        }
        if (model.inHomeArea(f, t.cell())) {
            v += 1.0;
        }
        if (faction.kind() == FactionKind.STATE && t.holder() >= 0 && model.relations().hostile(f, t.holder())) {
            v += 2.0;
        }
        return v + OBJECTIVE_VALUE * objectivePull(t.index());
    }

    /**
     * A foreign base was vacated at the town or within {@link #VACATED_REACH_KM}: violence clusters around the
     * sites foreign forces leave (mali-facts 5, fact 1).
     */
    private boolean nearVacatedBase(TownState t) {
        for (TownState other : model.towns()) {
            if (other.vacatedBase() && grid.kmApprox(other.cell(), t.cell()) <= VACATED_REACH_KM) {
                return true;
            }
        }
        return false;
    }

    /** Strength a faction can bring against a town's garrisons hostile to it, after shields and air cover. */
    private double defence(TownState t) {
        double d = 0;
        double fort = model.scenario().combat().fortification();
        for (Garrison g : model.garrisonsAt(t.index())) {
            if (model.relations().hostile(f, g.faction())) {
                d += g.troops() * model.faction(g.faction()).behaviour().quality() * (0.5 + 0.5 * g.morale())
                        * (1 + g.fortification() * fort);
            }
        }
        double terrain = 1 + model.scenario().combat().terrainDefence() * (grid.terrain(t.cell()).movementCost() - 1);
        double air = model.airPenaltyAgainst(f, t.cell());
        return d * terrain / Math.max(0.05, 1 - air);
    }

    /** A garrison of a faction not hostile to us is there (peacekeepers): we leave the town alone. */
    private boolean shielded(TownState t) {
        for (Garrison g : model.garrisonsAt(t.index())) {
            if (model.faction(g.faction()).kind() == FactionKind.FOREIGN && !model.relations().hostile(f, g.faction())
                    && g.faction() != f) {
                return true;
            }
        }
        return false;
    }

    private double force(ArmedUnit u) {
        return u.strength() * behaviour.quality() * (0.5 + 0.5 * u.morale());
    }

    private void townTargets(ArmedUnit u, List<Option> options) {
        Relations rel = model.relations();
        for (TownState t : model.towns()) {
            double df = distanceFactor(model.movement().costTo(u.cell(), t.index()), t.index());
            if (df == 0) {
                continue;
            }
            int holder = t.holder();
            double value = value(t);
            if (holder < 0) {
                if (aims.hold() > 0 && claims(t)) {
                    options.add(new Option(Mission.OCCUPY, t.index(), t.cell(), -1, value * 1.5, df));
                }
                continue;
            }
            double h = rel.hostility(f, holder);
            if (h <= 0 || shielded(t)) {
                continue;
            }
            double d = Math.max(1, defence(t));
            double odds = (force(u) + gatherable(u, t.index()) + alliedForce(t.cell(), holder, u)) / d;
            double win = odds * odds / (1 + odds * odds);
            options.add(new Option(Mission.ATTACK, t.index(), t.cell(), -1, h * value, win * df));
            double loot = 1 + Math.sqrt(totalTroops(t)) / 5 + (t.foreignBase() ? 1 : 0);
            double raidOdds = Math.min(1, odds * model.scenario().combat().surprise());
            options.add(new Option(Mission.RAID, t.index(), t.cell(), -1, h * loot, raidOdds * df));
            if (aims.blockade() > 0 && model.faction(holder).suppliedByConvoy() && t.town().population() >= 5000
                    && !model.supply().isOrigin(t.index())) {
                int exit = blockadePosition(t.index());
                if (exit >= 0) {
                    options.add(new Option(Mission.BLOCKADE, t.index(), exit, -1, h * value, df));
                }
            }
        }
    }

    /** The state claims every town; other factions claim the towns of their home areas. */
    private boolean claims(TownState t) {
        return faction.kind() == FactionKind.STATE || model.inHomeArea(f, t.cell());
    }

    private int totalTroops(TownState t) {
        int n = 0;
        for (Garrison g : model.garrisonsAt(t.index())) {
            n += g.troops();
        }
        return n;
    }

    /**
     * Where a blockading band goes: the first road out of the town, at the blockade radius, that no band of
     * this side already holds, the road the town's supplies come by first; -1 when every road is held.
     */
    private int blockadePosition(int town) {
        int[] exits = model.supply().exits(town);
        RoadNetwork.Route route = model.supply().routeTo(town);
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
        double reach = model.scenario().combat().engagementKm();
        for (int k : order) {
            boolean held = false;
            for (ArmedUnit v : model.units()) {
                if (v.mission() == Mission.BLOCKADE && v.targetTown() == town && model.relations().allied(v.faction(), f)
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

    /** Force of the idle units the Command could send with a unit against a town (as {@link #gather} would). */
    private double gatherable(ArmedUnit lead, int town) {
        double sum = 0;
        int n = 0;
        int most = mostExtraUnits(town);
        for (ArmedUnit v : model.units()) {
            if (n >= most) {
                break;
            }
            if (canJoinAssault(v, lead, town) && withinOwnRange(v, town)) {
                sum += v.strength() * model.faction(v.faction()).behaviour().quality();
                n++;
            }
        }
        return sum;
    }

    /** An offensive on the faction's objective gathers twice the units of an ordinary assault. */
    private int mostExtraUnits(int town) {
        return model.objectives().town(f) == town ? 2 * MAX_EXTRA_UNITS : MAX_EXTRA_UNITS;
    }

    /** Allies join an assault only within their own range: a local militia does not follow the army across the country. */
    private boolean withinOwnRange(ArmedUnit v, int town) {
        return model.movement().costTo(v.cell(), town) <= model.faction(v.faction()).behaviour().rangeKm();
    }

    /**
     * A unit this Command plans for, at war with whoever holds the town, and idle; for an offensive on the
     * objective, also one drawn off a lesser task (spreading influence, sweeping, waiting on a road).
     */
    private boolean canJoinAssault(ArmedUnit v, ArmedUnit lead, int town) {
        int holder = model.town(town).holder();
        boolean free = v.mission() == Mission.IDLE || (model.objectives().town(f) == town && (v.mission()
                == Mission.EXPAND || v.mission() == Mission.CLEAR || v.mission() == Mission.AMBUSH));
        return v != lead && v.alive() && !v.inBattle() && free && plansWith(v.faction())
                && holder >= 0 && model.relations().hostile(v.faction(), holder);
    }

    /** Allied units near a target, at war with its holder, that would join an attack there (as Combat does). */
    private double alliedForce(int cell, int holder, ArmedUnit except) {
        double sum = 0;
        double reach = 2 * model.scenario().combat().engagementKm();
        for (ArmedUnit v : model.units()) {
            if (v != except && v.alive() && !v.inBattle() && v.faction() != f
                    && model.relations().allied(v.faction(), f) && model.relations().hostile(v.faction(), holder)
                    && grid.kmApprox(v.cell(), cell) <= reach) {
                sum += v.strength() * model.faction(v.faction()).behaviour().quality();
            }
        }
        return sum;
    }

    private void ambushTargets(ArmedUnit u, List<Option> options) {
        if (aims.ambush() <= 0) {
            return;
        }
        int[] traffic = new int[grid.geography().roads().links().size()];
        double[] hostility = new double[traffic.length];
        for (Garrison g : model.garrisons()) {
            if (!model.faction(g.faction()).suppliedByConvoy()) {
                continue;
            }
            double h = model.relations().hostility(f, g.faction());
            if (h <= 0) {
                continue;
            }
            for (RoadLink link : model.supply().routeTo(g.town()).links()) {
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
            double df = distanceFactor(model.movement().costTo(u.cell(), near), near);
            if (df > 0) {
                options.add(new Option(Mission.AMBUSH, near, cell, link.index(),
                        hostility[link.index()] * Math.log1p(traffic[link.index()]) * (1 + objectivePull(near)), df));
            }
        }
    }

    private void districtTargets(ArmedUnit u, List<Option> options, boolean offensive) {
        Districts d = model.districts();
        for (TownState t : model.towns()) {
            long people = d.people(t.index());
            if (people <= 0) {
                continue;
            }
            double df = distanceFactor(model.movement().costTo(u.cell(), t.index()), t.index());
            if (df == 0) {
                continue;
            }
            double size = Math.log1p(people / 10000.0);
            boolean home = model.inHomeArea(f, t.cell());
            if (aims.expand() > 0 && (offensive || home)) {
                double room = (1 - d.dominatedShare(t.index(), f)) * (1 - 0.8 * hostileShare(t.index()));
                double welcome = 1 + d.affinity(t.index(), f);
                options.add(new Option(Mission.EXPAND, t.index(), d.ruralCell(t.index()), -1,
                        size * welcome * (home ? 1.5 : 1) * (1 + objectivePull(t.index())), room * df));
            }
            double enemies = hostileShare(t.index());
            if (offensive && aims.clear() > 0 && enemies > 0.1) {
                options.add(new Option(Mission.CLEAR, t.index(), d.ruralCell(t.index()), -1,
                        size * (1 + objectivePull(t.index())), enemies * df));
            }
        }
    }

    /** Garrisons asking for help; in an offensive round only those fighting or below their minimum. */
    private void defensiveTargets(ArmedUnit u, List<Option> options, boolean offensive) {
        if (aims.defend() <= 0) {
            return;
        }
        int min = model.scenario().supply().minGarrison();
        for (Garrison g : model.garrisons()) {
            if (!g.wantsReinforcement() || !model.relations().allied(g.faction(), f)
                    || model.faction(g.faction()).kind() == FactionKind.FOREIGN
                    || (offensive && !g.inBattle() && g.troops() >= min)) {
                continue;
            }
            TownState t = model.town(g.town());
            double df = distanceFactor(model.movement().costTo(u.cell(), t.index()), t.index());
            if (df > 0) {
                Mission m = g.faction() == f ? Mission.REINFORCE : Mission.DEFEND;
                options.add(new Option(m, t.index(), t.cell(), -1, value(t) * 1.5, df));
            }
        }
    }

    /** Sends more idle units, of the faction and of allies it plans with, to an assault with poor odds. */
    private void gather(ArmedUnit lead, int town) {
        TownState t = model.town(town);
        double d = Math.max(1, defence(t));
        double force = force(lead);
        int extra = 0;
        List<ArmedUnit> candidates = new ArrayList<>();
        for (ArmedUnit v : model.units()) {
            if (canJoinAssault(v, lead, town)) {
                candidates.add(v);
            }
        }
        candidates.sort((a, b) -> Double.compare(model.movement().costTo(a.cell(), town),
                model.movement().costTo(b.cell(), town)));
        int most = mostExtraUnits(town);
        for (ArmedUnit v : candidates) {
            if (force / d >= STRONG_ODDS || extra >= most) {
                break;
            }
            if (!withinOwnRange(v, town)) {
                continue;
            }
            v.assign(Mission.ATTACK, town, t.cell(), -1);
            force += v.strength() * model.faction(v.faction()).behaviour().quality();
            extra++;
        }
    }

    /** Units this Command may order: its own, a full coalition's, and the state's allies on its side. */
    private boolean plansWith(int other) {
        if (other == f) {
            return true;
        }
        Relations rel = model.relations();
        return rel.coalition(f, other) == CoalitionLevel.FULL
                || (!faction.insurgent() && !model.faction(other).insurgent() && rel.allied(f, other)
                && model.faction(other).kind() != FactionKind.FOREIGN);
    }

    /** A unit reached its target. */
    public void arrive(ArmedUnit u) {
        TownState t = u.targetTown() >= 0 ? model.town(u.targetTown()) : null;
        switch (u.mission()) {
            case ATTACK, RAID -> strike(u, t);
            case OCCUPY -> occupy(u, t);
            case EXPAND, CLEAR -> {
                model.violence().operation(u, u.cell());
                if (u.mission() == Mission.CLEAR) {
                    engageNearby(u);
                }
            }
            case REINFORCE -> {
                Garrison g = model.garrisonOf(f, u.targetTown());
                int needed = g == null ? 0 : 2 * model.scenario().supply().minGarrison() - g.troops();
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

    private void strike(ArmedUnit u, TownState t) {
        Combat combat = model.combat();
        if (t.holder() < 0) {
            if (aims.hold() >= 0.3 && claims(t)) {
                u.assign(Mission.OCCUPY, t.index(), t.cell(), -1);
                occupy(u, t);
            } else {
                u.idle();
            }
            return;
        }
        if (!model.relations().hostile(f, t.holder())) {
            u.idle();
            return;
        }
        Combat.Battle ongoing = combat.battleAt(t.index());
        if (ongoing != null && model.relations().allied(ongoing.attackerFaction(), f)) {
            combat.join(ongoing, u, true);
            return;
        }
        if (u.mission() == Mission.ATTACK && u.missionDays() < ASSEMBLY_DAYS + longestMarchDays() && stillComing(u)) {
            return;
        }
        List<ArmedUnit> party = new ArrayList<>();
        for (ArmedUnit v : model.units()) {
            if (v.alive() && !v.inBattle() && v.mission() == u.mission() && v.targetTown() == t.index()
                    && v.arrived() && model.relations().allied(v.faction(), f)) {
                party.add(v);
            }
        }
        if (!party.contains(u)) {
            party.add(0, u);
        }
        model.violence().operation(u, t.cell());
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
        for (ArmedUnit v : model.units()) {
            if (v != u && v.alive() && v.mission() == Mission.ATTACK && v.targetTown() == u.targetTown()
                    && !v.arrived() && model.relations().allied(v.faction(), f)) {
                return true;
            }
        }
        return false;
    }

    private void occupy(ArmedUnit u, TownState t) {
        if (t.holder() >= 0) {
            if (model.relations().hostile(f, t.holder())) {
                u.assign(Mission.ATTACK, t.index(), t.cell(), -1);
                strike(u, t);
            } else {
                u.idle();
            }
            return;
        }
        int troops = Math.min(u.strength(), Math.max(100, u.strength() / 2));
        u.removeStrength(troops);
        model.newGarrison(f, t.index(), troops, 0.2, model.scenario().supply().stockDays() / 3, null);
        model.emit(EventKind.TRANSFER, f, -1, t.cell(), 0, 0, 0, faction.name() + " occupies the empty post at "
                + t.town().name());
        if (u.alive()) {
            u.idle();
        }
    }

    private void engageNearby(ArmedUnit u) {
        if (u.inBattle() || !u.alive()) {
            return;
        }
        ArmedUnit target = null;
        double reach = 3 * model.scenario().combat().engagementKm();
        for (ArmedUnit v : model.units()) {
            if (v.alive() && !v.inBattle() && model.relations().hostile(f, v.faction())
                    && grid.kmApprox(u.cell(), v.cell()) <= reach
                    && (target == null || v.strength() > target.strength())) {
                target = v;
            }
        }
        if (target != null && model.random.nextDouble() < model.combat().detection(f, target.cell())) {
            model.combat().clash(u, target);
        }
    }

    /** A unit that has arrived keeps at its mission for a day, or ends it. */
    public void stay(ArmedUnit u) {
        TownState t = u.targetTown() >= 0 ? model.town(u.targetTown()) : null;
        int days = u.missionDays();
        switch (u.mission()) {
            case ATTACK, RAID -> strike(u, t);
            case BLOCKADE -> {
                if (days > BLOCKADE_DAYS || t.holder() < 0 || !model.relations().hostile(f, t.holder())) {
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
                u.addStrength(takeRecruits(Math.max(0, behaviour.bandSize() - u.strength())));
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

    /** Whether a unit on the way should keep going: its target is still worth it. */
    public boolean stillValid(ArmedUnit u) {
        if (u.targetTown() < 0) {
            return true;
        }
        TownState t = model.town(u.targetTown());
        return switch (u.mission()) {
            case ATTACK, RAID, BLOCKADE -> t.holder() >= 0 ? model.relations().hostile(f, t.holder())
                    : u.mission() == Mission.ATTACK;
            case OCCUPY -> t.holder() < 0 || model.relations().hostile(f, t.holder());
            default -> true;
        };
    }

    /**
     * Sends a unit home to rest and recruit. A state unit whose home town has fallen goes to the nearest town
     * its side holds; an armed group goes to the home district where it is best liked.
     */
    public void retreat(ArmedUnit u) {
        int home = u.homeTown();
        if (faction.armedGroup()) {
            home = recruitingTown();
            u.setHomeTown(home);
        } else {
            TownState h = model.town(home);
            if (h.holder() >= 0 && model.relations().hostile(h.holder(), f)) {
                int refuge = model.supply().nearestFriendlyTown(f, home);
                if (refuge >= 0) {
                    home = refuge;
                    u.setHomeTown(refuge);
                }
            }
        }
        u.assign(Mission.RETREAT, home, homeCell(home), -1);
        if (u.arrived()) {
            u.assign(Mission.RECRUIT, home, u.cell(), -1);
        }
    }
}
