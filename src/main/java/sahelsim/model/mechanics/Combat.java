package sahelsim.model.mechanics;

import java.util.ArrayList;
import java.util.List;
import sahelsim.model.EventKind;
import sahelsim.model.Faction;
import sahelsim.model.World;
import sahelsim.model.TroopLedger;
import sahelsim.model.agents.ArmedUnit;
import sahelsim.model.agents.Convoy;
import sahelsim.model.agents.Garrison;
import sahelsim.model.agents.Mission;
import sahelsim.scenario.CombatParams;

/**
 * Stochastic Lanchester combat in daily rounds. Each day each side puts out of action a Poisson number of
 * the other's fighters with mean {@code attrition} x its effective fire (square law, aimed fire: Lanchester
 * 1916). Effective fire is strength x quality x morale, cut by hostile air support over the battlefield,
 * multiplied on the first day of a raid or ambush by surprise; defenders are shielded by fortification and
 * rough terrain. A side breaks when it has lost {@code breakLosses} of its starting strength or is
 * outgunned beyond its faction's retreat ratio; battles end after {@code maxBattleDays} at most.
 */
public final class Combat {

    /** What a battle is. */
    public enum Kind {
        /** An assault on a garrison to take its town. */
        ASSAULT,
        /** A hit on a post for equipment, then withdrawal. */
        RAID,
        /** Hostile units meeting in the field. */
        CLASH,
        /** An attack on a convoy on the road. */
        AMBUSH,
        /** A convoy trying to fight its way through the blockade of the town it is bound for. */
        BLOCKADE_RUN
    }

    /** A battle in progress. */
    public static final class Battle {
        private final Kind kind;
        private final int cell;
        private final int town;
        private final int attackerFaction;
        private final int defenderFaction;
        private final List<ArmedUnit> attackers = new ArrayList<>();
        private final List<ArmedUnit> defenders = new ArrayList<>();
        private final List<Garrison> garrisons = new ArrayList<>();
        private final Convoy convoy;
        private double startAttackers;
        private double startDefenders;
        private int lostAttackers;
        private int lostDefenders;
        private int day;
        private boolean over;

        Battle(Kind kind, int cell, int town, int attackerFaction, int defenderFaction, Convoy convoy) {
            this.kind = kind;
            this.cell = cell;
            this.town = town;
            this.attackerFaction = attackerFaction;
            this.defenderFaction = defenderFaction;
            this.convoy = convoy;
        }

        public Kind kind() {
            return kind;
        }

        public int cell() {
            return cell;
        }

        public int town() {
            return town;
        }

        public int attackerFaction() {
            return attackerFaction;
        }

        public int defenderFaction() {
            return defenderFaction;
        }

        public List<ArmedUnit> attackers() {
            return attackers;
        }

        public List<ArmedUnit> defenders() {
            return defenders;
        }

        public List<Garrison> garrisons() {
            return garrisons;
        }

        public Convoy convoy() {
            return convoy;
        }

        public boolean over() {
            return over;
        }

        public int days() {
            return day;
        }

        int attackerStrength() {
            int s = 0;
            for (ArmedUnit u : attackers) {
                s += u.strength();
            }
            return s;
        }

        int defenderStrength() {
            int s = convoy == null ? 0 : convoy.escort();
            for (ArmedUnit u : defenders) {
                s += u.strength();
            }
            for (Garrison g : garrisons) {
                s += g.troops();
            }
            return s;
        }
    }

    /** Chance of finding an enemy where the population gives no information at all (an assumption). */
    static final double DETECTION_FLOOR = 0.1;

    private final World world;
    private final Violence violence;
    private final Convoys convoys;
    private final Retreats retreats;
    private final CombatParams params;
    private final List<Battle> battles = new ArrayList<>();
    /** Per faction, the assaults and raids its units fought beside another faction's: a coalition acting as one. */
    private final long[] jointAssaults;
    private long jointTotal;

