package sahelsim.calibrate.target;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import sahelsim.calibrate.target.TargetsSchema.How;
import sahelsim.load.YamlTree;
import sahelsim.observe.Measure;
import sahelsim.scenario.ConfigNode;
import sahelsim.scenario.DidYouMean;
import sahelsim.scenario.FactionSpec;
import sahelsim.scenario.Origin;
import sahelsim.scenario.Problem;
import sahelsim.scenario.Scenario;
import sahelsim.scenario.ScenarioError;
import sahelsim.scenario.SchemaCheck;
import sahelsim.scenario.Side;
import sahelsim.sweep.SweepLoader;

/**
 * Loads a targets file and checks it against the scenario the targets will be measured in: keys and types as in
 * scenario files, then target by target the keys its {@code how} needs and allows, the measure and the factions,
 * sides and towns it names, the dates (inside the scenario's calendar, spans in order), the observation (a number or
 * a figure of the hindcast's) and the tolerance. Every problem is reported at once, with file, line, column and key
 * path.
 */
public final class TargetsLoader {

    private static final List<String> SIDES = List.of("government", "insurgent");

    private final List<String> townIds;

    public TargetsLoader(List<String> townIds) {
        this.townIds = List.copyOf(townIds);
    }

    public TargetSet load(Path file, Scenario scenario) {
        return load(file, SweepLoader.text(file), scenario);
    }

    public TargetSet load(Path file, String text, Scenario scenario) {
        String source = file.toString();
        ConfigNode.MapNode doc = YamlTree.parseDocument(source, text, YamlTree.Kind.TARGETS);
        SchemaCheck check = new SchemaCheck();
        ConfigNode.MapNode normal = check.check(doc, TargetsSchema.ROOT);
        List<Problem> problems = new ArrayList<>(check.problems());
        List<Target> targets = new ArrayList<>();
        if (doc.get("targets") instanceof ConfigNode.ListNode raw
                && normal.get("targets") instanceof ConfigNode.ListNode typed) {
            if (raw.items().isEmpty()) {
                problems.add(new Problem(raw.origin(), "targets", "expected at least one target"));
            }
            for (int i = 0; i < raw.items().size() && i < typed.items().size(); i++) {
                ConfigNode.MapNode item = (ConfigNode.MapNode) typed.items().get(i);
                String id = SchemaCheck.itemId(raw.items().get(i));
                String path = "targets." + (id == null ? "[" + (i + 1) + "]" : id);
                boolean clean = check.problems().stream().noneMatch(p -> p.path().startsWith(path + ".")
                        || p.path().equals(path));
                if (clean && raw.items().get(i) instanceof ConfigNode.MapNode rawItem) {
                    Target t = new One(rawItem, item, path, scenario, problems).target();
                    if (t != null) {
                        targets.add(t);
                    }
                }
            }
        } else if (doc.get("targets") == null) {
            problems.add(new Problem(doc.origin(), "targets", "missing; expected a list of targets, each with an id"));
        }
        if (!problems.isEmpty()) {
            throw new ScenarioError(problems);
        }
        String description = normal.get("description") instanceof ConfigNode.Scalar d && !d.isNull() ? d.text() : "";
        return new TargetSet(file, ((ConfigNode.Scalar) normal.get("name")).text(), description, targets, text);
    }

    /** One target's checks. */
    private final class One {
        private final ConfigNode.MapNode raw;
        private final ConfigNode.MapNode item;
        private final String path;
        private final Scenario scenario;
        private final List<Problem> problems;
        private final int before;

        One(ConfigNode.MapNode raw, ConfigNode.MapNode item, String path, Scenario scenario, List<Problem> problems) {
            this.raw = raw;
            this.item = item;
            this.path = path;
            this.scenario = scenario;
            this.problems = problems;
            this.before = problems.size();
        }

