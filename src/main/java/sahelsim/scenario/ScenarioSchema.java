package sahelsim.scenario;

import static sahelsim.scenario.Key.REQUIRED;

import java.util.List;

/**
 * Every key of a scenario file: type, unit, default, allowed range, meaning and, for empirical defaults,
 * the source. {@code docs/scenario-reference.md} is generated from this schema
 * ({@code ./sahelsim validate --reference}), so the reference and the loader never disagree.
 *
 * <p><b>Adding a key</b> is one line here, in its section, and one component of the same name in the section's
 * record ({@link CivilianParams} for {@code civilians}, {@link Behaviour} for a faction's {@code behaviour}, ...);
 * a new sub-section is a new record, and a component named after the sub-section in its parent's record. The
 * loader reads every such record from the checked tree by name ({@link RecordReader}), so nothing else is
 * written: a key without its component, or a component without its key, stops every scenario from loading and so
 * fails the tests. The type sets the component's: {@code whole} an int, {@code number} and {@code fraction} a
 * double, {@code bool} a boolean, {@code date} (held as its ISO text) a LocalDate, a list a {@code List<String>}
 * that the record's compact constructor copies (a scenario is immutable all the way down), the other kinds a
 * String; a value that may be none ({@link ValueType#orNone}) needs an object, such as a Double, not a double.
 * Then regenerate {@code docs/scenario-reference.md} and give the key its row in docs/ODD.md section 8
 * ({@code ScenarioReferenceTest} and {@code OddDocumentTest} say what is missing).
 */
public final class ScenarioSchema {

    /** Actions a timeline event can take. */
    public static final List<String> ACTIONS = List.of("withdraw", "reinforce", "set", "hostility", "truce",
            "breakTruce", "formCoalition", "breakCoalition", "wagnerArrives", "wagnerLeaves", "objective");

    /** Parameters that can change while a run goes on, by a timeline {@code set} event or a lever in the window. */
    public static final List<String> LIVE_KEYS = List.of("civilians.legitimacy", "civilians.hardship", "wagner.abuse");

    private ScenarioSchema() {
    }

    private static <T> Key.Value v(String name, ValueType<T> type, T def, String unit, String doc) {
        return new Key.Value(name, type, def, unit, doc, "");
    }

    private static <T> Key.Value v(String name, ValueType<T> type, T def, String unit, String doc, String source) {
        return new Key.Value(name, type, def, unit, doc, source);
    }

    /** A value that has no default and must be written. */
    private static Key.Value required(String name, ValueType<?> type, String unit, String doc) {
        return new Key.Value(name, type, REQUIRED, unit, doc, "");
    }

    private static Key.Section section(String name, String doc, Key... keys) {
        return new Key.Section(name, doc, List.of(keys));
    }

    private static Key.Value id() {
        return required("id", ValueType.id(), "", "Identifier of the item, unique in its list; key paths and "
                + "`extends` use it.");
    }

    private static final ValueType<Double> FRACTION = ValueType.fraction();
    private static final ValueType<String> DATE_OR_NEVER = ValueType.date().orNone("a date YYYY-MM-DD or null (never)");
    private static final ValueType<String> ID_OR_NONE = ValueType.id().orNone("an id or null");

    static final Key.Section AIMS = section("aims", "How much the faction values each kind of mission when its "
                    + "Command scores targets (0 = never). Only the ratios between them matter.",
            v("expand", ValueType.number(0, 10), 0.0, "weight", "Move into rural districts it does not control."),
            v("raid", ValueType.number(0, 10), 0.0, "weight", "Hit a post, take equipment and withdraw."),
            v("attack", ValueType.number(0, 10), 0.0, "weight", "Assault a hostile garrison to take its town."),
            v("blockade", ValueType.number(0, 10), 0.0, "weight", "Hold the roads around a hostile town to starve it."),
            v("ambush", ValueType.number(0, 10), 0.0, "weight", "Wait on a supply road for a convoy."),
            v("hold", ValueType.number(0, 10), 0.0, "weight", "Keep a town it takes (rather than leave it) and "
                    + "occupy empty posts."),
            v("clear", ValueType.number(0, 10), 0.0, "weight", "Sweep a district whose people live under hostile "
                    + "factions, hunting their units."),
            v("defend", ValueType.number(0, 10), 0.0, "weight", "Reinforce its own garrisons and home areas when "
                    + "threatened."));