    public Combat(World world, Violence violence, Convoys convoys, Retreats retreats) {
        this.world = world;
        this.violence = violence;
        this.convoys = convoys;
        this.retreats = retreats;
        this.params = world.scenario().combat();
        this.jointAssaults = new long[world.factions().size()];
    }

    /** Per faction, the joint assaults and raids it has fought so far (counted when each ends). */
    public long jointAssaults(int faction) {
        return jointAssaults[faction];
    }

    /** Counts joint assaults from now on (after a spin-up). */
    public void openBooks() {
        java.util.Arrays.fill(jointAssaults, 0);
        jointTotal = 0;
    }

    /** Joint assaults and raids fought so far, each once. */
    public long jointAssaults() {
        return jointTotal;
    }

    /** An assault or raid whose attackers came from more than one faction counts once for each of them. */
    private void countJoint(Battle b) {
        if (b.kind != Kind.ASSAULT && b.kind != Kind.RAID) {
            return;
        }
        boolean[] in = new boolean[jointAssaults.length];
        int factions = 0;
        for (ArmedUnit u : b.attackers) {
            if (!in[u.faction()]) {
                in[u.faction()] = true;
                factions++;
            }
        }
        if (factions < 2) {
            return;
        }
        jointTotal++;
        for (int f = 0; f < in.length; f++) {
            if (in[f]) {
                jointAssaults[f]++;
            }
        }
    }

    public List<Battle> battles() {
        return battles;
    }

    /** An assault (or a raid) by units on the hostile garrisons of a town. */
    public Battle assault(List<ArmedUnit> attackers, int town, boolean raid) {
        int attacker = attackers.get(0).faction();
        List<Garrison> defending = new ArrayList<>();
        for (Garrison g : world.garrisonsAt(town)) {
            if (world.relations().hostile(attacker, g.faction()) && g.troops() > 0) {
                defending.add(g);
            }
        }
        if (defending.isEmpty()) {
            return null;
        }
        defending.sort((a, b) -> Integer.compare(b.troops(), a.troops()));
        Battle b = new Battle(raid ? Kind.RAID : Kind.ASSAULT, world.town(town).cell(), town, attacker,
                defending.get(0).faction(), null);
        b.garrisons.addAll(defending);
        for (Garrison g : defending) {
            g.setInBattle(true);
        }
        for (ArmedUnit u : attackers) {
            join(b, u, true);
        }
        defendingUnitsJoin(b);
        return begin(b);
    }

    /** Hostile units meeting in the field. */
    public Battle clash(ArmedUnit attacker, ArmedUnit defender) {
        Battle b = new Battle(Kind.CLASH, defender.cell(), world.grid().nearestTown(defender.cell()),
                attacker.faction(), defender.faction(), null);
        join(b, attacker, true);
        join(b, defender, false);
        return begin(b);
    }

    /**
     * A convoy meets the blockade of the town it is bound for: the blockaders fight it for a day (as attackers,
     * without surprise: they hold the road and the convoy comes at them). If they break, the convoy goes on; if
     * its escort breaks with {@code combat.breakLosses} of it lost, it is destroyed; otherwise it is turned back.
     */
    public Battle forceBlockade(List<ArmedUnit> blockaders, Convoy convoy, int cell, int town) {
        Battle b = new Battle(Kind.BLOCKADE_RUN, cell, town, blockaders.get(0).faction(), convoy.faction(), convoy);
        for (ArmedUnit u : blockaders) {
            join(b, u, true);
        }
        return begin(b);
    }

    /** An ambush on a convoy; the convoy halts while it lasts. */
    public Battle ambush(List<ArmedUnit> ambushers, Convoy convoy, int cell) {
        Battle b = new Battle(Kind.AMBUSH, cell, world.grid().nearestTown(cell), ambushers.get(0).faction(),
                convoy.faction(), convoy);
        for (ArmedUnit u : ambushers) {
            join(b, u, true);
        }
        return begin(b);
    }

