package sahelsim.hindcast;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import sahelsim.load.ScenarioLoader;
import sahelsim.load.ShippedGeography;
import sahelsim.map.Grid;
import sahelsim.model.EventKind;
import sahelsim.model.ModelEvent;
import sahelsim.observe.EventLog;
import sahelsim.observe.Measure;
import sahelsim.observe.RunFinalState;
import sahelsim.observe.RunRecord;
import sahelsim.observe.Simulation;
import sahelsim.scenario.Scenario;

/**
 * Outputs of a run of the historical scenario written by hand: every series zero on every day, no events and
 * no towns held, until a test adds what its fact looks for.
 */
final class HandMadeRun {

    static final Scenario SCENARIO = ScenarioLoader.shipped().load(Path.of("scenarios/historical-2022.yaml"));
    static final Grid GRID = ShippedGeography.grid(SCENARIO.resolution());

    private final RunRecord record;
    private final EventLog log = new EventLog();
    private final List<RunFinalState.TownSpan> spans = new ArrayList<>();

    HandMadeRun() {
        record = new RunRecord(SCENARIO.start(), SCENARIO.days(), SCENARIO.factions().stream().map(f -> f.id()).toList(),
                SCENARIO.coalitions().stream().map(c -> c.id()).toList());
        for (RunRecord.Series s : record.series()) {
            for (int d = 0; d < SCENARIO.days(); d++) {
                record.set(s.measure(), s.key(), d, 0);
            }
        }
        record.endDay(SCENARIO.days() - 1);
    }

    static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    HandMadeRun set(Measure measure, String key, LocalDate date, double value) {
        record.set(measure, key, day(date), value);
        return this;
    }

    /** The same value on every day from one date to another, both inclusive. */
    HandMadeRun set(Measure measure, String key, LocalDate from, LocalDate to, double value) {
        for (int d = day(from); d <= day(to); d++) {
            record.set(measure, key, d, value);
        }
        return this;
    }

    /** An event at a town, its deaths split as given; actors are faction ids, "civilians" or "" for none. */
    HandMadeRun event(LocalDate date, EventKind kind, String actor1, String actor2, String town, int actor1Deaths,
                      int actor2Deaths, int civilianDeaths) {
        int t = GRID.geography().townIndex(town).orElseThrow();
        log.emit(new ModelEvent(day(date), kind, actor(actor1), actor(actor2), GRID.townCell(t), t, actor1Deaths,
                actor2Deaths, civilianDeaths, ""));
        return this;
    }

    /** A battle between two factions at a town with deaths on both sides. */
    HandMadeRun clash(LocalDate date, String a, String b, String town, int deaths) {
        return event(date, EventKind.ARMED_CLASH, a, b, town, deaths / 2, deaths - deaths / 2, 0);
    }

    HandMadeRun held(String town, String faction, LocalDate from, LocalDate to) {
        return span(town, RunFinalState.TownSpan.Status.HELD, faction, from, to);
    }

    HandMadeRun blockaded(String town, String faction, LocalDate from, LocalDate to) {
        return span(town, RunFinalState.TownSpan.Status.BLOCKADED, faction, from, to);
    }

    private HandMadeRun span(String town, RunFinalState.TownSpan.Status status, String faction, LocalDate from,
                             LocalDate to) {
        var t = GRID.geography().town(GRID.geography().townIndex(town).orElseThrow());
        spans.add(new RunFinalState.TownSpan(t.id(), t.name(), t.region(), status, faction, from, to));
        return this;
    }

    RunView view() {
        return new RunView(new Simulation.Result(SCENARIO, 1, record, log, new RunFinalState(spans), null, null), GRID);
    }

    Verdict judge(Fact fact) {
        return fact.judge(view());
    }

    private static int actor(String id) {
        if (id.isEmpty()) {
            return -1;
        }
        if (id.equals("civilians")) {
            return ModelEvent.CIVILIANS;
        }
        int f = SCENARIO.factionIndex(id);
        if (f < 0) {
            throw new IllegalArgumentException("no faction " + id);
        }
        return f;
    }

    private static int day(LocalDate date) {
        return (int) java.time.temporal.ChronoUnit.DAYS.between(SCENARIO.start(), date);
    }
}