    static final Key.Section BEHAVIOUR = section("behaviour", "How the faction fights, recruits and treats civilians.",
            v("bandSize", ValueType.whole(10, 5000), 150L, "fighters", "Fighters in a new band or column."),
            v("speedKmPerDay", ValueType.number(1, 500), 60.0, "km/day", "Distance a unit covers in a day on "
                    + "open Sahel (terrain costs slow it, roads speed it up)."),
            v("quality", ValueType.number(0.1, 5), 1.0, "", "Combat effectiveness of one fighter relative to a "
                    + "FAMa soldier."),
            v("aggression", FRACTION, 0.5, "share", "Share of idle units sent on offensive missions at each planning "
                    + "round; the others hold, recruit or defend."),
            v("planningDays", ValueType.whole(1, 90), 7L, "days", "Days between two planning rounds of the faction's "
                    + "Command."),
            v("rangeKm", ValueType.number(10, 3000), 400.0, "km", "Farthest target the Command considers from a "
                    + "unit's position."),
            v("retreatRatio", ValueType.number(0, 10), 0.5, "ratio", "A unit breaks off a fight when its effective "
                    + "strength falls below this multiple of the enemy's."),
            v("recruitment", ValueType.number(0, 1), 0.0, "per person per year", "Recruits per resident per year "
                    + "in cells where the faction is present, at full grievance and full affinity."),
            v("baseRecruitsPerDay", ValueType.number(0, 1000), 0.0, "recruits/day", "Recruits the faction gains "
                    + "each day from outside the map while it is on the map (for the state: national recruitment). "
                    + "Not for foreign or contractor factions: their strength changes only through the scenario."),
            v("rejoinShare", FRACTION, 0.0, "share", "Share of the faction's fighters put out of action but not "
                    + "killed (wounded, scattered) who come back to its pool of recruits. Bands that break melt "
                    + "into the population and regroup, so an armed group's strength does not hang on its presence "
                    + "alone (assumption; section 7.8 of docs/ODD.md)."),
            v("selectiveViolence", ValueType.number(0, 1000), 0.0, "events per million residents per day",
                    "Targeted killings of suspected collaborators in cells the faction dominates but does not "
                            + "fully control (Kalyvas zones 2 and 4)."),
            v("indiscriminateViolence", FRACTION, 0.0, "probability", "Chance that an offensive operation in a "
                    + "populated hostile area turns into a mass-casualty attack on civilians."),
            v("airSupport", FRACTION, 0.0, "share", "Share by which the faction's aircraft cut the effectiveness "
                    + "of its enemies fighting within the air-support radius."),
            v("airSupportRadiusKm", ValueType.number(0, 3000), 300.0, "km", "Radius of air support around the "
                    + "faction's garrisons and airfields."),
            v("civilianProtection", FRACTION, 0.0, "share", "Share of attacks on civilians the faction prevents "
                    + "near its garrisons (peacekeeping)."),
            v("protectionRadiusKm", ValueType.number(0, 1000), 50.0, "km", "Radius of civilian protection."),
            v("controlWeight", FRACTION, 1.0, "share", "How much the faction's presence counts towards control "
                    + "of territory (peacekeepers: 0, they guard camps but do not govern)."),
            AIMS);

    static final Key.Items FACTIONS = new Key.Items("factions", "The armed actors. Factions are data: any number "
            + "can be declared, each with its own behaviour.", section("faction", "",
            id(),
            required("name", ValueType.text(), "", "Display name in charts, the window and the event log."),
            required("kind", ValueType.oneOf("state", "foreign", "contractor", "rebel", "jihadist", "militia"), "",
                    "What the faction is. Foreign contingents are declared under `foreignForces`; contractors "
                            + "under `wagner`."),
            required("side", ValueType.oneOf("government", "insurgent"), "", "Incumbent or insurgent side in "
                    + "Kalyvas' control zones: government-side influence pushes a cell towards zone 1, "
                    + "insurgent-side influence towards zone 5."),
            required("colour", ValueType.colour(), "", "Colour in every chart, map and the window."),
            v("strength", ValueType.whole(0, 1_000_000), 0L, "fighters", "Mobile fighters at the start, outside "
                    + "garrisons, formed into bands of `behaviour.bandSize`."),
            v("homeAreas", ValueType.placeList(), List.of(), "places", "Where the faction recruits best, starts "
                    + "its bands and defends. `town:ID` is a town and the cells nearest it, `region:ID` a whole "
                    + "region; an id alone will do where it names only a town or only a region, and is an error "
                    + "where it names both (see [Town and region ids](#town-and-region-ids))."),
            BEHAVIOUR));

    static final Key.Items RELATIONS = new Key.Items("relations", "Hostility between pairs of factions. A pair not "
            + "listed is hostile (1.0) when the factions are on different sides and allied (0.0) when on the same "
            + "side.", section("relation", "",
            id(),
            required("between", ValueType.idList(2), "faction ids", "The two factions."),
            required("hostility", FRACTION, "", "0 allied (never fight, help each other) to 1 open war: the "
                    + "weight of each other as targets and the daily chance that units in contact fight."),
            v("truce", ValueType.bool(), false, "", "The pair is at truce at the start: no fighting until the "
                    + "truce breaks."),
            v("truceBreaksOn", ValueType.wordList(TruceRule.fileNames()), List.of(), "rules", "What makes either "
                    + "party break the truce, seen from that party: `baseTaken` (the other side sets up a post in its "
                    + "home areas where it had none when the truce began, such as taking over a base a foreign force "
                    + "left), `incursion` (the other side's units operate in its home areas with at least "
                    + "`incursionTroops` fighters), `allyAttacked` (the other side fights one of its coalition partners "
                    + "in its home areas), `offensive` (its own strategy picks a town the other side holds as its "
                    + "objective; only under `forcing: none`). Empty: only a `breakTruce` event or a lever ends it."),
            v("incursionTroops", ValueType.whole(1, 1_000_000), 300L, "fighters", "For `incursion`: the other "
                    + "side's fighters on missions inside a party's home areas that break the truce (assumption: a "
                    + "FAMa column, mali-facts 2.3)."),
            v("ideologicalDistance", FRACTION, 0.5, "", "How far apart the two factions' aims lie, 0 (the same) to 1 "
                    + "(irreconcilable): the cost to each of a coalition between them (Christia 2012; an "
                    + "assumption per pair).")));