    private Battle begin(Battle b) {
        b.startAttackers = b.attackerStrength();
        b.startDefenders = b.defenderStrength();
        alliesJoin(b);
        battles.add(b);
        return b;
    }

    /** Adds a unit to a battle on the attacking or defending side. */
    public void join(Battle b, ArmedUnit u, boolean attacking) {
        (attacking ? b.attackers : b.defenders).add(u);
        u.setInBattle(true);
        if (attacking) {
            b.startAttackers += u.strength();
        } else {
            b.startDefenders += u.strength();
        }
    }

    /** An ongoing battle at a town, for units arriving to join it. */
    public Battle battleAt(int town) {
        for (Battle b : battles) {
            if (!b.over && b.town == town && (b.kind == Kind.ASSAULT || b.kind == Kind.RAID)) {
                return b;
            }
        }
        return null;
    }

    private void defendingUnitsJoin(Battle b) {
        double km = params.engagementKm();
        for (ArmedUnit u : world.units()) {
            if (u.alive() && !u.inBattle() && world.relations().allied(u.faction(), b.defenderFaction)
                    && world.relations().hostile(u.faction(), b.attackerFaction)
                    && world.grid().kmApprox(u.cell(), b.cell) <= km) {
                join(b, u, false);
            }
        }
    }

    /** Allies of the attacker close by join the attack (joint attacks of coalitions and of the state with its contractors). */
    private void alliesJoin(Battle b) {
        double km = 2 * params.engagementKm();
        for (ArmedUnit u : world.units()) {
            if (u.alive() && !u.inBattle() && u.faction() != b.attackerFaction
                    && world.relations().allied(u.faction(), b.attackerFaction)
                    && world.relations().hostile(u.faction(), b.defenderFaction)
                    && (u.mission() == Mission.IDLE || u.mission().offensive())
                    && world.grid().kmApprox(u.cell(), b.cell) <= km) {
                join(b, u, true);
            }
        }
    }

    /** Starts the day's chance encounters, then fights one day of every battle and settles those that end. */
    public void step() {
        engagements();
        for (Battle b : new ArrayList<>(battles)) {
            if (!b.over) {
                fightDay(b);
            }
        }
        battles.removeIf(Battle::over);
    }

    /**
     * Hostile units within {@code engagementKm} of each other fight with a daily chance of their hostility
     * times {@code clashChance} times the stronger side's {@link #detection} of the weaker. Units are scanned in list order, so the outcome never depends on hashing.
     */
    private void engagements() {
        List<ArmedUnit> units = world.units();
        var grid = world.grid();
        int reach = (int) Math.ceil(params.engagementKm() / grid.cellKm());
        // Each unit's column and row worked out once rather than for every pair it is in: each costs a division,
        // and the pairs are many. Nobody moves while units engage.
        int[] column = new int[units.size()];
        int[] row = new int[units.size()];
        for (int k = 0; k < units.size(); k++) {
            column[k] = grid.x(units.get(k).cell());
            row[k] = grid.y(units.get(k).cell());
        }
        for (int a = 0; a < units.size(); a++) {
            ArmedUnit ua = units.get(a);
            if (!ua.alive() || ua.inBattle()) {
                continue;
            }
            for (int b = a + 1; b < units.size(); b++) {
                if (Math.abs(column[b] - column[a]) > reach || Math.abs(row[b] - row[a]) > reach) {
                    continue;
                }
                ArmedUnit ub = units.get(b);
                if (!ub.alive() || ub.inBattle()) {
                    continue;
                }
                double h = world.relations().hostility(ua.faction(), ub.faction());
                if (h <= 0 || grid.kmApprox(ua.cell(), ub.cell()) > params.engagementKm()) {
                    continue;
                }
                boolean aStronger = ua.strength() >= ub.strength();
                double find = detection(aStronger ? ua.faction() : ub.faction(), aStronger ? ub.cell() : ua.cell());
                if (world.random().nextDouble() >= h * params.clashChance() * find) {
                    continue;
                }
                boolean aAttacks = ua.mission().offensive() || !ub.mission().offensive();
                clash(aAttacks ? ua : ub, aAttacks ? ub : ua);
                if (ua.inBattle()) {
                    break;
                }
            }
        }
    }

