package sahelsim.observe;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import sahelsim.scenario.FactionSpec;
import sahelsim.scenario.Scenario;
import sahelsim.scenario.Side;

/**
 * The named single-number outcomes of a run, each with one definition: the headline numbers of summary.json,
 * the outcome columns of a sweep, the observed values of the hindcast. A name may take one argument after a
 * colon: a faction id ({@code control_share_population_end:jnim}), a town id ({@code blockade_days:timbuktu}),
 * a side, a year or a date.
 */
public enum Outcome {
    ARMED_GROUP_POPULATION_SHARE_END("armed_group_population_share_end", Arg.NONE, "share of residents",
            "Share of residents in zones 4-5 on the last day."),
    ARMED_GROUP_POPULATION_SHARE_AT("armed_group_population_share_at", Arg.DATE, "share of residents",
            "Share of residents in zones 4-5 on a date."),
    ARMED_GROUP_POPULATION_SHARE_MEAN("armed_group_population_share_mean", Arg.NONE, "share of residents",
            "Mean over the run of the share of residents in zones 4-5."),
    GOVERNMENT_POPULATION_SHARE_END("government_population_share_end", Arg.NONE, "share of residents",
            "Share of residents in zones 1-2 on the last day, where the government side dominates."),
    CONTROL_SHARE_POPULATION_END("control_share_population_end", Arg.FACTION, "share of residents",
            "Share of residents in cells the faction dominates on the last day."),
    FATALITIES_TOTAL("fatalities_total", Arg.OPTIONAL_FACTION, "people",
            "People killed over the run (by the faction, if one is given)."),
    FATALITIES_YEAR("fatalities_year", Arg.YEAR, "people", "People killed in a calendar year."),
    CIVILIAN_DEATHS_TOTAL("civilian_deaths_total", Arg.OPTIONAL_FACTION, "people",
            "Civilians killed over the run (by the faction, if one is given)."),
    CIVILIAN_DEATHS_YEAR("civilian_deaths_year", Arg.YEAR, "people", "Civilians killed in a calendar year."),
    CIVILIAN_DEATHS_SIDE("civilian_deaths_side", Arg.SIDE, "people",
            "Civilians killed over the run by the factions of one side (government or insurgent)."),
    ATTACKS_TOTAL("attacks_total", Arg.OPTIONAL_FACTION, "events", "Violent events over the run."),
    JOINT_ASSAULTS_TOTAL("joint_assaults_total", Arg.OPTIONAL_FACTION, "battles", "Assaults and raids fought beside "
            + "another faction's units over the run (each once in the total)."),
    PEAK_DISPLACED("peak_displaced", Arg.NONE, "people", "Largest number of displaced people on any day."),
    DISPLACED_END("displaced_end", Arg.NONE, "people", "Displaced people on the last day."),
    REFUGEES_END("refugees_end", Arg.NONE, "people", "Refugees abroad on the last day."),
    BLOCKADE_DAYS("blockade_days", Arg.OPTIONAL_TOWN, "days",
            "Days the town was blockaded (summed over towns if none is given)."),
    INSURGENT_FRONT_KM_MIN("insurgent_front_km_min", Arg.NONE, "km",
            "Closest the insurgent front (insurgent_front_km) came to Bamako."),
    INSURGENT_FRONT_KM_END("insurgent_front_km_end", Arg.NONE, "km",
            "Distance of the insurgent front from Bamako on the last day."),
    INSURGENT_FRONT_KM_MEAN("insurgent_front_km_mean", Arg.NONE, "km", "Mean over the days with an insurgent "
            + "front of its distance from Bamako."),
    INSURGENT_FRONT_P10_KM_MEAN("insurgent_front_p10_km_mean", Arg.NONE, "km",
            "Mean over the days with an insurgent front of insurgent_front_p10_km."),
    TOWNS_HELD_END("towns_held_end", Arg.FACTION, "towns", "Towns the faction holds on the last day."),
    TROOPS_END("troops_end", Arg.FACTION, "fighters", "The faction's fighters on the last day."),
    RECRUITS_TOTAL("recruits_total", Arg.FACTION, "people", "Recruits the faction took in over the run."),
    STATE_LEGITIMACY_END("state_legitimacy_end", Arg.NONE, "L", "Residents' mean legitimacy of the state on the "
            + "last day."),
    ACTIVE_CIVILIANS_MEAN("active_civilians_mean", Arg.NONE, "people", "Mean over the run of the active civilians "
            + "(Epstein's Model I)."),
    ACTIVE_SHARE_MEAN("active_share_mean", Arg.NONE, "share of residents", "Mean over the run of the active "
            + "civilians' share of the people at home."),
    ARRESTS_TOTAL("arrests_total", Arg.OPTIONAL_FACTION, "people", "Active civilians arrested over the run (by the "
            + "faction, if one is given)."),
    PROTESTS_TOTAL("protests_total", Arg.NONE, "events", "Protests that began over the run."),
    RIOTS_TOTAL("riots_total", Arg.NONE, "events", "Riots that began over the run.");