    static final Key.Items GARRISONS = new Key.Items("garrisons", "Troops posted in towns at the start (foreign "
            + "contingents go under `foreignForces`, Wagner under `wagner`).", section("garrison", "",
            id(),
            required("town", ValueType.id(), "town id", "Where the garrison is."),
            required("faction", ValueType.id(), "faction id", "Whose troops they are."),
            required("troops", ValueType.whole(1, 1_000_000), "soldiers", "Troops in the garrison."),
            v("fortification", FRACTION, 0.3, "", "0 open camp to 1 fortified base: divides attackers' "
                    + "effectiveness by 1 + fortification x `combat.fortification`."),
            v("supplyDays", ValueType.number(0, 365), 60.0, "days", "Days of supplies in stock at the start.")));

    static final Key.Items FOREIGN_FORCES = new Key.Items("foreignForces", "Foreign contingents per base, with their "
            + "dates and what happens to the post when they leave.", section("contingent", "",
            id(),
            required("faction", ValueType.id(), "faction id", "A faction of kind `foreign`."),
            required("base", ValueType.id(), "town id", "The town or camp."),
            required("troops", ValueType.whole(1, 1_000_000), "soldiers", "Strength of the contingent."),
            v("arrival", DATE_OR_NEVER, null, "date", "When it arrives; null: present from the start."),
            v("withdrawal", DATE_OR_NEVER, null, "date", "When it leaves; null: it stays."),
            v("handover", ValueType.id(), "none", "faction id or none", "Who takes the post over when it leaves; "
                    + "the state takes it only with troops to spare within reach, else the post stands empty. "
                    + "`none`: the post is abandoned."),
            v("fortification", FRACTION, 0.7, "", "Fortification of the base.")));

    static final Key.Section WAGNER = section("wagner", "Russian contractors (Wagner, then Africa Corps) fighting "
                    + "beside the state.",
            v("faction", ValueType.id(), "wagner", "faction id", "The faction that stands for them."),
            v("arrival", DATE_OR_NEVER, null, "date", "When they arrive (a date before the start: present "
                    + "from the start; null: never)."),
            v("strength", ValueType.whole(0, 100_000), 0L, "fighters", "Contractors on the map."),
            v("abuse", FRACTION, 0.0, "probability", "Chance that an operation they take part in, in a populated "
                    + "hostile area, turns into indiscriminate violence against civilians (as at Moura, March "
                    + "2022)."),
            v("exit", DATE_OR_NEVER, null, "date", "When they leave; null: they stay."),
            v("bases", ValueType.idList(0), List.of(), "town ids", "Towns where part of them garrisons."),
            v("garrisonShare", FRACTION, 0.5, "share", "Share of the strength posted in `bases`; the rest "
                    + "joins the state's columns."));

    static final Key.Items COALITIONS = new Key.Items("coalitions", "Alliances between armed groups, formed on a "
            + "date or when a condition is met.", section("coalition", "",
            id(),
            required("members", ValueType.idList(2), "faction ids", "The members."),
            required("level", ValueType.oneOf("none", "tactical", "full"), "", "`tactical`: members never "
                    + "fight each other and join each other's attacks; `full`: one Command plans for all members "
                    + "(\"under one flag\"); `none`: declared but inactive."),
            section("trigger", "When the coalition forms under `forcing: historical` (or `imposed`): a date, or a "
                            + "condition; at most one. Under `forcing: none` its members decide (see `strategy.alliance`).",
                    v("date", DATE_OR_NEVER, null, "date", "Forms on this date."),
                    v("whenForeignForcesLeave", ID_OR_NONE, null, "region id", "Forms when the last "
                            + "foreign contingent in this region has left.")),
            v("until", DATE_OR_NEVER, null, "date", "Breaks on this date; null: it lasts."),
            v("imposed", ValueType.bool(), false, "", "The coalition forms on its trigger under either forcing and "
                    + "its members cannot leave it: a counterfactual's lever, not a decision of the run.")));

