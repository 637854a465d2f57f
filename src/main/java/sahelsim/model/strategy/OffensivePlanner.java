package sahelsim.model.strategy;

import java.util.ArrayList;
import java.util.List;
import sahelsim.model.EventKind;
import sahelsim.model.Faction;
import sahelsim.model.Objectives;
import sahelsim.model.Relations;
import sahelsim.model.TownState;
import sahelsim.model.World;
import sahelsim.model.agents.ArmedUnit;
import sahelsim.model.agents.ForeignContingent;
import sahelsim.model.agents.Garrison;
import sahelsim.model.command.Assault;
import sahelsim.model.command.Odds;
import sahelsim.model.command.TargetWorth;
import sahelsim.model.mechanics.Supply;
import sahelsim.scenario.CoalitionLevel;
import sahelsim.scenario.FactionKind;
import sahelsim.scenario.OffensiveParams;
import sahelsim.scenario.TruceRule;

/**
 * A faction's offensives and sieges, reviewed on its strategic rhythm: it keeps, takes or gives up an objective
 * ({@link OffensiveChoice}) from what it sees: each town held against it, its worth, the opportunity (a foreign
 * base left nearby, the garrison cut off, no hostile air cover), the enemy in its home areas, and the force it and
 * its partners can bring within their range against the town's defence. A town held by a truce partner is a
 * candidate where the pair's truce breaks on an offensive; choosing it breaks the truce. Partners join: the
 * factions its Command plans with (a full coalition, the state's allies such as the contractors) and, in a
 * tactical coalition, partners at war with the holder that have no objective of their own (joint assaults).
 */
public final class OffensivePlanner {

    /** How near a foreign base that was left makes a town an opportunity (as the Command's worth counts it). */
    static final double VACATED_REACH_KM = 100;
    /** The aim for holding at which a unit that finds a post empty stays in it (the Command's rule, section 7.9). */
    static final double KEEPS_TOWNS = 0.3;
    /** A town this close to a home town counts as home ground for the threat (as the objective's reach). */
    static final double HOME_REACH_KM = Objectives.REACH_KM;

    private final World world;
    private final Supply supply;
    private final OffensiveParams params;
    private final OffensiveChoice choice;
    private final TruceKeeping truces;
    /** The day each faction's current objective was taken up, and who led it into it (itself, or a partner). */
    private final long[] since;
    private final int[] ledBy;
    /** Each faction's power when it took up its current objective. */
    private final double[] powerAtLaunch;
    private final PowerBalance balance;

    public OffensivePlanner(World world, Supply supply, OffensiveParams params, TruceKeeping truces) {
        this.world = world;
        this.supply = supply;
        this.params = params;
        this.choice = new OffensiveChoice(params);
        this.truces = truces;
        int n = world.factions().size();
        this.since = new long[n];
        this.ledBy = new int[n];
        this.powerAtLaunch = new double[n];
        this.balance = new PowerBalance(world);
        java.util.Arrays.fill(ledBy, -1);
    }

    /**
     * Whether a faction plans offensives of its own: the state and the armed groups on the map. Foreign
     * contingents do not; the contractors and the militias follow the state's offensives (they fight beside it,
     * section 2) and lead none; a member of a full coalition plans under its first member's command.
     */
    public boolean plans(int f) {
        Faction faction = world.faction(f);
        FactionKind kind = faction.kind();
        return world.onMap(f) && kind != FactionKind.FOREIGN && kind != FactionKind.CONTRACTOR
                && kind != FactionKind.MILITIA
                && (faction.behaviour().aims().attack() > 0 || faction.behaviour().aims().blockade() > 0)
                && !underAnotherCommand(f);
    }

    /** A member of a full coalition other than its first plans under that one's command. */
    private boolean underAnotherCommand(int f) {
        for (int g = 0; g < f; g++) {
            if (world.relations().coalition(f, g) == CoalitionLevel.FULL) {
                return true;
            }
        }
        return false;
    }

    /** The faction's strategic review of its offensives. */
    public void review(int f) {
        Objectives objectives = world.objectives();
        int current = objectives.town(f);
        if (current >= 0 && ledBy[f] == f) {
            String why = reasonToDrop(f, current);
            if (why != null) {
                drop(f, why);
            }
            // Whether taken or given up, the faction regroups until its next review before it starts another.
            return;
        } else if (current >= 0) {
            return;
        }
        List<Prospect> prospects = new ArrayList<>();
        for (TownState t : world.towns()) {
            Prospect p = prospect(f, t);
            if (p != null) {
                prospects.add(p);
            }
        }
        OffensiveChoice.Decision d = choice.choose(prospects);
        if (d != null) {
            launch(f, d);
        }
    }