    /**
     * Chance that a force finds an enemy in a cell: the weaker side slips away unless local people inform on
     * it, so a force finds enemies where it and its allies hold the population (Kalyvas 2006): from
     * {@link #DETECTION_FLOOR} where they have no influence to 1 where they have all of it. Allies share what
     * their informers tell (a coalition's shared intelligence); a rival on the same side does not.
     */
    public double detection(int faction, int cell) {
        int i = world.grid().landIndex(cell);
        if (i < 0) {
            return DETECTION_FLOOR;
        }
        double friends = 0.5;
        if (world.control().zone(i) != ControlMap.UNCONTROLLED) {
            friends = 0;
            for (int g = 0; g < world.factions().size(); g++) {
                if (world.relations().allied(faction, g)) {
                    friends += world.control().share(g, i);
                }
            }
        }
        return DETECTION_FLOOR + (1 - DETECTION_FLOOR) * Math.min(1, friends);
    }

    private double quality(int faction) {
        return world.faction(faction).behaviour().quality();
    }

    private static double moraleFactor(double morale) {
        return 0.5 + 0.5 * morale;
    }

    private void fightDay(Battle b) {
        b.attackers.removeIf(u -> !u.alive());
        b.defenders.removeIf(u -> !u.alive());
        b.garrisons.removeIf(g -> g.troops() <= 0 || !world.garrisons().contains(g));
        if (b.attackerStrength() == 0 || b.defenderStrength() == 0) {
            settle(b, b.attackerStrength() == 0, b.defenderStrength() == 0, 0, 0, 0);
            return;
        }
        double fireA = 0;
        for (ArmedUnit u : b.attackers) {
            fireA += u.strength() * quality(u.faction()) * moraleFactor(u.morale());
        }
        if (b.day == 0 && (b.kind == Kind.RAID || b.kind == Kind.AMBUSH)) {
            fireA *= params.surprise();
        }
        fireA *= 1 - world.airPenaltyAgainst(b.attackerFaction, b.cell);
        double fireD = 0;
        double fortification = 0;
        for (Garrison g : b.garrisons) {
            fireD += g.troops() * quality(g.faction()) * moraleFactor(g.morale());
            fortification = Math.max(fortification, g.fortification());
        }
        for (ArmedUnit u : b.defenders) {
            fireD += u.strength() * quality(u.faction()) * moraleFactor(u.morale());
        }
        if (b.convoy != null) {
            fireD += b.convoy.escort() * quality(b.convoy.faction());
        }
        fireD *= 1 - world.airPenaltyAgainst(b.defenderFaction, b.cell);
        double terrain = world.grid().terrain(b.cell).movementCost();
        double shield = (1 + params.terrainDefence() * (terrain - 1)) * (1 + fortification * params.fortification());
        int lossD = Math.min(b.defenderStrength(), world.draws().poisson(params.attrition() * fireA / shield));
        int lossA = Math.min(b.attackerStrength(), world.draws().poisson(params.attrition() * fireD));
        int killedA = inflictOnAttackers(b, lossA);
        int killedD = inflictOnDefenders(b, lossD);
        b.lostAttackers += lossA;
        b.lostDefenders += lossD;
        b.day++;
        int civilians = collateral(b, lossA + lossD);
        boolean attackersBreak = b.attackerStrength() == 0 || b.lostAttackers >= params.breakLosses() * b.startAttackers
                || outgunned(b.attackerFaction, fireA, fireD);
        boolean defendersBreak = b.defenderStrength() == 0 || b.lostDefenders >= params.breakLosses() * b.startDefenders
                || outgunned(b.defenderFaction, fireD * shield, fireA);
        boolean timeUp = b.day >= params.maxBattleDays() || b.kind == Kind.RAID || b.kind == Kind.AMBUSH
                || b.kind == Kind.BLOCKADE_RUN;
        if (attackersBreak && defendersBreak) {
            defendersBreak = false;
        }
        if (attackersBreak || defendersBreak || timeUp) {
            settle(b, attackersBreak, defendersBreak, killedA, killedD, civilians);
        } else {
            record(b, dayKind(b), killedA, killedD, civilians, describe(b, "fighting goes on"));
        }
    }