    static final Key.Section FLIGHT = section("flight", "Where people who flee go, day by day along the roads "
                    + "and tracks, and when they come home, after Flee (Suleimenova, Bell and Groen 2017): each place "
                    + "(a town, Bamako, a camp abroad) draws people by its safety over the distance to it; a town is "
                    + "in conflict as far as its fear passes `civilians.flightThreshold`.",
            v("speedKmPerDay", ValueType.number(1, 2000), 200.0, "km/day", "Distance people in flight cover in a "
                    + "day on the road graph.", "Flee's move speed, 200 km/day (Suleimenova et al. 2017)"),
            v("softeningKm", ValueType.number(0, 1000), 10.0, "km", "Added to every distance when places are "
                    + "weighed, so that near places are not told apart by a few km.",
                    "Flee's distance softening, 10 km"),
            v("distancePower", ValueType.number(0, 5), 1.0, "", "A place draws people in proportion to its "
                    + "attractiveness over (softening + route cost) to this power.", "Flee's distance power, 1"),
            v("awarenessLinks", ValueType.whole(1, 20), 2L, "links", "People weigh the places at most this many "
                    + "links of the road graph away (their awareness).",
                    "Flee's awareness level: the places a few links away"),
            v("campWeight", ValueType.number(0, 100), 2.0, "", "Attractiveness of a refugee camp (a safe town is "
                    + "1).", "Flee's camp weight, 2.0 (Suleimenova et al. 2017)"),
            v("conflictWeight", FRACTION, 0.25, "", "Attractiveness of a town in full conflict; a town in partial "
                    + "conflict has this to the power of its intensity.",
                    "Flee's conflict weight, 0.25 (Suleimenova et al. 2017)"),
            v("conflictMoveChance", FRACTION, 1.0, "per day", "Daily chance that displaced people staying in a "
                    + "town in full conflict move on (times its intensity).",
                    "Flee's move chance from a conflict zone, 1.0"),
            v("dangerDetour", ValueType.number(0, 100), 1.0, "", "Passing through a town in full conflict makes "
                    + "the link into it seem this many times longer again, so that routes avoid danger on the "
                    + "way (an assumption; not in Flee)."),
            v("returnAfterSafeDays", ValueType.whole(1, 3650), 90L, "days", "People go home once fear in their "
                    + "home cell has stayed below `civilians.returnThreshold` for this many days in a row (an "
                    + "assumption: a season)."),
            v("refugeeReturnShare", FRACTION, 0.3, "share", "Refugees in camps go home at this share of "
                    + "`civilians.returnRate` (an assumption: crossing back is the larger step)."));

    private static final String EPSTEIN = "Epstein (2002), PNAS 99 suppl. 3, Model I";

    static final Key.Section REBELLION = section("rebellion", "Civilians who rebel, after Model I of J. M. Epstein, "
                    + "\"Modeling civil violence\", PNAS 99 suppl. 3 (2002): a civilian goes active when its grievance "
                    + "G = H(1 - L) less its risk aversion R times its estimated arrest probability "
                    + "P = 1 - exp(-k (C/A)) exceeds T, with C the state side's troops (not foreign forces) and A the "
                    + "active civilians within `visionKm`; state forces arrest active civilians and jail them. Rules "
                    + "and departures from the paper: docs/ODD.md, section 7.21.",
            v("representatives", ValueType.whole(1, 1000), 20L, "civilians per cell", "Representative civilians in "
                    + "each cell, each with its own hardship and risk aversion, drawn once, and standing for an equal "
                    + "share of the cell's people at home: how finely a cell's mix of civilians is sampled "
                    + "(assumption; the paper has one agent per person)."),
            v("threshold", FRACTION, 0.1, "G", "T: a civilian goes active when G - R P exceeds it.", EPSTEIN),
            v("arrestConstant", ValueType.number(0, 100), 2.3, "", "k in P = 1 - exp(-k (C/A)): one soldier "
                    + "against one active civilian gives P = 0.9.", EPSTEIN),
            v("maxJailDays", ValueType.whole(0, 3650), 30L, "days", "J_max: an arrested civilian is jailed for a "
                    + "term drawn from U(0, J_max) whole days (one step of the paper is one day here).", EPSTEIN),
            v("copRatio", ValueType.oneOf("whole", "exact"), "whole", "", "How C/A enters P: `whole`, floor(C/A), "
                    + "whole troops per active civilian, as NetLogo's Rebellion computes it and without which the "
                    + "paper's outbursts do not appear (docs/epstein.md); `exact`, the quotient as the paper prints "
                    + "it."),
            v("visionKm", ValueType.number(0, 1000), 20.0, "km", "v: how far a civilian looks when it counts the state "
                    + "side's troops and the active civilians, and how far a state force reaches to arrest "
                    + "(the paper's v = v* = 7 lattice sites; here an assumption: about a day's walk)."),
            v("copsPerSoldier", ValueType.number(0, 1000), 1.0, "cops per soldier", "How many of the paper's cops "
                    + "one state-side soldier counts for in C: 1 as in the paper; above 1 maps a map with fewer "
                    + "soldiers per person than the paper's cops per citizen onto the paper's density (the scenario "
                    + "says how it was set)."),
            v("arrestsPerTroop", ValueType.number(0, 1), 0.01, "arrests per soldier per day", "Active civilians a "
                    + "state-side soldier arrests per day at most, among those within `visionKm` of his garrison or "
                    + "unit (the paper's cop arrests one per step; here an assumption: soldiers are not police, and "
                    + "most of a garrison guards its post)."),
            v("abuseReach", ValueType.number(0, 1000), 10.0, "people", "People of the cell whose trust in the state "
                    + "an abusive arrest costs: their share of the cell's people at home is taken off its local "
                    + "legitimacy. An arrest is abusive with the arresting faction's `indiscriminateViolence`, "
                    + "and with `wagner.abuse` as well for the contractors (not in the paper; assumption: the "
                    + "arrested person's household, UNDP 2017's tipping point, mali-facts 5, fact 5)."),
            v("minCrowd", ValueType.whole(1, 1000000), 100L, "people", "Active civilians facing a town's state post "
                    + "who make a protest or a riot in the event log: fewer are not a demonstration (not in the "
                    + "paper, which logs no events; assumption: a gathering of hundreds, as news reports count one)."),
            v("quietRecruitment", FRACTION, 0.0, "share", "How readily a quiet civilian joins the armed group it "
                    + "leans to, relative to an active civilian of the same grievance: 0, only active civilians join "
                    + "(taking up arms is open rebellion); 1, being active makes no difference, as before the rule "
                    + "(not in the paper, whose Model I has no armed groups; assumption)."));