        Target target() {
            How how = How.of(text("how"));
            allowOnly(how);
            Measurement m = switch (how) {
                case SUM -> new Measurement.Sum(series(true), date("from"), date("to"));
                case VALUE -> new Measurement.Value(series(false), date("on"));
                case RATIO -> ratio();
                case SHARE -> share();
                case HOLDER -> holder();
                case BLOCKADED_DAYS -> blockade();
            };
            if (how == How.SUM || how == How.RATIO || how == How.SHARE || how == How.BLOCKADED_DAYS) {
                order("from", "to");
            }
            Tolerance tolerance = tolerance(how);
            double observed = how == How.HOLDER ? 1 : observed(how);
            if (tolerance != null && tolerance.scale() == Tolerance.Scale.FACTOR && !Double.isNaN(observed)
                    && !(observed > 0)) {
                problem(raw.get("factor").origin(), path + ".factor", "a factor tolerance compares on a log scale "
                        + "and needs an observation above 0, got " + number(observed) + "; use within");
            }
            String source = raw.get("source") != null ? text("source")
                    : raw.get("figure") != null ? HistoricalFigure.of(text("figure")).source() : null;
            if (source == null) {
                problem(raw.origin(), path + ".source", "missing; expected where the observation comes from, citing "
                        + "the research notes (mali-facts N.N)");
            }
            if (problems.size() > before) {
                return null;
            }
            String observedText = how == How.HOLDER ? "held " + ((Measurement.Holder) m).who()
                    : raw.get("figure") != null ? text("figure") + " = " + number(observed) : number(observed);
            String description = raw.get("description") != null ? text("description") : m.describe();
            return new Target(text("id"), text("period"), description, m, observed, observedText, tolerance, source,
                    raw.origin());
        }

        /** Refuses the keys this kind of target does not read. */
        private void allowOnly(How how) {
            List<String> reads = switch (how) {
                case SUM, SHARE -> List.of("measure", "by", "from", "to");
                case VALUE -> List.of("measure", "by", "on");
                case RATIO -> List.of("measure", "by", "from", "to", "over");
                case HOLDER -> List.of("town", "holder", "on");
                case BLOCKADED_DAYS -> List.of("town", "by", "from", "to");
            };
            List<String> specific = List.of("measure", "by", "from", "to", "on", "over", "town", "holder");
            for (String key : specific) {
                if (raw.get(key) != null && !reads.contains(key)) {
                    problem(raw.keyOrigin(key), path + "." + key, "not read by how: " + how.id() + " (" + how.doc()
                            + "); it reads " + String.join(", ", reads));
                }
            }
            if (how == How.HOLDER) {
                for (String key : List.of("observed", "figure", "factor", "bound")) {
                    if (raw.get(key) != null) {
                        problem(raw.keyOrigin(key), path + "." + key, "a holder target observes who held the town "
                                + "(written in holder); its run value is 1 when it agrees and 0 otherwise, so it takes "
                                + "no " + key + " (only within, 1 by default)");
                    }
                }
            }
        }

        private Measurement.Series series(boolean flow) {
            if (raw.get("measure") == null) {
                problem(raw.origin(), path + ".measure", "missing; expected one of the daily measures, such as "
                        + "civilian_deaths or displaced (docs/outputs.md)");
                return null;
            }
            Measure measure = Measure.byId(text("measure"));
            Origin at = raw.get("measure").origin();
            if (measure.key() == Measure.Key.ZONE || measure.key() == Measure.Key.COALITION) {
                problem(at, path + ".measure", measure.id() + " is kept per control zone or coalition, which targets "
                        + "do not read; expected a measure of factions or a total");
                return null;
            }
            if (flow && !measure.flow()) {
                problem(at, path + ".measure", measure.id() + " is a level (a state on a day), which does not add up "
                        + "over days; read it on a date with how: value");
                return null;
            }
            if (!flow && measure.flow()) {
                problem(at, path + ".measure", measure.id() + " is counted per day; sum it over a span with how: sum");
                return null;
            }
            return measureSeries(measure, at);
        }

        private Measurement.Series measureSeries(Measure measure, Origin at) {
            List<String> factions = scenario.factions().stream().map(FactionSpec::id).toList();
            if (raw.get("by") == null) {
                return switch (measure.key()) {
                    case FACTION_AND_TOTAL, TOTAL -> new Measurement.Series(measure, List.of(""), "");
                    case FACTION -> new Measurement.Series(measure, factions, "");
                    default -> {
                        problem(at, path + ".by", measure.id() + " is kept per faction; say whose with by");
                        yield null;
                    }
                };
            }
            if (measure.key() == Measure.Key.TOTAL) {
                problem(raw.keyOrigin("by"), path + ".by", measure.id() + " is kept as a total only, not per faction");
                return null;
            }
            Who who = who("by");
            return who == null ? null : new Measurement.Series(measure, who.factions(), who.text());
        }

