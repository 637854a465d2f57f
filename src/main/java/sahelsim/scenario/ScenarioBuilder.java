package sahelsim.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import sahelsim.map.MaliGeography;

/**
 * Turns a checked, normalised tree into a {@link Scenario}, and checks what the schema alone cannot: the end
 * after the start, dates within the calendar, references to towns, regions, factions, contingents and
 * coalitions, and the keys each timeline action needs. Every problem names where the value was written.
 */
public final class ScenarioBuilder {

    private final MaliGeography geography;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, FactionSpec> factions = new LinkedHashMap<>();
    private LocalDate start;
    private LocalDate end;

    public ScenarioBuilder(MaliGeography geography) {
        this.geography = geography;
    }

    /** Checks a raw merged tree against the schema and builds the scenario, or throws every problem found. */
    public static Scenario build(ConfigNode tree, MaliGeography geography) {
        SchemaCheck check = new SchemaCheck();
        ConfigNode.MapNode normal = check.check(tree, ScenarioSchema.ROOT);
        if (!check.problems().isEmpty()) {
            throw new ScenarioError(check.problems());
        }
        return new ScenarioBuilder(geography).from(normal);
    }

    public Scenario from(ConfigNode.MapNode root) {
        ConfigNode.MapNode calendar = map(root, "calendar");
        start = date(calendar, "start");
        end = date(calendar, "end");
        if (!end.isAfter(start)) {
            problem(calendar.get("end"), "calendar.end", "expected a date after calendar.start (" + start
                    + "), got " + end);
        } else if (end.isAfter(start.plusYears(30))) {
            problem(calendar.get("end"), "calendar.end", "expected at most 30 years after the start, got " + end);
        }
        for (ConfigNode.MapNode item : items(root, "factions")) {
            FactionSpec f = faction(item);
            factions.put(f.id(), f);
        }
        List<RelationSpec> relations = new ArrayList<>();
        Set<String> pairs = new TreeSet<>();
        for (ConfigNode.MapNode item : items(root, "relations")) {
            RelationSpec r = relation(item);
            if (r != null && !pairs.add(pairKey(r.a(), r.b()))) {
                problem(item.get("between"), path("relations", item, "between"), "the pair " + r.a() + ", " + r.b()
                        + " is already listed");
            }
            if (r != null) {
                relations.add(r);
            }
        }
        List<GarrisonSpec> garrisons = new ArrayList<>();
        for (ConfigNode.MapNode item : items(root, "garrisons")) {
            garrisons.add(garrison(item));
        }
        List<ForeignForceSpec> forces = new ArrayList<>();
        for (ConfigNode.MapNode item : items(root, "foreignForces")) {
            forces.add(foreignForce(item));
        }
        WagnerSpec wagner = wagner(map(root, "wagner"));
        List<CoalitionSpec> coalitions = new ArrayList<>();
        for (ConfigNode.MapNode item : items(root, "coalitions")) {
            coalitions.add(coalition(item));
        }
        SupplyParams supply = supply(map(root, "supply"));
        List<TimelineEvent> timeline = new ArrayList<>();
        Set<String> forceIds = new TreeSet<>();
        forces.forEach(f -> forceIds.add(f.id()));
        Set<String> coalitionIds = new TreeSet<>();
        coalitions.forEach(c -> coalitionIds.add(c.id()));
        for (ConfigNode.MapNode item : items(root, "timeline")) {
            timeline.add(event(item, forceIds, coalitionIds));
        }
        timeline.sort((x, y) -> x.date().compareTo(y.date()));
        if (!problems.isEmpty()) {
            throw new ScenarioError(problems);
        }
        return new Scenario(text(root, "name"), text(root, "description"), start, end,
                num(map(root, "map"), "resolution"), List.copyOf(factions.values()), relations, garrisons, forces,
                wagner, coalitions, civilians(map(root, "civilians")), combat(map(root, "combat")), supply,
                control(map(root, "control")), timeline, upper(root, "forcing", Forcing.class),
                strategy(map(root, "strategy")), whole(calendar, "spinUpDays"), root);
    }