    /** What an outcome's argument is. */
    public enum Arg {
        NONE, FACTION, OPTIONAL_FACTION, TOWN, OPTIONAL_TOWN, SIDE, YEAR, DATE
    }

    private final String id;
    private final Arg arg;
    private final String unit;
    private final String definition;

    Outcome(String id, Arg arg, String unit, String definition) {
        this.id = id;
        this.arg = arg;
        this.unit = unit;
        this.definition = definition;
    }

    public String id() {
        return id;
    }

    public Arg arg() {
        return arg;
    }

    public String unit() {
        return unit;
    }

    public String definition() {
        return definition;
    }

    public static Optional<Outcome> byId(String id) {
        for (Outcome o : values()) {
            if (o.id.equals(id)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    public static List<String> ids() {
        List<String> out = new ArrayList<>();
        for (Outcome o : values()) {
            out.add(o.id);
        }
        return out;
    }

    /**
     * Checks an outcome name such as {@code towns_held_end:csp} against a scenario; returns an empty string
     * when it is fine, else what is wrong with it.
     */
    public static String problem(String spec, Scenario scenario, List<String> townIds) {
        int colon = spec.indexOf(':');
        String id = colon < 0 ? spec : spec.substring(0, colon);
        String arg = colon < 0 ? null : spec.substring(colon + 1);
        Optional<Outcome> o = byId(id);
        if (o.isEmpty()) {
            return "unknown outcome '" + id + "'" + sahelsim.scenario.DidYouMean.hint(id, ids())
                    + " (known: " + String.join(", ", ids()) + ")";
        }
        Arg kind = o.get().arg;
        if (arg == null) {
            return switch (kind) {
                case NONE, OPTIONAL_FACTION, OPTIONAL_TOWN -> "";
                default -> "outcome '" + id + "' needs an argument: " + id + ":<" + kind.name().toLowerCase() + ">";
            };
        }
        List<String> factions = scenario.factions().stream().map(FactionSpec::id).toList();
        return switch (kind) {
            case NONE -> "outcome '" + id + "' takes no argument";
            case FACTION, OPTIONAL_FACTION -> factions.contains(arg) ? ""
                    : "no faction '" + arg + "'" + sahelsim.scenario.DidYouMean.hint(arg, factions);
            case TOWN, OPTIONAL_TOWN -> townIds.contains(arg) ? ""
                    : "no town '" + arg + "'" + sahelsim.scenario.DidYouMean.hint(arg, townIds);
            case SIDE -> arg.equals("government") || arg.equals("insurgent") ? ""
                    : "expected government or insurgent, got '" + arg + "'";
            case YEAR -> arg.matches("\\d{4}") && Integer.parseInt(arg) >= scenario.start().getYear()
                    && Integer.parseInt(arg) <= scenario.end().getYear() ? ""
                    : "expected a year of the calendar, got '" + arg + "'";
            case DATE -> dateProblem(arg, scenario);
        };
    }

    private static String dateProblem(String arg, Scenario scenario) {
        try {
            LocalDate d = LocalDate.parse(arg);
            return d.isBefore(scenario.start()) || d.isAfter(scenario.end())
                    ? "expected a date within the calendar, got " + arg : "";
        } catch (DateTimeParseException e) {
            return "expected a date YYYY-MM-DD, got '" + arg + "'";
        }
    }

    /** The value of an outcome such as {@code fatalities_total} or {@code blockade_days:timbuktu} for a run. */
    public static double value(String spec, Simulation.Result run) {
        int colon = spec.indexOf(':');
        Outcome o = byId(colon < 0 ? spec : spec.substring(0, colon))
                .orElseThrow(() -> new IllegalArgumentException("unknown outcome " + spec));
        String arg = colon < 0 ? null : spec.substring(colon + 1);
        return o.compute(arg, run);
    }

    private double compute(String arg, Simulation.Result run) {
        RunRecord r = run.record();
        int last = r.days() - 1;
        String total = arg == null ? "" : arg;
        return switch (this) {
            case ARMED_GROUP_POPULATION_SHARE_END -> r.value(Measure.ARMED_GROUP_POPULATION_SHARE, "", last);
            case ARMED_GROUP_POPULATION_SHARE_AT ->
                    r.value(Measure.ARMED_GROUP_POPULATION_SHARE, "", r.day(LocalDate.parse(arg)));
            case ARMED_GROUP_POPULATION_SHARE_MEAN ->
                    r.sum(Measure.ARMED_GROUP_POPULATION_SHARE, "", 0, r.days()) / r.days();
            case GOVERNMENT_POPULATION_SHARE_END -> r.value(Measure.ZONE_SHARE_POPULATION, "1", last)
                    + r.value(Measure.ZONE_SHARE_POPULATION, "2", last);
            case CONTROL_SHARE_POPULATION_END -> r.value(Measure.CONTROL_SHARE_POPULATION, arg, last);
            case FATALITIES_TOTAL -> r.sum(Measure.FATALITIES, total, 0, r.days());
            case FATALITIES_YEAR -> yearSum(r, Measure.FATALITIES, Integer.parseInt(arg));
            case CIVILIAN_DEATHS_TOTAL -> r.sum(Measure.CIVILIAN_DEATHS, total, 0, r.days());
            case CIVILIAN_DEATHS_YEAR -> yearSum(r, Measure.CIVILIAN_DEATHS, Integer.parseInt(arg));
            case CIVILIAN_DEATHS_SIDE -> sideSum(run, Measure.CIVILIAN_DEATHS, Side.valueOf(arg.toUpperCase()));
            case ATTACKS_TOTAL -> r.sum(Measure.ATTACKS, total, 0, r.days());
            case JOINT_ASSAULTS_TOTAL -> r.sum(Measure.JOINT_ASSAULTS, total, 0, r.days());
            case PEAK_DISPLACED -> r.value(Measure.DISPLACED, "", r.argMax(Measure.DISPLACED, ""));
            case DISPLACED_END -> r.value(Measure.DISPLACED, "", last);
            case REFUGEES_END -> r.value(Measure.REFUGEES, "", last);
            case BLOCKADE_DAYS -> blockadeDays(run, arg);
            case INSURGENT_FRONT_KM_MIN -> frontMin(r);
            case INSURGENT_FRONT_KM_END -> r.value(Measure.INSURGENT_FRONT_KM, "", last);
            case INSURGENT_FRONT_KM_MEAN -> mean(r, Measure.INSURGENT_FRONT_KM);
            case INSURGENT_FRONT_P10_KM_MEAN -> mean(r, Measure.INSURGENT_FRONT_P10_KM);
            case TOWNS_HELD_END -> r.value(Measure.TOWNS_HELD, arg, last);
            case TROOPS_END -> r.value(Measure.TROOPS, arg, last);
            case RECRUITS_TOTAL -> r.sum(Measure.RECRUITS, arg, 0, r.days());
            case STATE_LEGITIMACY_END -> r.value(Measure.STATE_LEGITIMACY, "", last);
            case ACTIVE_CIVILIANS_MEAN -> mean(r, Measure.ACTIVE_CIVILIANS);
            case ACTIVE_SHARE_MEAN -> mean(r, Measure.ACTIVE_SHARE);
            case ARRESTS_TOTAL -> r.sum(Measure.ARRESTS, total, 0, r.days());
            case PROTESTS_TOTAL -> r.sum(Measure.PROTESTS, "", 0, r.days());
            case RIOTS_TOTAL -> r.sum(Measure.RIOTS, "", 0, r.days());
        };
    }

    private static double yearSum(RunRecord r, Measure m, int year) {
        int from = Math.max(0, r.day(LocalDate.of(year, 1, 1)));
        int to = r.day(LocalDate.of(year, 12, 31));
        return r.sum(m, "", from, to < 0 ? r.days() : to + 1);
    }

    private static double sideSum(Simulation.Result run, Measure m, Side side) {
        double sum = 0;
        for (FactionSpec f : run.scenario().factions()) {
            if (f.side() == side) {
                sum += run.record().sum(m, f.id(), 0, run.record().days());
            }
        }
        return sum;
    }

    private static double blockadeDays(Simulation.Result run, String town) {
        double days = 0;
        for (RunFinalState.TownSpan s : run.finalState().spans()) {
            if (s.status() == RunFinalState.TownSpan.Status.BLOCKADED && (town == null || s.townId().equals(town))) {
                days += s.days();
            }
        }
        return days;
    }

    private static double mean(RunRecord r, Measure m) {
        double sum = 0;
        int n = 0;
        for (int d = 0; d < r.days(); d++) {
            double v = r.value(m, "", d);
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    private static double frontMin(RunRecord r) {
        double min = Double.NaN;
        for (int d = 0; d < r.days(); d++) {
            double v = r.value(Measure.INSURGENT_FRONT_KM, "", d);
            if (!Double.isNaN(v) && (Double.isNaN(min) || v < min)) {
                min = v;
            }
        }
        return min;
    }
}