    static final Key.Section CIVILIANS = section("civilians", "The population: grievance, fear, flight and "
                    + "return. Grievance G = H(1 - L) follows Epstein (2002).",
            v("populationScale", ValueType.number(0.1, 10), 1.0, "factor", "Multiplies the map's 2009 census "
                    + "population to reach the start year."),
            v("growthRate", ValueType.number(0, 0.1), 0.033, "per year", "Net population growth.",
                    "INSTAT via Journal du Mali (2023): 3.3% a year"),
            v("displacedAtStart", ValueType.whole(0, 10_000_000), 0L, "people", "People already displaced inside "
                    + "the country at the start, spread over the cells where armed groups are present or contest "
                    + "control (zones 3-5), in proportion to their residents."),
            v("refugeesAtStart", ValueType.whole(0, 10_000_000), 0L, "people", "People already abroad as refugees "
                    + "at the start, spread like the displaced."),
            v("legitimacy", FRACTION, 0.5, "L", "Perceived legitimacy of the state at the start."),
            v("hardship", FRACTION, 0.5, "H", "Mean hardship of the population."),
            v("hardshipSpread", FRACTION, 0.2, "", "Spread of hardship between cells (uniform, +/- this)."),
            v("homeAffinity", FRACTION, 0.3, "", "Affinity of residents for a faction in its home areas at the "
                    + "start."),
            v("baseAffinity", FRACTION, 0.05, "", "Affinity of residents for an armed faction elsewhere."),
            v("flightThreshold", FRACTION, 0.4, "fear", "Fear above which people start to flee."),
            v("flightRate", FRACTION, 0.02, "per day", "Share of residents fleeing per day at full fear."),
            v("returnThreshold", FRACTION, 0.15, "fear", "Fear below which a cell counts as safe: its people who "
                    + "fled go home once it has been safe for `flight.returnAfterSafeDays`."),
            v("returnRate", FRACTION, 0.003, "per day", "Share of displaced people whose home is safe going home per "
                    + "day (refugees: `flight.refugeeReturnShare` of it)."),
            v("fearHalfLifeDays", ValueType.number(1, 3650), 45.0, "days", "Half-life of fear."),
            v("battleFear", FRACTION, 0.3, "fear", "Fear added in a cell where a battle is fought."),
            v("violenceFear", FRACTION, 0.6, "fear", "Fear added where civilians are attacked (less for a few "
                    + "deaths, up to this for many)."),
            v("contestedFear", ValueType.number(0, 0.1), 0.002, "fear per day", "Fear added each day in contested "
                    + "cells (zone 3)."),
            v("abuseLegitimacyLoss", FRACTION, 0.1, "L", "Drop in the state's local legitimacy after a "
                    + "state-side mass-casualty attack within 150 km."),
            v("abuseAffinityShift", FRACTION, 0.1, "", "Affinity moved from a faction to its enemies around a "
                    + "mass-casualty attack it commits, on either side: indiscriminate violence backfires (Kalyvas "
                    + "2006). Only the state side's attacks also cost legitimacy (abuseLegitimacyLoss)."),
            v("blockadeHardship", FRACTION, 0.3, "H", "Hardship added in a blockaded town while the blockade "
                    + "lasts."),
            v("affinityDrift", FRACTION, 0.005, "per week", "Share of the gap by which affinity moves each week "
                    + "towards the faction that dominates a cell (control begets collaboration, Kalyvas 2006) and "
                    + "back towards the base level for the others."),
            v("legitimacyRecoveryDays", ValueType.number(1, 36500), 365.0, "days", "Half-life of a local loss of "
                    + "legitimacy: local legitimacy recovers towards the national level."),
            FLIGHT,
            REBELLION);