        private Measurement ratio() {
            Measurement.Series s = series(true);
            if (raw.get("over") == null) {
                problem(raw.origin(), path + ".over", "missing; expected the span the measure is divided by, such as "
                        + "{from: 2022-01-01, to: 2022-12-31}");
                return null;
            }
            ConfigNode.MapNode overRaw = (ConfigNode.MapNode) raw.get("over");
            ConfigNode.MapNode over = (ConfigNode.MapNode) item.get("over");
            LocalDate a = date(over, overRaw, "from", path + ".over");
            LocalDate b = date(over, overRaw, "to", path + ".over");
            if (a != null && b != null && b.isBefore(a)) {
                problem(overRaw.get("to").origin(), path + ".over.to", "expected a date on or after from (" + a
                        + "), got " + b);
            }
            return new Measurement.Ratio(s, date("from"), date("to"), a, b);
        }

        private Measurement share() {
            Measurement.Series part = series(true);
            if (raw.get("by") == null) {
                problem(raw.origin(), path + ".by", "missing; a share needs the factions (or side) whose part it is");
                return null;
            }
            if (part == null) {
                return null;
            }
            Measurement.Series whole = new Measurement.Series(part.measure(),
                    part.measure().key() == Measure.Key.FACTION
                            ? scenario.factions().stream().map(FactionSpec::id).toList() : List.of(""), "");
            return new Measurement.Share(part, whole, date("from"), date("to"));
        }

        private Measurement holder() {
            String town = town();
            if (raw.get("holder") == null) {
                problem(raw.origin(), path + ".holder", "missing; expected the factions (or the side) that held the "
                        + "town, such as [fama, wagner] or government");
                return null;
            }
            LocalDate on = date("on");
            Who who = who("holder");
            return who == null ? null : new Measurement.Holder(town, who.factions(), "by " + who.names(), on);
        }

        private Measurement blockade() {
            String town = town();
            LocalDate from = date("from");
            LocalDate to = date("to");
            Who who = raw.get("by") == null ? new Who(List.of(), "", "") : who("by");
            return who == null ? null : new Measurement.BlockadedDays(town, who.factions(), who.text(), from, to);
        }

        private String town() {
            if (raw.get("town") == null) {
                problem(raw.origin(), path + ".town", "missing; expected the id of a town of the map, such as "
                        + "timbuktu");
                return null;
            }
            String town = text("town");
            if (!townIds.contains(town)) {
                problem(raw.get("town").origin(), path + ".town", "no town '" + town + "'"
                        + DidYouMean.hint(town, townIds) + " (docs/map.md lists them)");
            }
            return town;
        }

        /** Factions named, or a side: the ids, how they read ("by fama, wagner"), and the names alone. */
        private record Who(List<String> factions, String text, String names) {
        }

        private Who who(String key) {
            List<String> names = ((ConfigNode.ListNode) item.get(key)).items().stream()
                    .map(n -> ((ConfigNode.Scalar) n).text()).toList();
            Origin at = raw.get(key).origin();
            List<String> factions = scenario.factions().stream().map(FactionSpec::id).toList();
            if (names.size() == 1 && SIDES.contains(names.get(0))) {
                Side side = Side.valueOf(names.get(0).toUpperCase(Locale.ROOT));
                List<String> ids = scenario.factions().stream().filter(f -> f.side() == side).map(FactionSpec::id)
                        .toList();
                return new Who(ids, "by the " + names.get(0) + " side", "the " + names.get(0) + " side");
            }
            boolean ok = true;
            for (String name : names) {
                if (SIDES.contains(name)) {
                    problem(at, path + "." + key, "a side (" + name + ") stands alone; expected either a side or a "
                            + "list of faction ids");
                    ok = false;
                } else if (!factions.contains(name)) {
                    problem(at, path + "." + key, "no faction '" + name + "'" + DidYouMean.hint(name, factions)
                            + " (the scenario's factions: " + String.join(", ", factions) + "; or a side: government, "
                            + "insurgent)");
                    ok = false;
                }
            }
            if (Set.copyOf(names).size() != names.size()) {
                problem(at, path + "." + key, "a faction is named twice");
                ok = false;
            }
            return ok ? new Who(names, "by " + String.join(", ", names), String.join(", ", names)) : null;
        }