    private boolean outgunned(int faction, double own, double enemy) {
        return enemy > 0 && own / enemy < world.faction(faction).behaviour().retreatRatio();
    }

    private EventKind dayKind(Battle b) {
        return b.kind == Kind.AMBUSH ? EventKind.IED : EventKind.ARMED_CLASH;
    }

    /** Puts a side's losses out of action, in proportion to strength; returns how many of them were killed. */
    private int inflictOnAttackers(Battle b, int loss) {
        int[] strengths = new int[b.attackers.size()];
        int[] factions = new int[strengths.length];
        for (int i = 0; i < strengths.length; i++) {
            strengths[i] = b.attackers.get(i).strength();
            factions[i] = b.attackers.get(i).faction();
        }
        int[] share = apportion(loss, strengths);
        for (int i = 0; i < share.length; i++) {
            b.attackers.get(i).removeStrength(share[i]);
        }
        return book(loss, share, factions);
    }

    private int inflictOnDefenders(Battle b, int loss) {
        int n = b.garrisons.size() + b.defenders.size() + (b.convoy == null ? 0 : 1);
        int[] strengths = new int[n];
        int[] factions = new int[n];
        int k = 0;
        for (Garrison g : b.garrisons) {
            factions[k] = g.faction();
            strengths[k++] = g.troops();
        }
        for (ArmedUnit u : b.defenders) {
            factions[k] = u.faction();
            strengths[k++] = u.strength();
        }
        if (b.convoy != null) {
            factions[k] = b.convoy.faction();
            strengths[k] = b.convoy.escort();
        }
        int[] share = apportion(loss, strengths);
        k = 0;
        for (Garrison g : b.garrisons) {
            g.removeTroops(share[k++]);
        }
        for (ArmedUnit u : b.defenders) {
            u.removeStrength(share[k++]);
        }
        if (b.convoy != null) {
            b.convoy.removeEscort(share[k]);
        }
        return book(loss, share, factions);
    }

    /**
     * Of a side's fighters put out of action, a binomial number with chance {@code combat.killedShare} each are
     * killed, spread over the side's forces in proportion to their losses; the books get each faction's killed
     * and the rest (wounded, captured, missing) as lost otherwise, of whom the faction's {@code rejoinShare}
     * come back to its pool of recruits. Returns the side's killed.
     */
    private int book(int loss, int[] share, int[] factions) {
        int killed = world.draws().binomial(loss, params.killedShare());
        int[] dead = apportion(killed, share);
        TroopLedger ledger = world.ledger();
        for (int i = 0; i < share.length; i++) {
            ledger.book(TroopLedger.Entry.KILLED, factions[i], dead[i]);
            ledger.book(TroopLedger.Entry.LOST_OTHERWISE, factions[i], share[i] - dead[i]);
            Faction faction = world.faction(factions[i]);
            if (!faction.withdrawn()) {
                faction.addRejoiners(faction.behaviour().rejoinShare() * (share[i] - dead[i]));
            }
        }
        return killed;
    }