    static final Key.Section COMBAT = section("combat", "Stochastic Lanchester combat in daily rounds.",
            v("attrition", ValueType.number(0, 1), 0.05, "per day", "Fighters one effective fighter puts out of "
                    + "action per day of battle (Lanchester square-law coefficient)."),
            v("fortification", ValueType.number(0, 10), 2.0, "", "Defence multiplier of a fully fortified post."),
            v("terrainDefence", ValueType.number(0, 5), 0.15, "", "Defender bonus per unit of movement cost above "
                    + "open Sahel."),
            v("surprise", ValueType.number(1, 10), 2.0, "", "Attacker effectiveness multiplier on the first day "
                    + "of an ambush or raid."),
            v("breakLosses", FRACTION, 0.25, "share", "A side breaks when it has lost this share of the strength "
                    + "it started the battle with."),
            v("maxBattleDays", ValueType.whole(1, 60), 7L, "days", "A battle ends after this many days."),
            v("engagementKm", ValueType.number(1, 200), 15.0, "km", "Hostile units this close may fight."),
            v("clashChance", FRACTION, 0.1, "per day", "Daily chance that hostile units within engagementKm fight, "
                    + "times their hostility."),
            v("collateral", ValueType.number(0, 10), 0.08, "civilians per fighter", "Civilians killed per "
                    + "combatant put out of action in a battle in a populated cell."),
            v("killedShare", FRACTION, 0.25, "share", "Share of the fighters put out of action in battle who are "
                    + "killed; the others are wounded, captured or missing, and out of the fight for good.",
                    "mali-facts 3: Bamako, 17 Sep 2024, 77-100 killed and 255+ injured, about 1 killed to 3 "
                            + "wounded, the ratio usually quoted for wars"),
            v("massacreMedian", ValueType.number(1, 2000), 20.0, "deaths", "Median deaths of a mass-casualty "
                    + "attack on civilians (log-normal)."),
            v("massacreSpread", ValueType.number(0, 3), 1.0, "", "Log-normal sigma of mass-casualty attacks: "
                    + "1.0 puts about one in twenty above five times the median."));

    static final Key.Section SUPPLY = section("supply", "Convoys along the roads, airlift and blockades.",
            v("origins", ValueType.idList(1), List.of("segou", "sevare"), "town ids", "Where the state's convoys "
                    + "start: the gateways from the south (Ségou on the road from Bamako, Sévaré/Mopti for the north). "
                    + "Garrisons there are supplied directly."),
            v("convoyEveryDays", ValueType.whole(1, 365), 14L, "days", "Days between convoys to each state "
                    + "garrison."),
            v("convoySpeedKmPerDay", ValueType.number(1, 1000), 120.0, "km/day", "Convoy speed on a road "
                    + "(tracks and the river are slower)."),
            v("convoyEscort", ValueType.whole(0, 10000), 60L, "soldiers", "Escort of each convoy, taken from the "
                    + "faction's garrison at the supply origin (only troops above minGarrison) and back there once "
                    + "the cargo is delivered; fewer when fewer can be spared, none when none can."),
            v("convoyCargoDays", ValueType.number(0, 365), 30.0, "days", "Days of supplies a convoy brings."),
            v("stockDays", ValueType.number(1, 730), 90.0, "days", "Most days of supplies a garrison can hold."),
            v("airliftDaysPerWeek", ValueType.number(0, 7), 2.0, "days/week", "Supplies flown each week to a "
                    + "garrison with an airfield."),
            v("blockadeRadiusKm", ValueType.number(1, 300), 30.0, "km", "Distance from a town at which its roads "
                    + "are held in a blockade."),
            v("abandonSupplyDays", ValueType.number(0, 365), 7.0, "days", "A garrison with fewer days of supplies "
                    + "than this ..."),
            v("abandonMorale", FRACTION, 0.25, "morale", "... and morale below this abandons its post."),
            v("abandonAfterDays", ValueType.whole(1, 3650), 30L, "days", "A garrison with no more supplies than "
                    + "abandonSupplyDays that nothing reaches (no airlift, not a supply origin; for an armed group, "
                    + "a blockaded town) abandons its post after this many such days in a row."),
            v("handoverReachKm", ValueType.number(0, 3000), 400.0, "km", "Road distance within which the state "
                    + "looks for troops to spare to take over a post a foreign force leaves."),
            v("handoverTroops", ValueType.whole(1, 10000), 200L, "soldiers", "Troops the state sends to take a post "
                    + "over."),
            v("minGarrison", ValueType.whole(0, 10000), 100L, "soldiers", "Troops a state garrison keeps; only "
                    + "troops above this are to spare."));

    static final Key.Section CONTROL = section("control", "Influence and Kalyvas' five control zones.",
            v("garrisonKernelKm", ValueType.number(1, 500), 15.0, "km", "Length scale of a garrison's influence "
                    + "(influence falls by e every this many km of travel cost)."),
            v("unitKernelKm", ValueType.number(1, 500), 25.0, "km", "Length scale of a unit's influence."),
            v("minInfluence", ValueType.number(0, 1e6), 20.0, "fighters", "Total armed influence below which a "
                    + "cell is uncontrolled."),
            v("supportWeight", ValueType.number(0, 10), 2.0, "", "How much civilians' affinity multiplies a "
                    + "faction's influence: influence x (1 + supportWeight x affinity)."),
            v("persistenceDays", ValueType.number(1, 3650), 30.0, "days", "Half-life of a faction's influence "
                    + "after its forces leave a cell: control outlasts a passing column."));