    private String reasonToDrop(int f, int town) {
        TownState t = world.town(town);
        if (t.holder() < 0) {
            return "sees " + t.town().name() + " left empty";
        }
        if (world.relations().allied(t.holder(), f)) {
            return "sees " + t.town().name() + " taken by " + name(t.holder());
        }
        double power = balance.powers()[f];
        if (power < (1 - params.breakOffLosses()) * powerAtLaunch[f]) {
            return String.format(java.util.Locale.ROOT, "breaks off at %s: it has lost %.0f%% of its fighters",
                    t.town().name(), 100 * (1 - power / powerAtLaunch[f]));
        }
        long days = world.day() - since[f];
        if (days >= params.giveUpDays()) {
            return "gives up on " + t.town().name() + " after " + days + " days";
        }
        if (days >= params.holdDays()) {
            Prospect p = prospect(f, t);
            if (p == null || !choice.worthKeeping(p)) {
                return "gives up on " + t.town().name() + ": the odds have turned";
            }
        }
        return null;
    }

    private void launch(int f, OffensiveChoice.Decision d) {
        TownState t = world.town(d.town());
        int holder = t.holder();
        Relations rel = world.relations();
        if (rel.atTruce(f, holder)) {
            truces.breakTruce(f, holder, name(f) + " marches on " + t.town().name());
        }
        set(f, f, d.town(), d.stake(), d.mode());
        world.emit(EventKind.CHANGE_OF_ACTIVITY, f, holder, t.cell(), 0, 0, 0, name(f) + " makes " + t.town().name()
                + " its objective (" + describe(d.mode()) + ", score "
                + String.format(java.util.Locale.ROOT, "%.1f", d.score()) + ")");
        for (int g = 0; g < world.factions().size(); g++) {
            if (g != f && world.onMap(g) && world.objectives().town(g) < 0 && joins(g, f, holder, d.town())) {
                set(g, f, d.town(), d.stake(), d.mode());
                world.emit(EventKind.CHANGE_OF_ACTIVITY, g, holder, t.cell(), 0, 0, 0, name(g) + " joins "
                        + name(f) + "'s offensive on " + t.town().name());
            }
        }
    }

    /** A partner joins an offensive: one Command for both, or a tactical ally at war with the holder. */
    private boolean joins(int g, int leader, int holder, int town) {
        Relations rel = world.relations();
        Faction partner = world.faction(g);
        if (partner.kind() == FactionKind.FOREIGN || !rel.hostile(g, holder)) {
            return false;
        }
        CoalitionLevel c = rel.coalition(g, leader);
        boolean stateAlly = !world.faction(leader).insurgent() && !partner.insurgent() && rel.allied(g, leader);
        return (c != CoalitionLevel.NONE || stateAlly) && inReach(g, town);
    }

    /** Some unit of the faction lies within its own range of the town: it can take part. */
    private boolean inReach(int g, int town) {
        double range = world.faction(g).behaviour().rangeKm();
        for (ArmedUnit u : world.units()) {
            if (u.faction() == g && u.alive() && world.costTo(u.cell(), town) <= range) {
                return true;
            }
        }
        return false;
    }

    private void drop(int f, String why) {
        int town = world.objectives().town(f);
        TownState t = world.town(town);
        for (int g = 0; g < world.factions().size(); g++) {
            if (ledBy[g] == f && world.objectives().town(g) == town) {
                world.objectives().set(g, town, 0);
                ledBy[g] = -1;
            }
        }
        world.emit(EventKind.CHANGE_OF_ACTIVITY, f, -1, t.cell(), 0, 0, 0, name(f) + " " + why);
    }

    private void set(int g, int leader, int town, double stake, Objectives.Mode mode) {
        world.objectives().set(g, town, stake, mode);
        since[g] = world.day();
        powerAtLaunch[g] = balance.powers()[g];
        ledBy[g] = leader;
    }