    /** Splits a whole number of losses in proportion to strengths (largest remainder, ties to the first). */
    static int[] apportion(int total, int[] strengths) {
        int[] out = new int[strengths.length];
        long sum = 0;
        for (int s : strengths) {
            sum += s;
        }
        if (sum == 0 || total == 0) {
            return out;
        }
        double[] rest = new double[strengths.length];
        int given = 0;
        for (int i = 0; i < strengths.length; i++) {
            double exact = (double) total * strengths[i] / sum;
            out[i] = (int) Math.floor(exact);
            rest[i] = exact - out[i];
            given += out[i];
        }
        while (given < total) {
            int best = -1;
            for (int i = 0; i < rest.length; i++) {
                if (out[i] < strengths[i] && (best < 0 || rest[i] > rest[best])) {
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            out[best]++;
            rest[best] = -1;
            given++;
        }
        return out;
    }

    /** Civilians caught in a battle in a populated cell, in proportion to the fighters put out of action. */
    private int collateral(Battle b, int outOfAction) {
        int i = world.grid().landIndex(b.cell);
        if (i < 0 || outOfAction == 0) {
            return 0;
        }
        int residents = world.population().residents(i);
        double exposure = Math.min(1.0, residents / 2000.0);
        int dead = world.population().kill(i, world.draws().poisson(params.collateral() * outOfAction * exposure));
        violence.frighten(b.cell, world.scenario().civilians().battleFear());
        return dead;
    }

    private void settle(Battle b, boolean attackersBreak, boolean defendersBreak, int killedA, int killedD,
                        int civilians) {
        b.over = true;
        countJoint(b);
        for (ArmedUnit u : b.attackers) {
            u.setInBattle(false);
        }
        for (ArmedUnit u : b.defenders) {
            u.setInBattle(false);
        }
        for (Garrison g : b.garrisons) {
            g.setInBattle(false);
        }
        EventKind kind = dayKind(b);
        String notes;
        if (defendersBreak) {
            setMorale(b.attackers, +0.1);
            notes = defendersBroke(b);
            if (b.kind == Kind.ASSAULT && world.town(b.town).holder() == b.attackerFaction) {
                kind = world.faction(b.attackerFaction).insurgent() ? EventKind.TERRITORY_TAKEN
                        : EventKind.TERRITORY_REGAINED;
            } else if (b.kind == Kind.ASSAULT || b.kind == Kind.RAID) {
                kind = EventKind.POST_OVERRUN;
            }
        } else if (b.kind == Kind.BLOCKADE_RUN && !attackersBreak) {
            convoys.turnBackAtBlockade(b.convoy);
            notes = describe(b, "the convoy was turned back");
        } else {
            setMorale(b.attackers, attackersBreak ? -0.2 : -0.05);
            for (ArmedUnit u : b.attackers) {
                retreat(u);
            }
            for (Garrison g : b.garrisons) {
                g.setMorale(g.morale() + 0.05);
            }
            notes = describe(b, b.kind == Kind.BLOCKADE_RUN ? "the convoy fought its way through"
                    : attackersBreak ? "the attackers were repulsed" : "the attackers withdrew");
        }
        record(b, kind, killedA, killedD, civilians, notes);
    }

    private String defendersBroke(Battle b) {
        switch (b.kind) {
            case CLASH:
                for (ArmedUnit u : b.defenders) {
                    u.setMorale(u.morale() - 0.2);
                    retreat(u);
                }
                return describe(b, "the defenders fell back");
            case AMBUSH:
                convoys.destroy(b.convoy, b.cell);
                for (ArmedUnit u : b.attackers) {
                    loot(u);
                    retreat(u);
                }
                return describe(b, "the convoy was destroyed");
            case BLOCKADE_RUN:
                // Outgunned but not cut to pieces, a convoy facing a known line can still turn round;
                // an ambushed one cannot.
                if (b.convoy.escort() > 0 && b.lostDefenders < params.breakLosses() * b.startDefenders) {
                    convoys.turnBackAtBlockade(b.convoy);
                    return describe(b, "the convoy was turned back");
                }
                convoys.destroy(b.convoy, b.cell);
                for (ArmedUnit u : b.attackers) {
                    loot(u);
                }
                return describe(b, "the convoy was destroyed; the blockade holds");
            case RAID:
                for (ArmedUnit u : b.attackers) {
                    loot(u);
                    retreat(u);
                }
                for (Garrison g : b.garrisons) {
                    g.setMorale(g.morale() - 0.25);
                    if (g.troops() < 30) {
                        convoys.withdrawGarrison(g, "overrun by a raid");
                    }
                }
                return describe(b, "the raiders took equipment and withdrew");
            case ASSAULT:
            default:
                for (Garrison g : new ArrayList<>(b.garrisons)) {
                    g.setMorale(g.morale() - 0.3);
                    convoys.withdrawGarrison(g, "driven out");
                }
                for (ArmedUnit u : b.defenders) {
                    retreat(u);
                }
                return capture(b);
        }
    }

    /**
     * After an assault the attackers keep the town if their faction holds towns and no hostile air power
     * covers it; otherwise they take what they can and pull back (mali-facts section 5, fact 4).
     */
    private String capture(Battle b) {
        Faction attacker = world.faction(b.attackerFaction);
        boolean holds = attacker.behaviour().aims().hold() >= 0.5
                && world.airPenaltyAgainst(b.attackerFaction, b.cell) < 0.15;
        if (!holds || world.town(b.town).holder() >= 0) {
            for (ArmedUnit u : b.attackers) {
                loot(u);
                retreat(u);
            }
            return describe(b, "the post was overrun; the attackers took equipment and withdrew");
        }
        int total = b.attackerStrength();
        int want = Math.max(Math.min(total, attacker.behaviour().bandSize()), total / 2);
        int taken = 0;
        List<ArmedUnit> bySize = new ArrayList<>(b.attackers);
        bySize.sort((x, y) -> Integer.compare(y.strength(), x.strength()));
        int[] byFaction = new int[world.factions().size()];
        for (ArmedUnit u : bySize) {
            if (taken >= want) {
                break;
            }
            int moved = u.removeStrength(want - taken);
            byFaction[u.faction()] += moved;
            taken += moved;
        }
        for (int f = 0; f < byFaction.length; f++) {
            if (byFaction[f] > 0) {
                world.newGarrison(f, b.town, byFaction[f], 0.2, world.scenario().supply().stockDays() / 3, null);
            }
        }
        for (ArmedUnit u : b.attackers) {
            if (u.alive()) {
                u.idle();
            }
        }
        return describe(b, world.faction(b.attackerFaction).name() + " took the town");
    }

    /**
     * Taken equipment and supplies raise the takers' morale; they arm no new fighters, who come only through
     * recruitment.
     */
    private static void loot(ArmedUnit u) {
        u.setMorale(u.morale() + 0.15);
    }

    private void retreat(ArmedUnit u) {
        if (u.alive()) {
            retreats.retreat(u);
        }
    }

    private static void setMorale(List<ArmedUnit> units, double delta) {
        for (ArmedUnit u : units) {
            u.setMorale(u.morale() + delta);
        }
    }

    private String describe(Battle b, String outcome) {
        String where = world.town(b.town).town().name();
        String what = switch (b.kind) {
            case ASSAULT -> "assault on " + where;
            case RAID -> "raid on " + where;
            case CLASH -> "clash near " + where;
            case AMBUSH -> "ambush on a convoy near " + where;
            case BLOCKADE_RUN -> "convoy forcing the blockade of " + where;
        };
        return what + ", day " + b.day + ": " + outcome;
    }

    /** Logs a battle's day: the fighters killed on each side (the wounded and captured are not fatalities). */
    private void record(Battle b, EventKind kind, int killedA, int killedD, int civilians, String notes) {
        world.emit(kind, b.attackerFaction, b.defenderFaction, b.cell, killedA, killedD, civilians, notes);
    }
}