    static final Key.Items TIMELINE = new Key.Items("timeline", "Dated events. The keys an event needs depend on "
            + "its action.", section("event", "",
            id(),
            required("date", ValueType.date(), "date", "When it happens (within the calendar)."),
            required("action", ValueType.oneOf(ACTIONS.toArray(String[]::new)), "",
                    "`withdraw` (a `force`, or every contingent of a foreign `faction`; any other `faction` "
                            + "leaves the map: its garrisons and units go and it recruits no more), `reinforce` "
                            + "(`faction`, `troops`, optional `town` and `evenIfAbsent`: only to a faction on the "
                            + "map), `set` (`key`, `value`), `hostility` (`between`, `value`), `truce` and "
                            + "`breakTruce` (`between`), `formCoalition` and "
                            + "`breakCoalition` (`coalition`, optional `level`), `wagnerArrives`, "
                            + "`wagnerLeaves`, `objective` (`faction`, `town`, optional `value`: the faction makes "
                            + "the town and its surroundings its objective, such as an offensive on a regional "
                            + "capital or a siege)."),
            v("force", ID_OR_NONE, null, "contingent id", "For `withdraw`."),
            v("faction", ID_OR_NONE, null, "faction id", "For `reinforce`, `withdraw` and `objective`."),
            v("troops", ValueType.whole(0, 1_000_000), 0L, "fighters", "For `reinforce`."),
            v("evenIfAbsent", ValueType.bool(), false, "", "For `reinforce`: the troops come even when the faction "
                    + "is not on the map on this date, and bring it (back). Without it a reinforcement comes only to "
                    + "a faction on the map: one that has left (by `wagner.exit`, a `wagnerLeaves` or `withdraw` "
                    + "event, or a lever) or has not come (contractors before `wagner.arrival`, or never) gets "
                    + "none."),
            v("town", ID_OR_NONE, null, "town id", "For `reinforce`: the garrison to reinforce "
                    + "(null: a new mobile unit); for `objective`: the town."),
            v("key", ValueType.keyPath().orNone("a key path such as civilians.legitimacy, or null"), null, "key path",
                    "For `set`: one of " + String.join(", ", LIVE_KEYS) + "."),
            v("value", ValueType.number(-1e12, 1e12).orNone("a number or null"), null, "", "For `set` and "
                    + "`hostility`; for `objective`, how much the faction stakes on it, 0 to 1 (null: 1; 0 drops the "
                    + "objective)."),
            v("between", ValueType.idList(0), List.of(), "faction ids", "For `hostility`, `truce`, `breakTruce`."),
            v("coalition", ID_OR_NONE, null, "coalition id", "For `formCoalition`, `breakCoalition`."),
            v("exogenous", ValueType.bool(), false, "", "The event applies under either forcing. Without it, "
                    + "`objective`, `hostility`, `truce`, `breakTruce`, `formCoalition` and `breakCoalition` are "
                    + "history's decisions and apply only under `forcing: historical`; the other actions are inputs "
                    + "and always apply."),
            v("level", ID_OR_NONE, null, "tactical or full", "For `formCoalition`: overrides the "
                    + "coalition's level.")));