    /** The town as faction {@code f} sees it, or null when it is no target: empty, friendly, shielded, at peace. */
    Prospect prospect(int f, TownState t) {
        int holder = t.holder();
        Relations rel = world.relations();
        if (holder < 0 || holder == f || rel.allied(f, holder)) {
            return null;
        }
        Faction faction = world.faction(f);
        if (faction.armedGroup() && !world.inHomeArea(f, t.cell())) {
            // Armed groups fight for their own country: their offensives stay in their home areas (mali-facts 3:
            // the CSP around Kidal and the Niger bend, JNIM in the centre and at Timbuktu, the ISSP at Ménaka).
            return null;
        }
        boolean atWar = rel.hostile(f, holder);
        boolean mayBreak = rel.atTruce(f, holder) && rel.truceBreaksOn(f, holder, TruceRule.OFFENSIVE);
        Odds odds = new Odds(world, world.faction(f));
        if ((!atWar && !mayBreak) || odds.shielded(t)) {
            return null;
        }
        double worth = new TargetWorth(world, world.faction(f)).worth(t) * rel.declaredHostility(f, holder);
        double means = means(f, t.index());
        if (means <= 0) {
            return null;
        }
        boolean siegeable = faction.behaviour().aims().blockade() > 0 && world.faction(holder).suppliedByConvoy()
                && t.town().population() >= 5000 && !supply.isOrigin(t.index());
        boolean keeps = faction.behaviour().aims().hold() >= KEEPS_TOWNS;
        double defence = odds.defence(t) + params.responseWeight() * response(f, holder, t.index());
        return new Prospect(t.index(), worth, means / Math.max(1, defence), vacated(t), cutOff(t, holder),
                world.airPenaltyAgainst(f, t.cell()) == 0, threat(f, t, holder), siegeable, keeps);
    }

    /**
     * The force the faction and the factions it plans with can bring against a town: their strongest units within
     * their own range of it, by travel cost, as many as an assault on an objective gathers.
     */
    private double means(int f, int town) {
        Relations rel = world.relations();
        return strongest(town, g -> g == f || rel.coalition(f, g) != CoalitionLevel.NONE
                || (!world.faction(f).insurgent() && !world.faction(g).insurgent() && rel.allied(f, g)
                && world.faction(g).kind() != FactionKind.FOREIGN));
    }

    /**
     * The force the holder's side can send to the town's aid, reckoned as the faction reckons its own means: the
     * strongest units of the holder and its allies at war with the faction within their range of the town. A
     * garrison holds the walls; the columns that come to its help decide a campaign in the countryside.
     */
    private double response(int f, int holder, int town) {
        Relations rel = world.relations();
        return strongest(town, g -> (g == holder || rel.allied(g, holder)) && rel.hostile(g, f));
    }

    /** The summed force of the strongest units, as many as an offensive gathers, of the chosen factions in reach. */
    private double strongest(int town, java.util.function.IntPredicate side) {
        List<Double> forces = new ArrayList<>();
        for (ArmedUnit u : world.units()) {
            if (!u.alive() || !side.test(u.faction())) {
                continue;
            }
            Faction owner = world.faction(u.faction());
            if (world.costTo(u.cell(), town) <= owner.behaviour().rangeKm()) {
                forces.add(u.strength() * owner.behaviour().quality() * (0.5 + 0.5 * u.morale()));
            }
        }
        forces.sort(java.util.Comparator.reverseOrder());
        double sum = 0;
        for (int k = 0; k < Math.min(forces.size(), Assault.OFFENSIVE_UNITS); k++) {
            sum += forces.get(k);
        }
        return sum;
    }

    /** A foreign contingent left the town, or a base within reach of it, within the last {@code vacatedDays}. */
    private boolean vacated(TownState t) {
        for (ForeignContingent c : world.contingents()) {
            TownState base = world.town(c.base());
            if (c.status() == ForeignContingent.Status.GONE && base.vacatedBase()
                    && world.day() - base.vacatedDay() <= params.vacatedDays()
                    && world.grid().kmApprox(base.cell(), t.cell()) <= VACATED_REACH_KM) {
                return true;
            }
        }
        return false;
    }

    /** The holder's garrison there is short of supplies or the town is blockaded. */
    private boolean cutOff(TownState t, int holder) {
        if (t.blockaded()) {
            return true;
        }
        Garrison g = world.garrisonOf(holder, t.index());
        return g != null && g.supply() < 2 * world.scenario().supply().abandonSupplyDays();
    }

    /** The holder's fighters there over the faction's own, where the town is its home ground; 0 elsewhere. */
    private double threat(int f, TownState t, int holder) {
        boolean home = world.inHomeArea(f, t.cell());
        for (int h : world.homeTowns(f)) {
            home |= world.grid().kmApprox(world.town(h).cell(), t.cell()) <= HOME_REACH_KM;
        }
        if (!home) {
            return 0;
        }
        double own = 0;
        double enemy = 0;
        for (Garrison g : world.garrisons()) {
            if (g.faction() == f) {
                own += g.troops();
            } else if (g.faction() == holder && g.town() == t.index()) {
                enemy += g.troops();
            }
        }
        for (ArmedUnit u : world.units()) {
            if (u.faction() == f && u.alive()) {
                own += u.strength();
            }
        }
        return own <= 0 ? 0 : enemy / own;
    }

    private static String describe(Objectives.Mode mode) {
        return switch (mode) {
            case SIEGE -> "a siege";
            case CAMPAIGN -> "a campaign around it";
            default -> "an assault";
        };
    }

    private String name(int f) {
        return world.faction(f).name();
    }
}
