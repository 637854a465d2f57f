package sahelsim.runfolder;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Locale;
import sahelsim.io.Json;
import sahelsim.io.NumberText;
import sahelsim.map.MaliGeography;
import sahelsim.map.Town;
import sahelsim.observe.Measure;
import sahelsim.observe.Outcome;
import sahelsim.observe.RunRecord;
import sahelsim.observe.Simulation;
import sahelsim.scenario.FactionSpec;
import sahelsim.scenario.Side;

/**
 * summary.json: a run's headline numbers, every one of them a named {@link Outcome} (or, by year, the same
 * measures over a calendar year), so that summaries, sweeps and the hindcast agree.
 */
public final class RunSummary {

    private RunSummary() {
    }

    public static ObjectNode of(Simulation.Result run, MaliGeography geography) {
        RunRecord r = run.record();
        ObjectNode root = Json.object();
        root.put("scenario", run.scenario().name());
        root.put("seed", run.seed());
        root.put("start", r.date(0).toString());
        root.put("end", r.date(r.days() - 1).toString());
        ObjectNode outcomes = root.putObject("outcomes");
        for (Outcome o : Outcome.values()) {
            if (o.arg() == Outcome.Arg.NONE || o.arg() == Outcome.Arg.OPTIONAL_FACTION
                    || o.arg() == Outcome.Arg.OPTIONAL_TOWN) {
                outcomes.set(o.id(), NumberText.json(Outcome.value(o.id(), run)));
            }
        }
        byYear(root.putObject("by_year"), run);
        ObjectNode byFaction = root.putObject("by_faction");
        for (FactionSpec f : run.scenario().factions()) {
            ObjectNode one = byFaction.putObject(f.id());
            for (Outcome o : Outcome.values()) {
                if (o.arg() == Outcome.Arg.FACTION || o.arg() == Outcome.Arg.OPTIONAL_FACTION) {
                    one.set(o.id(), NumberText.json(Outcome.value(o.id() + ":" + f.id(), run)));
                }
            }
        }
        ObjectNode bySide = root.putObject("by_side");
        for (Side side : Side.values()) {
            String id = side.name().toLowerCase(Locale.ROOT);
            bySide.putObject(id).set(Outcome.CIVILIAN_DEATHS_SIDE.id(),
                    NumberText.json(Outcome.value(Outcome.CIVILIAN_DEATHS_SIDE.id() + ":" + id, run)));
        }
        ObjectNode byTown = root.putObject("by_town");
        for (Town t : geography.towns()) {
            byTown.putObject(t.id()).set(Outcome.BLOCKADE_DAYS.id(),
                    NumberText.json(Outcome.value(Outcome.BLOCKADE_DAYS.id() + ":" + t.id(), run)));
        }
        root.put("peak_displaced_date", r.date(r.argMax(Measure.DISPLACED, "")).toString());
        return root;
    }

    /** Per calendar year of the run: people and civilians killed, and the displaced on its last simulated day. */
    private static void byYear(ObjectNode byYear, Simulation.Result run) {
        RunRecord r = run.record();
        LocalDate last = r.date(r.days() - 1);
        for (int year = r.start().getYear(); year <= last.getYear(); year++) {
            ObjectNode one = byYear.putObject(Integer.toString(year));
            one.set("fatalities", NumberText.json(Outcome.value(Outcome.FATALITIES_YEAR.id() + ":" + year, run)));
            one.set("civilian_deaths",
                    NumberText.json(Outcome.value(Outcome.CIVILIAN_DEATHS_YEAR.id() + ":" + year, run)));
            LocalDate yearEnd = LocalDate.of(year, 12, 31).isAfter(last) ? last : LocalDate.of(year, 12, 31);
            one.set("displaced_end", NumberText.json(r.value(Measure.DISPLACED, "", r.day(yearEnd))));
        }
    }
}