    private static String pairKey(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    private FactionSpec faction(ConfigNode.MapNode item) {
        String id = text(item, "id");
        List<Place> home = new ArrayList<>();
        for (String written : ids(item, "homeAreas")) {
            Place place = place(item.get("homeAreas"), "factions." + id + ".homeAreas", written);
            if (place != null) {
                home.add(place);
            }
        }
        FactionKind kind = upper(item, "kind", FactionKind.class);
        ConfigNode.MapNode b = map(item, "behaviour");
        noRecruitsFromOutside(id, kind, b);
        ConfigNode.MapNode a = map(b, "aims");
        Aims aims = new Aims(num(a, "expand"), num(a, "raid"), num(a, "attack"), num(a, "blockade"),
                num(a, "ambush"), num(a, "hold"), num(a, "clear"), num(a, "defend"));
        Behaviour behaviour = new Behaviour(whole(b, "bandSize"), num(b, "speedKmPerDay"), num(b, "quality"),
                num(b, "aggression"), whole(b, "planningDays"), num(b, "rangeKm"), num(b, "retreatRatio"),
                num(b, "recruitment"), num(b, "baseRecruitsPerDay"), num(b, "selectiveViolence"),
                num(b, "indiscriminateViolence"), num(b, "airSupport"), num(b, "airSupportRadiusKm"),
                num(b, "civilianProtection"), num(b, "protectionRadiusKm"), num(b, "controlWeight"), aims);
        return new FactionSpec(id, text(item, "name"), kind, upper(item, "side", Side.class), text(item, "colour"),
                whole(item, "strength"), home, behaviour);
    }

    /**
     * Foreign and contractor forces come, grow and go only as their scenario says (contingents, `wagner`,
     * reinforce and withdrawal events): a daily trickle of recruits would bring them back after they left.
     */
    private void noRecruitsFromOutside(String id, FactionKind kind, ConfigNode.MapNode behaviour) {
        double daily = num(behaviour, "baseRecruitsPerDay");
        if (daily <= 0 || (kind != FactionKind.FOREIGN && kind != FactionKind.CONTRACTOR)) {
            return;
        }
        String through = kind == FactionKind.FOREIGN ? "its contingents, reinforce events, withdrawals"
                : "wagner.strength, reinforce events, its exit";
        problem(behaviour.get("baseRecruitsPerDay"), "factions." + id + ".behaviour.baseRecruitsPerDay", "a "
                + kind.name().toLowerCase(Locale.ROOT) + " faction's strength changes only through the scenario ("
                + through + "); expected 0 or no key, got " + daily);
    }

    /**
     * The place a file names: {@code town:ID} and {@code region:ID} say which; an id alone is the town or the
     * region it names, and is refused when it names both. Null after a problem.
     */
    private Place place(ConfigNode node, String path, String written) {
        int colon = written.indexOf(':');
        String id = written.substring(colon + 1);
        List<String> towns = geography.towns().stream().map(t -> t.id()).toList();
        List<String> regions = geography.regions().stream().map(r -> r.id()).toList();
        boolean town = towns.contains(id);
        boolean region = regions.contains(id);
        if (colon >= 0) {
            Place.Kind kind = written.startsWith(Place.Kind.TOWN.prefix() + ":") ? Place.Kind.TOWN : Place.Kind.REGION;
            if (kind == Place.Kind.TOWN ? town : region) {
                return new Place(kind, id);
            }
            problem(node, path, "expected a " + kind.prefix() + " id after " + kind.prefix() + ":, got '" + id + "'"
                    + DidYouMean.hint(id, kind == Place.Kind.TOWN ? towns : regions));
            return null;
        }
        if (town && region) {
            problem(node, path, "expected a town or a region, got '" + id + "', which names both; write town:" + id
                    + " or region:" + id);
            return null;
        }
        if (town || region) {
            return new Place(town ? Place.Kind.TOWN : Place.Kind.REGION, id);
        }
        List<String> known = new ArrayList<>(towns);
        known.addAll(regions);
        problem(node, path, "expected town or region ids, got '" + id + "'" + DidYouMean.hint(id, known));
        return null;
    }

    private RelationSpec relation(ConfigNode.MapNode item) {
        List<String> between = ids(item, "between");
        String path = path("relations", item, "between");
        if (between.size() != 2 || between.get(0).equals(between.get(1))) {
            problem(item.get("between"), path, "expected two different faction ids, got " + between);
            return null;
        }
        if (!factionKnown(item.get("between"), path, between)) {
            return null;
        }
        List<TruceRule> rules = ids(item, "truceBreaksOn").stream().map(TruceRule::fromFileName).toList();
        return new RelationSpec(text(item, "id"), between.get(0), between.get(1), num(item, "hostility"),
                bool(item, "truce"), rules, whole(item, "incursionTroops"), num(item, "ideologicalDistance"));
    }

    private GarrisonSpec garrison(ConfigNode.MapNode item) {
        String town = text(item, "town");
        String faction = text(item, "faction");
        checkTown(item.get("town"), path("garrisons", item, "town"), town);
        if (factionKnown(item.get("faction"), path("garrisons", item, "faction"), List.of(faction))
                && factions.get(faction).kind() == FactionKind.FOREIGN) {
            problem(item.get("faction"), path("garrisons", item, "faction"), "foreign contingents belong under "
                    + "foreignForces, with their dates; got '" + faction + "'");
        }
        return new GarrisonSpec(text(item, "id"), town, faction, whole(item, "troops"), num(item, "fortification"),
                num(item, "supplyDays"));
    }

    private ForeignForceSpec foreignForce(ConfigNode.MapNode item) {
        String faction = text(item, "faction");
        if (factionKnown(item.get("faction"), path("foreignForces", item, "faction"), List.of(faction))
                && factions.get(faction).kind() != FactionKind.FOREIGN) {
            problem(item.get("faction"), path("foreignForces", item, "faction"), "expected a faction of kind "
                    + "foreign, got '" + faction + "' (" + factions.get(faction).kind().name().toLowerCase(Locale.ROOT)
                    + ")");
        }
        checkTown(item.get("base"), path("foreignForces", item, "base"), text(item, "base"));
        LocalDate arrival = optionalDate(item, "arrival");
        LocalDate withdrawal = optionalDate(item, "withdrawal");
        if (arrival != null) {
            withinCalendar(item.get("arrival"), path("foreignForces", item, "arrival"), arrival);
        }
        if (withdrawal != null) {
            withinCalendar(item.get("withdrawal"), path("foreignForces", item, "withdrawal"), withdrawal);
            if (arrival != null && !withdrawal.isAfter(arrival)) {
                problem(item.get("withdrawal"), path("foreignForces", item, "withdrawal"), "expected a date after "
                        + "its arrival (" + arrival + "), got " + withdrawal);
            }
        }
        String handover = text(item, "handover");
        if (!handover.equals("none")) {
            factionKnown(item.get("handover"), path("foreignForces", item, "handover"), List.of(handover));
        }
        return new ForeignForceSpec(text(item, "id"), faction, text(item, "base"), whole(item, "troops"), arrival,
                withdrawal, handover.equals("none") ? null : handover, num(item, "fortification"));
    }

    private WagnerSpec wagner(ConfigNode.MapNode w) {
        String faction = text(w, "faction");
        LocalDate arrival = optionalDate(w, "arrival");
        LocalDate exit = optionalDate(w, "exit");
        int strength = whole(w, "strength");
        if (strength > 0 && arrival != null) {
            factionKnown(w.get("faction"), "wagner.faction", List.of(faction));
            if (arrival.isAfter(end)) {
                problem(w.get("arrival"), "wagner.arrival", "expected a date before calendar.end (" + end
                        + ") or null for never, got " + arrival);
            }
        }
        if (exit != null) {
            withinCalendar(w.get("exit"), "wagner.exit", exit);
            if (arrival != null && !exit.isAfter(arrival)) {
                problem(w.get("exit"), "wagner.exit", "expected a date after wagner.arrival (" + arrival + "), got "
                        + exit);
            }
        }
        List<String> bases = ids(w, "bases");
        for (String town : bases) {
            checkTown(w.get("bases"), "wagner.bases", town);
        }
        return new WagnerSpec(faction, arrival, strength, num(w, "abuse"), exit, bases, num(w, "garrisonShare"));
    }

    private CoalitionSpec coalition(ConfigNode.MapNode item) {
        List<String> members = ids(item, "members");
        String path = path("coalitions", item, "members");
        if (new TreeSet<>(members).size() != members.size()) {
            problem(item.get("members"), path, "expected different factions, got " + members);
        }
        factionKnown(item.get("members"), path, members);
        ConfigNode.MapNode trigger = map(item, "trigger");
        LocalDate date = optionalDate(trigger, "date");
        String region = (String) scalar(trigger, "whenForeignForcesLeave");
        CoalitionLevel level = upper(item, "level", CoalitionLevel.class);
        String triggerPath = path("coalitions", item, "trigger");
        boolean imposed = bool(item, "imposed");
        if (date != null && region != null) {
            problem(trigger, triggerPath, "expected at most one of trigger.date or trigger.whenForeignForcesLeave");
        } else if (imposed && level != CoalitionLevel.NONE && date == null && region == null) {
            problem(trigger, triggerPath, "an imposed coalition needs trigger.date or "
                    + "trigger.whenForeignForcesLeave: it forms on it under either forcing");
        }
        if (date != null) {
            withinCalendar(trigger.get("date"), triggerPath + ".date", date);
        }
        if (region != null && geography.regionIndex(region).isEmpty()) {
            problem(trigger.get("whenForeignForcesLeave"), triggerPath + ".whenForeignForcesLeave",
                    "expected a region id, got '" + region + "'"
                            + DidYouMean.hint(region, geography.regions().stream().map(r -> r.id()).toList()));
        }
        LocalDate until = optionalDate(item, "until");
        if (until != null && date != null && !until.isAfter(date)) {
            problem(item.get("until"), path("coalitions", item, "until"), "expected a date after the trigger date ("
                    + date + "), got " + until);
        }
        return new CoalitionSpec(text(item, "id"), members, level, date, region, until, imposed);
    }

    private TimelineEvent event(ConfigNode.MapNode item, Set<String> forceIds, Set<String> coalitionIds) {
        String base = "timeline." + text(item, "id");
        LocalDate date = date(item, "date");
        withinCalendar(item.get("date"), base + ".date", date);
        TimelineAction action = TimelineAction.fromFileName(text(item, "action"));
        String force = (String) scalar(item, "force");
        String faction = (String) scalar(item, "faction");
        String town = (String) scalar(item, "town");
        String key = (String) scalar(item, "key");
        Double value = (Double) scalar(item, "value");
        List<String> between = ids(item, "between");
        String coalition = (String) scalar(item, "coalition");
        String levelText = (String) scalar(item, "level");
        CoalitionLevel level = null;
        boolean evenIfAbsent = bool(item, "evenIfAbsent");
        if (evenIfAbsent && action != TimelineAction.REINFORCE) {
            problem(item.get("evenIfAbsent"), base + ".evenIfAbsent", "expected evenIfAbsent only on a reinforce "
                    + "event, got it on " + action.fileName());
        }
        switch (action) {
            case WITHDRAW -> {
                if ((force == null) == (faction == null)) {
                    problem(item, base, "withdraw needs exactly one of force (a contingent id) or faction");
                } else if (force != null && !forceIds.contains(force)) {
                    problem(item.get("force"), base + ".force", "expected a foreignForces id, got '" + force + "'"
                            + DidYouMean.hint(force, forceIds));
                } else if (faction != null) {
                    factionKnown(item.get("faction"), base + ".faction", List.of(faction));
                }
            }
            case REINFORCE -> {
                if (faction == null) {
                    problem(item, base + ".faction", "reinforce needs a faction");
                } else {
                    factionKnown(item.get("faction"), base + ".faction", List.of(faction));
                }
                if (((Long) scalar(item, "troops")) <= 0) {
                    problem(item.get("troops"), base + ".troops", "expected a whole number >= 1 for reinforce, got "
                            + scalar(item, "troops"));
                }
                if (town != null) {
                    checkTown(item.get("town"), base + ".town", town);
                }
            }
            case SET -> {
                if (key == null || !ScenarioSchema.LIVE_KEYS.contains(key)) {
                    problem(item.get("key") != null ? item.get("key") : item, base + ".key", "expected one of "
                            + String.join(", ", ScenarioSchema.LIVE_KEYS) + ", got " + (key == null ? "nothing" : key));
                }
                if (value == null || value < 0 || value > 1) {
                    problem(item.get("value") != null ? item.get("value") : item, base + ".value",
                            "expected a number between 0 and 1, got " + value);
                }
            }
            case HOSTILITY, TRUCE, BREAK_TRUCE -> {
                if (between.size() != 2 || between.get(0).equals(between.get(1))) {
                    problem(item.get("between"), base + ".between", "expected two different faction ids, got "
                            + between);
                } else {
                    factionKnown(item.get("between"), base + ".between", between);
                }
                if (action == TimelineAction.HOSTILITY && (value == null || value < 0 || value > 1)) {
                    problem(item.get("value") != null ? item.get("value") : item, base + ".value",
                            "expected a hostility between 0 and 1, got " + value);
                }
            }
            case FORM_COALITION, BREAK_COALITION -> {
                if (coalition == null || !coalitionIds.contains(coalition)) {
                    problem(item.get("coalition") != null ? item.get("coalition") : item, base + ".coalition",
                            "expected a coalitions id, got " + (coalition == null ? "nothing" : "'" + coalition + "'")
                                    + (coalition == null ? "" : DidYouMean.hint(coalition, coalitionIds)));
                }
                if (levelText != null) {
                    if (levelText.equals("tactical") || levelText.equals("full")) {
                        level = CoalitionLevel.valueOf(levelText.toUpperCase(Locale.ROOT));
                    } else {
                        problem(item.get("level"), base + ".level", "expected tactical or full, got '" + levelText + "'");
                    }
                }
            }
            case OBJECTIVE -> {
                if (faction == null) {
                    problem(item, base + ".faction", "objective needs a faction");
                } else {
                    factionKnown(item.get("faction"), base + ".faction", List.of(faction));
                }
                if (town == null) {
                    problem(item, base + ".town", "objective needs a town");
                } else {
                    checkTown(item.get("town"), base + ".town", town);
                }
                if (value != null && (value < 0 || value > 1)) {
                    problem(item.get("value"), base + ".value", "expected a stake between 0 and 1, got " + value);
                }
            }
            case WAGNER_ARRIVES, WAGNER_LEAVES -> {
                // No further keys: the wagner section says who they are and how many.
            }
        }
        return new TimelineEvent(text(item, "id"), date, action, force, faction, whole(item, "troops"), town,
                key, value, between, coalition, level, evenIfAbsent, bool(item, "exogenous"));
    }

    private CivilianParams civilians(ConfigNode.MapNode c) {
        return new CivilianParams(num(c, "populationScale"), num(c, "growthRate"), whole(c, "displacedAtStart"),
                whole(c, "refugeesAtStart"), num(c, "legitimacy"),
                num(c, "hardship"), num(c, "hardshipSpread"), num(c, "homeAffinity"), num(c, "baseAffinity"),
                num(c, "flightThreshold"), num(c, "flightRate"), num(c, "returnThreshold"), num(c, "returnRate"),
                num(c, "fearHalfLifeDays"), num(c, "battleFear"), num(c, "violenceFear"),
                num(c, "contestedFear"), num(c, "abuseLegitimacyLoss"), num(c, "abuseAffinityShift"),
                num(c, "blockadeHardship"), num(c, "affinityDrift"), num(c, "legitimacyRecoveryDays"),
                flight(map(c, "flight")));
    }

    private static FlightParams flight(ConfigNode.MapNode f) {
        return new FlightParams(num(f, "speedKmPerDay"), num(f, "softeningKm"), num(f, "distancePower"),
                whole(f, "awarenessLinks"), num(f, "campWeight"), num(f, "conflictWeight"),
                num(f, "conflictMoveChance"), num(f, "dangerDetour"), whole(f, "returnAfterSafeDays"),
                num(f, "refugeeReturnShare"));
    }

    private static CombatParams combat(ConfigNode.MapNode c) {
        return new CombatParams(num(c, "attrition"), num(c, "fortification"), num(c, "terrainDefence"),
                num(c, "surprise"), num(c, "breakLosses"), whole(c, "maxBattleDays"), num(c, "engagementKm"), num(c, "clashChance"),
                num(c, "collateral"), num(c, "killedShare"), num(c, "massacreMedian"), num(c, "massacreSpread"));
    }

    private SupplyParams supply(ConfigNode.MapNode s) {
        for (String town : ids(s, "origins")) {
            checkTown(s.get("origins"), "supply.origins", town);
        }
        return new SupplyParams(ids(s, "origins"), whole(s, "convoyEveryDays"), num(s, "convoySpeedKmPerDay"),
                whole(s, "convoyEscort"), num(s, "convoyCargoDays"), num(s, "stockDays"), num(s, "airliftDaysPerWeek"),
                num(s, "blockadeRadiusKm"), num(s, "abandonSupplyDays"), num(s, "abandonMorale"),
                whole(s, "abandonAfterDays"), num(s, "handoverReachKm"), whole(s, "handoverTroops"),
                whole(s, "minGarrison"));
    }

    private static StrategyParams strategy(ConfigNode.MapNode s) {
        ConfigNode.MapNode o = map(s, "offensive");
        ConfigNode.MapNode a = map(s, "alliance");
        return new StrategyParams(whole(s, "reviewDays"),
                new OffensiveParams(num(o, "launchScore"), num(o, "vacatedBonus"), whole(o, "vacatedDays"),
                        num(o, "cutOffBonus"), num(o, "airCoverBonus"), num(o, "threatWeight"),
                        num(o, "siegeBelowOdds"), whole(o, "holdDays"), whole(o, "giveUpDays")),
                new AllianceParams(num(a, "needRatio"), num(a, "ideologyCost"), num(a, "tacticalCostShare"),
                        num(a, "stayShare")));
    }

    private static ControlParams control(ConfigNode.MapNode c) {
        return new ControlParams(num(c, "garrisonKernelKm"), num(c, "unitKernelKm"), num(c, "minInfluence"),
                num(c, "supportWeight"), num(c, "persistenceDays"));
    }

    private void withinCalendar(ConfigNode node, String path, LocalDate date) {
        if (start != null && end != null && (date.isBefore(start) || date.isAfter(end))) {
            problem(node, path, "expected a date within the calendar (" + start + " to " + end + "), got " + date
                    + (path.endsWith("withdrawal") || path.endsWith("exit") ? "; use null for never" : ""));
        }
    }

    private void checkTown(ConfigNode node, String path, String town) {
        if (geography.townIndex(town).isEmpty()) {
            problem(node, path, "expected a town id, got '" + town + "'"
                    + DidYouMean.hint(town, geography.towns().stream().map(t -> t.id()).toList()));
        }
    }

    private boolean factionKnown(ConfigNode node, String path, List<String> ids) {
        boolean ok = true;
        for (String id : ids) {
            if (!factions.containsKey(id)) {
                problem(node, path, "expected a faction id, got '" + id + "'" + DidYouMean.hint(id, factions.keySet()));
                ok = false;
            }
        }
        return ok;
    }

    private void problem(ConfigNode node, String path, String message) {
        problems.add(new Problem(node == null ? Origin.DEFAULT : node.origin(), path, message));
    }

    private static String path(String list, ConfigNode.MapNode item, String key) {
        return list + "." + SchemaCheck.itemId(item) + "." + key;
    }

    // Accessors on the normalised tree: the schema check has already typed every value.

    private static ConfigNode.MapNode map(ConfigNode.MapNode m, String key) {
        return (ConfigNode.MapNode) m.get(key);
    }

    private static List<ConfigNode.MapNode> items(ConfigNode.MapNode m, String key) {
        return ((ConfigNode.ListNode) m.get(key)).items().stream().map(n -> (ConfigNode.MapNode) n).toList();
    }

    private static Object scalar(ConfigNode.MapNode m, String key) {
        return ((ConfigNode.Scalar) m.get(key)).value();
    }

    private static String text(ConfigNode.MapNode m, String key) {
        return (String) scalar(m, key);
    }

    private static double num(ConfigNode.MapNode m, String key) {
        return ((Number) scalar(m, key)).doubleValue();
    }

    private static int whole(ConfigNode.MapNode m, String key) {
        return (int) (long) (Long) scalar(m, key);
    }

    private static boolean bool(ConfigNode.MapNode m, String key) {
        return (Boolean) scalar(m, key);
    }

    private static LocalDate date(ConfigNode.MapNode m, String key) {
        return LocalDate.parse(text(m, key));
    }

    private static LocalDate optionalDate(ConfigNode.MapNode m, String key) {
        String s = text(m, key);
        return s == null ? null : LocalDate.parse(s);
    }

    @SuppressWarnings("unchecked")
    private static List<String> ids(ConfigNode.MapNode m, String key) {
        return ((ConfigNode.ListNode) m.get(key)).items().stream()
                .map(n -> (String) ((ConfigNode.Scalar) n).value()).toList();
    }

    private static <E extends Enum<E>> E upper(ConfigNode.MapNode m, String key, Class<E> type) {
        return Enum.valueOf(type, text(m, key).toUpperCase(Locale.ROOT));
    }
}