        private Tolerance tolerance(How how) {
            boolean factor = raw.get("factor") != null;
            boolean within = raw.get("within") != null;
            Tolerance.Bound bound = raw.get("bound") == null ? Tolerance.Bound.NONE
                    : Tolerance.Bound.valueOf(text("bound").toUpperCase(Locale.ROOT));
            if (factor && within) {
                problem(raw.keyOrigin("within"), path + ".within", "give either factor or within, not both");
                return null;
            }
            if (!factor && !within) {
                if (how == How.HOLDER) {
                    return new Tolerance(Tolerance.Scale.WITHIN, 1, Tolerance.Bound.NONE);
                }
                problem(raw.origin(), path + ".factor", "missing; expected a tolerance: factor F (a run off by a factor "
                        + "F is one tolerance off, for counts) or within S (off by S, for shares, ratios and days)");
                return null;
            }
            return factor ? new Tolerance(Tolerance.Scale.FACTOR, num("factor"), bound)
                    : new Tolerance(Tolerance.Scale.WITHIN, num("within"), bound);
        }

        private double observed(How how) {
            boolean number = raw.get("observed") != null;
            boolean figure = raw.get("figure") != null;
            if (number == figure) {
                problem(number ? raw.keyOrigin("figure") : raw.origin(), path + (number ? ".figure" : ".observed"),
                        number ? "give either observed or figure, not both" : "missing; expected the observed value "
                                + "(observed: N) or a figure of the hindcast's (figure: " + String.join(", ",
                                HistoricalFigure.ids()) + ")");
                return Double.NaN;
            }
            if (number) {
                return num("observed");
            }
            HistoricalFigure f = HistoricalFigure.of(text("figure"));
            if (!f.isDated()) {
                return f.value(null);
            }
            if (how != How.VALUE) {
                problem(raw.get("figure").origin(), path + ".figure", f.id() + " is a count on dates; read it with "
                        + "how: value and on: one of " + f.dates());
                return Double.NaN;
            }
            LocalDate on = raw.get("on") == null ? null : LocalDate.parse(text("on"));
            double v = on == null ? Double.NaN : f.value(on);
            if (on != null && Double.isNaN(v)) {
                problem(raw.get("on").origin(), path + ".on", f.id() + " has no count on " + on + "; its dates are "
                        + f.dates());
            }
            return v;
        }

        /** A date of the target, which must lie inside the scenario's calendar. */
        private LocalDate date(String key) {
            return date(item, raw, key, path);
        }

        private LocalDate date(ConfigNode.MapNode typed, ConfigNode.MapNode rawMap, String key, String at) {
            if (rawMap.get(key) == null) {
                problem(rawMap.origin(), at + "." + key, "missing; expected a date YYYY-MM-DD");
                return null;
            }
            LocalDate d = LocalDate.parse(((ConfigNode.Scalar) typed.get(key)).text());
            if (d.isBefore(scenario.start()) || d.isAfter(scenario.end())) {
                problem(rawMap.get(key).origin(), at + "." + key, d + " is outside the calendar of the scenario "
                        + scenario.name() + " (" + scenario.start() + " to " + scenario.end() + "), which the run "
                        + "records");
            }
            return d;
        }

        private void order(String fromKey, String toKey) {
            if (raw.get(fromKey) != null && raw.get(toKey) != null) {
                LocalDate a = LocalDate.parse(text(fromKey));
                LocalDate b = LocalDate.parse(text(toKey));
                if (b.isBefore(a)) {
                    problem(raw.get(toKey).origin(), path + "." + toKey, "expected a date on or after from (" + a
                            + "), got " + b);
                }
            }
        }

        private String text(String key) {
            return ((ConfigNode.Scalar) item.get(key)).text();
        }

        private double num(String key) {
            return ((Number) ((ConfigNode.Scalar) item.get(key)).value()).doubleValue();
        }

        private void problem(Origin origin, String at, String message) {
            problems.add(new Problem(origin, at, message));
        }
    }

    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