    static final Key.Section STRATEGY = section("strategy", "How factions take their turning points when the run "
                    + "decides them (`forcing: none`): offensives and sieges, truces (see `relations.truceBreaksOn`) and "
                    + "coalitions. Each rule and its sources: docs/ODD.md, design concepts.",
            v("reviewDays", ValueType.whole(1, 365), 30L, "days", "Days between two strategic reviews of a faction "
                    + "(assumption: a month, the rhythm of the offensives in mali-facts 3)."),
            section("offensive", "Which town a faction stakes an offensive or a siege on: its worth (as the "
                            + "Command values towns) times the opportunity, the threat and its chance of success.",
                    v("launchScore", ValueType.number(0, 100), 1.5, "score", "A town's score must reach this to "
                            + "become the objective (assumption, calibrated: docs/calibration.md)."),
                    v("vacatedBonus", ValueType.number(0, 10), 1.0, "", "Added to the opportunity where a foreign "
                            + "base at the town or within 100 km was left in the last `vacatedDays` (violence "
                            + "clusters at vacated sites, mali-facts 5 fact 1)."),
                    v("vacatedDays", ValueType.whole(0, 3650), 180L, "days", "How long a vacated base stays an "
                            + "opportunity (assumption: the Ménaka offensive peaked within 3 months of Barkhane's "
                            + "exit, mali-facts 5 fact 1)."),
                    v("cutOffBonus", ValueType.number(0, 10), 0.5, "", "Added where the holder's garrison is short "
                            + "of supplies or blockaded (assumption)."),
                    v("airCoverBonus", ValueType.number(0, 10), 0.5, "", "Added where no hostile air power covers "
                            + "the town (rebels leave posts because of airstrikes, mali-facts 5 fact 4)."),
                    v("threatWeight", ValueType.number(0, 10), 1.0, "", "Weight of the enemy's fighters at a town "
                            + "in or near the faction's home areas, relative to the faction's own (assumption)."),
                    v("siegeBelowOdds", ValueType.number(0, 10), 1.0, "odds", "Below these odds a faction that "
                            + "blockades starves the town rather than storms it (blockades rather than assaults on "
                            + "large towns, mali-facts 5 fact 3)."),
                    v("holdDays", ValueType.whole(1, 3650), 90L, "days", "Days an objective is kept before it is "
                            + "weighed again (assumption)."),
                    v("giveUpDays", ValueType.whole(1, 3650), 365L, "days", "Days after which an objective not "
                            + "taken is given up (assumption: the Ménaka offensive lasted 15 months, mali-facts 3)."),
                    v("responseWeight", ValueType.number(0, 10), 1.0, "", "Weight of the force the holder's side "
                            + "can send to a town's aid (its strongest units in their range), added to the town's "
                            + "defence when a faction reckons its odds; 0 counts the garrison alone (assumption: a "
                            + "faction weighs the columns that would come, as it weighs its own)."),
                    v("breakOffLosses", FRACTION, 0.25, "share", "A faction breaks off its objective, at its "
                            + "next review, once it has lost this share of its power (fighters times quality) since "
                            + "it took the objective up (assumption: recent losses weigh in a faction's choice, "
                            + "a faction that bleeds regroups).")),
            section("alliance", "How armed groups weigh a coalition declared under `coalitions` (after F. Christia, "
                            + "Alliance Formation in Civil Wars, 2012): a group seeks allies when it cannot face its "
                            + "strongest shared enemy alone and accepts when the power it gains outweighs the cost of "
                            + "the partner's aims; it leaves when the balance shifts.",
                    v("needRatio", ValueType.number(0, 10), 0.5, "ratio", "A group seeks allies while its power "
                            + "(fighters times quality) is below this multiple of its strongest shared enemy's "
                            + "(assumption)."),
                    v("ideologyCost", ValueType.number(0, 10), 0.5, "", "What a full alliance costs each member "
                            + "when their aims lie 1 apart (`relations.<id>.ideologicalDistance`), in the same unit as "
                            + "the gain: the share of the enemy's power the alliance adds to its own (assumption)."),
                    v("tacticalCostShare", FRACTION, 0.4, "share", "The share of that cost a tactical alliance "
                            + "carries: it asks less of each (assumption)."),
                    v("stayShare", FRACTION, 0.5, "share", "A member leaves when its gain falls below this share of "
                            + "its cost, so that the alliance does not flicker (assumption).")));

    static final Key.Section LESSON = section("lesson", "For the classroom window (`./sahelsim gui`): questions "
                    + "for the class and notes on what happened historically, shown on their dates. The model does "
                    + "not read it; runs are the same with or without it.",
            v("questions", ValueType.textList(), List.of(), "", "Three or four questions to ask the class, shown "
                    + "from the window's Lesson menu and when the run ends."),
            v("pauseAtNotes", ValueType.bool(), true, "", "The window stops the run at each note until the "
                    + "teacher goes on; the Lesson menu turns it off."),
            new Key.Items("notes", "What happened historically, shown in the window on its date.",
                    section("note", "",
                            id(),
                            required("date", ValueType.date(), "date", "The day the note is shown; a note "
                                    + "outside the calendar (of a scenario that extends this one over a shorter "
                                    + "period) is not shown."),
                            required("text", ValueType.text(), "", "What happened, in a sentence or two a "
                                    + "class can follow."),
                            required("source", ValueType.text(), "", "Where it comes from: a section of the "
                                    + "research notes (mali-facts 3) and the original source."))));

    /** The whole scenario file. */
    public static final Key.Section ROOT = section("", "",
            required("name", ValueType.text(), "", "Short name; the default output folder is named after it."),
            required("description", ValueType.text(), "", "A paragraph a teacher can read out to the class."),
            section("calendar", "The simulated period; one step is one day.",
                    required("start", ValueType.date(), "date", "First simulated day."),
                    required("end", ValueType.date(), "date", "Last simulated day (after the start, at most 30 years "
                            + "on)."),
                    v("spinUpDays", ValueType.whole(0, 3650), 0L, "days", "Days simulated before `start` and left out "
                            + "of every output, so that the first days shown are the scenario's, not the settling of "
                            + "the starting numbers; only the foreign forces, contractors and people present then act "
                            + "(the timeline begins at `start`).")),
            section("map", "The raster.",
                    v("resolution", ValueType.number(0.02, 0.5), 0.1, "degrees", "Cell size; 0.1 (about 11 km), "
                            + "0.05 and 0.025 are the tested sizes.")),
            v("forcing", ValueType.oneOf("historical", "none"), "none", "", "Who takes the turning points. "
                    + "`historical`: the timeline's dated decisions (objectives, truce and coalition events) and the "
                    + "coalitions' triggers apply as history took them, and the factions' strategy stands aside for "
                    + "them. `none`: those are dropped and each faction's strategy decides (`strategy`); the "
                    + "scenario's inputs (withdrawals, the contractors, reinforcements, live parameters, `exogenous` "
                    + "events, `imposed` coalitions) apply under both."),
            FACTIONS, RELATIONS, GARRISONS, FOREIGN_FORCES, WAGNER, COALITIONS, CIVILIANS, COMBAT, SUPPLY, CONTROL,
            STRATEGY, TIMELINE, LESSON);
}
