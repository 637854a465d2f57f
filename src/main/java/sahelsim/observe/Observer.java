package sahelsim.observe;

import java.util.ArrayList;
import java.util.List;
import sahelsim.map.Grid;
import sahelsim.model.EventKind;
import sahelsim.model.Faction;
import sahelsim.model.ModelEvent;
import sahelsim.model.SahelModel;
import sahelsim.model.TownState;
import sahelsim.model.TroopLedger;
import sahelsim.model.agents.Population;
import sahelsim.model.flight.Flight;
import sahelsim.model.flight.Places;
import sahelsim.model.mechanics.ControlMap;
import sahelsim.model.rebellion.Rebellion;
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
    private final long[] arrestsSeen;
    private final long[] jointSeen;
    private long jointTotalSeen;
    private final long[][] ledgerSeen;
    private int eventsSeen;
    private InsurgentFront front;
    private double landArea;
    private ControlSnapshots snapshots;
    private final List<RunFinalState.TownSpan> closedSpans = new ArrayList<>();
    private String[] heldBy;
    private java.time.LocalDate[] heldSince;
    private String[] blockadedBy;
    private java.time.LocalDate[] blockadedSince;

    private Observer(SahelModel model, EventLog log) {
        this.model = model;
        this.log = log;
        List<String> factions = model.scenario().factions().stream().map(f -> f.id()).toList();
        List<String> coalitions = model.scenario().coalitions().stream().map(c -> c.id()).toList();
        this.record = new RunRecord(model.scenario().start(), model.calendar().days(), factions, coalitions,
                Destinations.of(model.grid().geography()));
        this.ids = factions.toArray(String[]::new);
        this.recruitsSeen = new double[ids.length];
        this.arrestsSeen = new long[ids.length];
jointSeen = new long[ids.length];
        this.ledgerSeen = new long[TroopLedger.Entry.values().length][ids.length];
    }

    /** Attaches an observer and an event log to a model (before {@link SahelModel#start()}). */
    public static Observer attach(SahelModel model) {
        EventLog log = new EventLog();
        model.setEventSink(log);
        Observer observer = new Observer(model, log);
        model.addObserver(observer);
        return observer;
    }

    /** Keeps a control map every {@code everyDays} days (and on the last day). */
    public void keepControlMaps(int everyDays) {
        snapshots = new ControlSnapshots(everyDays);
    }

    /** The kept control maps, or null when none were asked for. */
    public ControlSnapshots controlMaps() {
        return snapshots;
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
                arrestsSeen[f.index()] = 0;
            }
            for (long[] seen : ledgerSeen) {
                java.util.Arrays.fill(seen, 0);
            }
        }
        control(day);
        events(day);
        forces(day);
        flight(day);
        rebellion(day);
        for (int k = 0; k < model.scenario().coalitions().size(); k++) {
            record.set(Measure.COALITION_LEVEL, model.scenario().coalitions().get(k).id(), day,
                    model.coalitions().level(k).ordinal());
        }
        if (snapshots != null) {
            snapshots.observe(model);
        }
        record.endDay(day);
    }

    private void control(int day) {
        Grid grid = model.grid();
        Population pop = model.population();
        ControlMap control = model.control();
        int nf = ids.length;
        // People are whole numbers: counted in longs, exactly; areas in doubles, summed in cell order.
        long[] people = new long[nf + 1];
        double[] area = new double[nf + 1];
        double[] zoneArea = new double[6];
        long[] zonePeople = new long[6];
        long totalPeople = 0;
        double legitimacy = 0;
        for (int i = 0; i < pop.size(); i++) {
            double a = grid.landAreaKm2(i);
            int n = pop.residents(i);
            int d = control.dominant(i);
            int z = control.zone(i);
            people[d < 0 ? nf : d] += n;
            area[d < 0 ? nf : d] += a;
            zoneArea[z] += a;
            zonePeople[z] += n;
            totalPeople += n;
            legitimacy += n * (double) pop.legitimacy(i);
        }
        double totalArea = landArea(grid, pop.size());
        for (int f = 0; f <= nf; f++) {
            String key = f < nf ? ids[f] : "none";
            record.set(Measure.CONTROL_SHARE_POPULATION, key, day,
                    totalPeople == 0 ? 0 : (double) people[f] / totalPeople);
            record.set(Measure.CONTROL_SHARE_AREA, key, day, area[f] / totalArea);
        }
        for (int z = 0; z <= 5; z++) {
            record.set(Measure.ZONE_SHARE_AREA, Integer.toString(z), day, zoneArea[z] / totalArea);
            record.set(Measure.ZONE_SHARE_POPULATION, Integer.toString(z), day,
                    totalPeople == 0 ? 0 : (double) zonePeople[z] / totalPeople);
        }
        record.set(Measure.CONTESTED_SHARE_AREA, "", day, zoneArea[3] / totalArea);
        record.set(Measure.ARMED_GROUP_POPULATION_SHARE, "", day,
                totalPeople == 0 ? 0 : (double) (zonePeople[4] + zonePeople[5]) / totalPeople);
        if (front == null) {
            front = new InsurgentFront(model);
        }
        InsurgentFront.Distances distances = front.measure(pop, control);
        record.set(Measure.INSURGENT_FRONT_KM, "", day, distances.nearestKm());
        record.set(Measure.INSURGENT_FRONT_P10_KM, "", day, distances.tenthKm());
        record.set(Measure.STATE_LEGITIMACY, "", day, totalPeople == 0 ? 0 : legitimacy / totalPeople);
    }

    /** The map's land area, summed once in cell order: it never changes during a run. */
    private double landArea(Grid grid, int cells) {
        if (landArea == 0) {
            for (int i = 0; i < cells; i++) {
                landArea += grid.landAreaKm2(i);
            }
        }
        return landArea;
    }

    /** Where those who fled are: in Mali by place, on the road, abroad by camp and country; who left, who came home. */
    private void flight(int day) {
        Flight flight = model.flight();
        Places places = flight.places();
        record.set(Measure.DISPLACED, "", day, flight.displacedTotal());
        record.set(Measure.ON_THE_ROAD, "", day, flight.onTheRoad());
        record.set(Measure.REFUGEES, "", day, flight.refugeesTotal());
        for (int p = 0; p < places.size(); p++) {
            record.set(places.abroad(p) ? Measure.REFUGEES_AT : Measure.DISPLACED_AT, places.id(p), day, flight.at(p));
        }
        List<String> countries = places.countries();
        for (int c = 1; c < countries.size(); c++) {
            record.set(Measure.REFUGEES_BY_COUNTRY, countries.get(c), day, flight.refugeesIn(c));
        }
        record.set(Measure.FLED, "", day, flight.fledToday());
        record.set(Measure.RETURNED, "", day, flight.returnedToday());
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
        int protests = 0;
        int riots = 0;
        for (; eventsSeen < log.size(); eventsSeen++) {
            ModelEvent e = log.get(eventsSeen);
            EventKind kind = e.kind();
            protests += kind == EventKind.PROTEST ? 1 : 0;
            riots += kind == EventKind.RIOT ? 1 : 0;
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
        record.set(Measure.PROTESTS, "", day, protests);
        record.set(Measure.RIOTS, "", day, riots);
    }

    /** Active and jailed civilians, and the day's arrests by faction. */
    private void rebellion(int day) {
        Rebellion rebellion = model.rebellion();
        record.set(Measure.ACTIVE_CIVILIANS, "", day, rebellion.activeTotal());
        long atHome = model.population().residentsTotal();
        record.set(Measure.ACTIVE_SHARE, "", day, atHome > 0 ? (double) rebellion.activeTotal() / atHome : 0);
        record.set(Measure.JAILED_CIVILIANS, "", day, model.population().jailedTotal());
        long all = 0;
        for (int f = 0; f < ids.length; f++) {
            long total = rebellion.arrests(f);
            record.set(Measure.ARRESTS, ids[f], day, total - arrestsSeen[f]);
            all += total - arrestsSeen[f];
            arrestsSeen[f] = total;
        }
        record.set(Measure.ARRESTS, "", day, all);
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
            long joint = model.combat().jointAssaults(i);
            record.set(Measure.JOINT_ASSAULTS, ids[i], day, joint - jointSeen[i]);
            jointSeen[i] = joint;
            ledger(day, i);
        }
        long joint = model.combat().jointAssaults();
        record.set(Measure.JOINT_ASSAULTS, "", day, joint - jointTotalSeen);
        jointTotalSeen = joint;
        record.set(Measure.BLOCKADED_TOWNS, "", day, blockaded);
        trackTowns();
    }

    /** The day's entries in a faction's troop books, each the change of its running total since yesterday. */
    private void ledger(int day, int faction) {
        TroopLedger books = model.ledger();
        for (TroopLedger.Entry e : TroopLedger.Entry.values()) {
            long total = books.total(e, faction);
            record.set(measureOf(e), ids[faction], day, total - ledgerSeen[e.ordinal()][faction]);
            ledgerSeen[e.ordinal()][faction] = total;
        }
    }

    private static Measure measureOf(TroopLedger.Entry entry) {
        return switch (entry) {
            case RECRUITED -> Measure.TROOPS_RECRUITED;
            case ARRIVED -> Measure.TROOPS_ARRIVED;
            case KILLED -> Measure.TROOPS_KILLED;
            case LOST_OTHERWISE -> Measure.TROOPS_LOST_OTHERWISE;
            case WITHDRAWN -> Measure.TROOPS_WITHDRAWN;
        };
    }

    /** Opens and closes the spans of towns.csv as holders and blockades change. */
    private void trackTowns() {
        List<TownState> towns = model.towns();
        java.time.LocalDate today = model.date();
        if (heldBy == null) {
            heldBy = new String[towns.size()];
            heldSince = new java.time.LocalDate[towns.size()];
            blockadedBy = new String[towns.size()];
            blockadedSince = new java.time.LocalDate[towns.size()];
        }
        for (TownState t : towns) {
            int i = t.index();
            String holder = RunFinalState.holderId(model, t);
            if (heldSince[i] == null || !holder.equals(heldBy[i])) {
                close(t, RunFinalState.TownSpan.Status.HELD, heldBy[i], heldSince[i], today.minusDays(1));
                heldBy[i] = holder;
                heldSince[i] = today;
            }
            String blockader = t.blockaded() ? model.faction(t.blockadedBy()).id() : null;
            if (!java.util.Objects.equals(blockader, blockadedBy[i])) {
                close(t, RunFinalState.TownSpan.Status.BLOCKADED, blockadedBy[i], blockadedSince[i], today.minusDays(1));
                blockadedBy[i] = blockader;
                blockadedSince[i] = today;
            }
        }
    }

    private void close(TownState t, RunFinalState.TownSpan.Status status, String faction, java.time.LocalDate from,
                       java.time.LocalDate to) {
        if (from == null || faction == null || to.isBefore(from)) {
            return;
        }
        if (status == RunFinalState.TownSpan.Status.HELD && faction.isEmpty()) {
            faction = "";
        }
        closedSpans.add(new RunFinalState.TownSpan(t.town().id(), t.town().name(), t.town().region(), status, faction,
                from, to));
    }

    /** Every town span, the open ones closed on the last recorded day; sorted by town, status and date. */
    List<RunFinalState.TownSpan> townSpans() {
        List<RunFinalState.TownSpan> all = new ArrayList<>(closedSpans);
        java.time.LocalDate last = record.date(record.days() - 1);
        for (TownState t : model.towns()) {
            int i = t.index();
            if (heldBy != null && heldSince[i] != null) {
                all.add(new RunFinalState.TownSpan(t.town().id(), t.town().name(), t.town().region(),
                        RunFinalState.TownSpan.Status.HELD, heldBy[i], heldSince[i], last));
            }
            if (blockadedBy != null && blockadedBy[i] != null) {
                all.add(new RunFinalState.TownSpan(t.town().id(), t.town().name(), t.town().region(),
                        RunFinalState.TownSpan.Status.BLOCKADED, blockadedBy[i], blockadedSince[i], last));
            }
        }
        List<String> order = model.towns().stream().map(t -> t.town().id()).toList();
        all.sort(java.util.Comparator.comparingInt((RunFinalState.TownSpan s) -> order.indexOf(s.townId()))
                .thenComparing(RunFinalState.TownSpan::status).thenComparing(RunFinalState.TownSpan::from));
        return all;
    }
}
