package sahelsim.hindcast;

import java.time.LocalDate;
import java.util.List;
import sahelsim.map.Grid;
import sahelsim.model.EventKind;
import sahelsim.model.ModelEvent;
import sahelsim.observe.RunFinalState;
import sahelsim.observe.RunRecord;
import sahelsim.observe.Simulation;
import sahelsim.scenario.FactionSpec;
import sahelsim.scenario.Scenario;
import sahelsim.scenario.Side;

/** One run's outputs with the look-ups facts share: dates of events, factions by id and side, distances. */
public final class RunView {

    private final Simulation.Result result;
    private final Grid grid;

    public RunView(Simulation.Result result, Grid grid) {
        this.result = result;
        this.grid = grid;
    }

    public Scenario scenario() {
        return result.scenario();
    }

    public RunRecord record() {
        return result.record();
    }

    public List<ModelEvent> events() {
        return result.events().events();
    }

    public RunFinalState towns() {
        return result.finalState();
    }

    public Grid grid() {
        return grid;
    }

    public LocalDate date(ModelEvent e) {
        return scenario().start().plusDays(e.day());
    }

    public int faction(String id) {
        return scenario().factionIndex(id);
    }

    public boolean onSide(int faction, Side side) {
        return faction >= 0 && scenario().factions().get(faction).side() == side;
    }

    public String factionId(int faction) {
        return faction < 0 ? "" : scenario().factions().get(faction).id();
    }

    public boolean between(ModelEvent e, String a, String b) {
        int x = faction(a);
        int y = faction(b);
        return (e.actor1() == x && e.actor2() == y) || (e.actor1() == y && e.actor2() == x);
    }

    public boolean within(ModelEvent e, LocalDate from, LocalDate to) {
        LocalDate d = date(e);
        return !d.isBefore(from) && !d.isAfter(to);
    }

    /** Distance in km from an event to a town. */
    public double kmTo(ModelEvent e, String townId) {
        int town = grid.geography().townIndex(townId).orElseThrow();
        return grid.kmApprox(e.cell(), grid.townCell(town));
    }

    /** The region id of the town an event happened at or nearest to. */
    public String region(ModelEvent e) {
        return grid.geography().town(e.town()).region();
    }

    public boolean isKind(ModelEvent e, EventKind... kinds) {
        for (EventKind k : kinds) {
            if (e.kind() == k) {
                return true;
            }
        }
        return false;
    }

    public List<FactionSpec> factions() {
        return scenario().factions();
    }

    /** The calendar day index of a date in the record, or -1 outside the run. */
    public int day(LocalDate date) {
        return record().day(date);
    }
}
