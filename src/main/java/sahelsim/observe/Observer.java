package sahelsim.observe;

import java.util.ArrayList;
import java.util.List;
import sahelsim.map.Grid;
import sahelsim.model.EventKind;
import sahelsim.model.Faction;
import sahelsim.model.ModelEvent;
import sahelsim.model.SahelModel;
import sahelsim.model.TownState;
import sahelsim.model.agents.Population;
import sahelsim.model.mechanics.ControlMap;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Steps last each day and writes the day's value of every {@link Measure} into the {@link RunRecord}. Each
 * measure is computed here and only here.
 */
public final class Observer implements Steppable {

    private static final long serialVersionUID = 1L;

    private final SahelModel model;
    private final RunRecord record;
    private final EventLog log;
    private final String[] ids;
    private final double[] recruitsSeen;
    private int eventsSeen;

    private Observer(SahelModel model, EventLog log) {
        this.model = model;
        this.log = log;
        List<String> factions = model.scenario().factions().stream().map(f -> f.id()).toList();
        List<String> coalitions = model.scenario().coalitions().stream().map(c -> c.id()).toList();
        this.record = new RunRecord(model.scenario().start(), model.calendar().days(), factions, coalitions);
        this.ids = factions.toArray(String[]::new);
        this.recruitsSeen = new double[ids.length];
    }

    /** Attaches an observer and an event log to a model (before {@link SahelModel#start()}). */
    public static Observer attach(SahelModel model) {
        EventLog log = new EventLog();
        model.setEventSink(log);
        Observer observer = new Observer(model, log);
        model.addObserver(observer);
        return observer;
    }

    public RunRecord record() {
        return record;
    }

    public EventLog log() {
        return log;
    }

    @Override
    public void step(SimState state) {
        int day = (int) model.day();
        if (day == 0) {
            for (Faction f : model.factions()) {
                recruitsSeen[f.index()] = 0;
            }
        }
        control(day);
        events(day);
        forces(day);
        Population pop = model.population();
        record.set(Measure.DISPLACED, "", day, pop.displacedTotal());
        record.set(Measure.REFUGEES, "", day, pop.refugeesTotal());
        for (int k = 0; k < model.scenario().coalitions().size(); k++) {
            record.set(Measure.COALITION_LEVEL, model.scenario().coalitions().get(k).id(), day,
                    model.coalitions().level(k).ordinal());
        }
        record.endDay(day);
    }

    private void control(int day) {
        Grid grid = model.grid();
        Population pop = model.population();
        ControlMap control = model.control();
        int nf = ids.length;
        double[] people = new double[nf + 1];
        double[] area = new double[nf + 1];
        double[] zoneArea = new double[6];
        double[] zonePeople = new double[6];
        double totalPeople = 0;
        double totalArea = 0;
        double legitimacy = 0;
        double front = Double.POSITIVE_INFINITY;
        for (int i = 0; i < pop.size(); i++) {
            int cell = grid.landCell(i);
            double a = grid.cellAreaKm2(cell);
            int n = pop.residents(i);
            int d = control.dominant(i);
            int z = control.zone(i);
            people[d < 0 ? nf : d] += n;
            area[d < 0 ? nf : d] += a;
            zoneArea[z] += a;
            zonePeople[z] += n;
            totalPeople += n;
            totalArea += a;
            legitimacy += n * (double) pop.legitimacy(i);
            if (z >= 4) {
                front = Math.min(front, grid.kmToBamako(cell));
            }
        }
        for (int f = 0; f <= nf; f++) {
            String key = f < nf ? ids[f] : "none";
            record.set(Measure.CONTROL_SHARE_POPULATION, key, day, totalPeople == 0 ? 0 : people[f] / totalPeople);
            record.set(Measure.CONTROL_SHARE_AREA, key, day, area[f] / totalArea);
        }
        for (int z = 0; z <= 5; z++) {
            record.set(Measure.ZONE_SHARE_AREA, Integer.toString(z), day, zoneArea[z] / totalArea);
            record.set(Measure.ZONE_SHARE_POPULATION, Integer.toString(z), day,
                    totalPeople == 0 ? 0 : zonePeople[z] / totalPeople);
        }
        record.set(Measure.CONTESTED_SHARE_AREA, "", day, zoneArea[3] / totalArea);
        record.set(Measure.ARMED_GROUP_POPULATION_SHARE, "", day,
                totalPeople == 0 ? 0 : (zonePeople[4] + zonePeople[5]) / totalPeople);
        record.set(Measure.BAMAKO_FRONT_KM, "", day, front == Double.POSITIVE_INFINITY ? Double.NaN : front);
        record.set(Measure.STATE_LEGITIMACY, "", day, totalPeople == 0 ? 0 : legitimacy / totalPeople);
    }

    /**
     * Counts the day's events by perpetrator. In a battle, actor1's side killed actor2's dead and the
     * civilians; actor2's side killed actor1's dead.
     */
    private void events(int day) {
        int nf = ids.length;
        double[] attacks = new double[nf];
        double[] fatalities = new double[nf];
        double[] civilians = new double[nf];
        for (; eventsSeen < log.size(); eventsSeen++) {
            ModelEvent e = log.get(eventsSeen);
            EventKind kind = e.kind();
            if (kind.violent() && e.actor1() >= 0) {
                attacks[e.actor1()]++;
            }
            if (e.actor1() >= 0) {
                fatalities[e.actor1()] += e.actor2Deaths() + e.civilianDeaths();
                civilians[e.actor1()] += e.civilianDeaths();
            }
            if (e.actor2() >= 0) {
                fatalities[e.actor2()] += e.actor1Deaths();
            }
        }
        double a = 0;
        double k = 0;
        double c = 0;
        for (int f = 0; f < nf; f++) {
            record.set(Measure.ATTACKS, ids[f], day, attacks[f]);
            record.set(Measure.FATALITIES, ids[f], day, fatalities[f]);
            record.set(Measure.CIVILIAN_DEATHS, ids[f], day, civilians[f]);
            a += attacks[f];
            k += fatalities[f];
            c += civilians[f];
        }
        record.set(Measure.ATTACKS, "", day, a);
        record.set(Measure.FATALITIES, "", day, k);
        record.set(Measure.CIVILIAN_DEATHS, "", day, c);
    }

    private void forces(int day) {
        int nf = ids.length;
        int[] held = new int[nf];
        int blockaded = 0;
        for (TownState t : model.towns()) {
            if (t.holder() >= 0) {
                held[t.holder()]++;
            }
            if (t.blockaded()) {
                blockaded++;
            }
        }
        List<Faction> factions = new ArrayList<>(model.factions());
        for (Faction f : factions) {
            int i = f.index();
            record.set(Measure.TROOPS, ids[i], day, model.troops(i));
            record.set(Measure.TOWNS_HELD, ids[i], day, held[i]);
            double total = f.recruitsTotal();
            record.set(Measure.RECRUITS, ids[i], day, total - recruitsSeen[i]);
            recruitsSeen[i] = total;
        }
        record.set(Measure.BLOCKADED_TOWNS, "", day, blockaded);
    }
}
