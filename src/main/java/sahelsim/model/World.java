package sahelsim.model;

import ec.util.MersenneTwisterFast;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import sahelsim.map.Grid;
import sahelsim.map.Town;
import sahelsim.model.agents.ArmedUnit;
import sahelsim.model.agents.ForeignContingent;
import sahelsim.model.agents.Garrison;
import sahelsim.model.agents.Mission;
import sahelsim.model.agents.Population;
import sahelsim.model.mechanics.ControlMap;
import sahelsim.scenario.CoalitionLevel;
import sahelsim.scenario.FactionKind;
import sahelsim.scenario.FactionSpec;
import sahelsim.scenario.Place;
import sahelsim.scenario.Scenario;
import sim.engine.Schedule;

/**
 * The state of one run and the operations on it that the mechanics share: the factions and their relations,
 * the towns and who holds them, garrisons, armed units, foreign contingents, the people, the control map, the
 * troop ledger, the events sent out, and the run's one generator. Each mechanic is given the world (and the
 * other mechanics it calls) when it is made, so that it can be tried on a small world of its own.
 */
public final class World {

    private final Scenario scenario;
    private final Grid grid;
    private final Calendar calendar;
    private final Schedule schedule;
    private final EventSink sink;
    private final MersenneTwisterFast random;
    private final Draws draws;
    private final List<Faction> factions = new ArrayList<>();
    private final TroopLedger ledger;
    private final Relations relations;
    private final Objectives objectives;
    private final List<TownState> towns = new ArrayList<>();
    private final List<Garrison> garrisons = new ArrayList<>();
    private final List<ArmedUnit> units = new ArrayList<>();
    private final List<ForeignContingent> contingents = new ArrayList<>();
    private final Population population;
    private final ControlMap control;
    /**
     * Whether a faction's home areas cover a cell, by its nearest town and region (the only things the answer
     * depends on), at {@code [faction][town * (regions + 1) + region + 1]} (region -1 outside Mali): 0 until first
     * asked, then {@link #AWAY} or {@link #HOME}. The planners and recruitment ask for many cells every day.
     */
    private final byte[][] homeArea;
    private static final byte AWAY = 1;
    private static final byte HOME = 2;
    private int nextId;
    private double wagnerAbuse;
    private boolean wagnerPresent;

    /**
     * A world at the start of a scenario, with no garrison and no unit yet. The {@code schedule} tells the
     * current day (its step); {@code random} is the run's one generator, from which the people are drawn here.
     */
    public World(Scenario scenario, Grid grid, Calendar calendar, Schedule schedule, MersenneTwisterFast random,
                 EventSink sink) {
        this.scenario = scenario;
        this.grid = grid;
        this.calendar = calendar;
        this.schedule = schedule;
        this.random = random;
        this.draws = new Draws(random);
        this.sink = sink;
        this.wagnerAbuse = scenario.wagner().abuse();
        for (FactionSpec spec : scenario.factions()) {
            factions.add(new Faction(factions.size(), spec));
        }
        this.ledger = new TroopLedger(factions.size());
        this.relations = new Relations(factions, scenario.relations());
        this.objectives = new Objectives(factions.size());
        this.homeArea = new byte[factions.size()][grid.geography().towns().size()
                * (grid.geography().regions().size() + 1)];
        for (int t = 0; t < grid.geography().towns().size(); t++) {
            towns.add(new TownState(t, grid.geography().town(t), grid.townCell(t)));
        }
        this.population = new Population(grid, factions.size(), scenario.civilians(), random);
        this.control = new ControlMap(grid, factions, scenario.control());
    }

    // The world's operations, shared by the mechanics.

    public Garrison newGarrison(int faction, int town, int troops, double fortification, double supplyDays,
                                String contingent) {
        Garrison g = new Garrison(nextId++, faction, town, troops, fortification, supplyDays, contingent);
        g.setNextConvoyDay(day() + 1 + random.nextInt(Math.max(1, scenario.supply().convoyEveryDays())));
        garrisons.add(g);
        updateHolder(town);
        return g;
    }

    public void removeGarrison(Garrison g) {
        garrisons.remove(g);
        updateHolder(g.town());
    }

    public ArmedUnit newUnit(int faction, int strength, int cell, int homeTown) {
        ArmedUnit u = new ArmedUnit(nextId++, faction, strength, cell, homeTown);
        units.add(u);
        return u;
    }

    /** Drops units and garrisons with nobody left (after combat). */
    public void removeFallen() {
        units.removeIf(u -> !u.alive());
        List<Garrison> empty = new ArrayList<>();
        for (Garrison g : garrisons) {
            if (g.troops() <= 0) {
                empty.add(g);
            }
        }
        for (Garrison g : empty) {
            removeGarrison(g);
        }
    }

    /**
     * The holder of a town: the faction with the largest garrison there, not counting foreign contingents or
     * peacekeepers when a local force is also present; nobody when no garrison is there.
     */
    public void updateHolder(int town) {
        int best = -1;
        int bestTroops = 0;
        boolean bestLocal = false;
        for (Garrison g : garrisons) {
            if (g.town() != town || g.troops() <= 0) {
                continue;
            }
            boolean local = factions.get(g.faction()).kind() != FactionKind.FOREIGN;
            if ((local && !bestLocal) || (local == bestLocal && g.troops() > bestTroops)) {
                best = g.faction();
                bestTroops = g.troops();
                bestLocal = local;
            }
        }
        towns.get(town).setHolder(best);
    }

    public void updateHolders() {
        for (int t = 0; t < towns.size(); t++) {
            updateHolder(t);
        }
    }

    /** An event of the day; the spin-up's are left out of the outputs, as everything else before the start. */
    public void emit(EventKind kind, int actor1, int actor2, int cell, int actor1Deaths, int actor2Deaths,
                     int civilianDeaths, String notes) {
        if (day() < 0) {
            return;
        }
        sink.emit(new ModelEvent(day(), kind, actor1, actor2, cell, grid.nearestTown(cell), actor1Deaths,
                actor2Deaths, civilianDeaths, notes));
    }

    /** A cell near a town, drawn from the run's generator, so that bands do not all stand on one cell. */
    public int scatter(int cell) {
        for (int attempt = 0; attempt < 10; attempt++) {
            int x = grid.x(cell) + random.nextInt(7) - 3;
            int y = grid.y(cell) + random.nextInt(7) - 3;
            if (x >= 0 && y >= 0 && x < grid.width() && y < grid.height() && grid.inMali(grid.index(x, y))) {
                return grid.index(x, y);
            }
        }
        return cell;
    }

    // What the mechanics ask of the world.

    public List<Garrison> garrisonsAt(int town) {
        List<Garrison> out = new ArrayList<>();
        for (Garrison g : garrisons) {
            if (g.town() == town) {
                out.add(g);
            }
        }
        return out;
    }

    public Garrison garrisonOf(int faction, int town) {
        for (Garrison g : garrisons) {
            if (g.town() == town && g.faction() == faction) {
                return g;
            }
        }
        return null;
    }

    /** Units of a faction that are free for orders (not fighting). */
    public List<ArmedUnit> idleUnits(int faction) {
        List<ArmedUnit> out = new ArrayList<>();
        for (ArmedUnit u : units) {
            if (u.faction() == faction && u.alive() && !u.inBattle() && u.mission() == Mission.IDLE) {
                out.add(u);
            }
        }
        return out;
    }

    /** Towns a faction treats as home: its home towns, and the towns of its home regions. */
    public List<Integer> homeTowns(int faction) {
        List<Integer> out = new ArrayList<>();
        for (int t = 0; t < towns.size(); t++) {
            Town town = towns.get(t).town();
            if (home(faction, town.id(), town.region())) {
                out.add(t);
            }
        }
        if (out.isEmpty()) {
            out.add(supplyOrigin());
        }
        return out;
    }

    /** Whether a land cell lies in a faction's home areas: its nearest town is a home town, or its region home. */
    public boolean inHomeArea(int faction, int cell) {
        int town = grid.nearestTown(cell);
        int region = grid.region(cell);
        int key = town * (grid.geography().regions().size() + 1) + region + 1;
        if (homeArea[faction][key] == 0) {
            boolean home = home(faction, grid.geography().town(town).id(),
                    region >= 0 ? grid.geography().regions().get(region).id() : null);
            homeArea[faction][key] = home ? HOME : AWAY;
        }
        return homeArea[faction][key] == HOME;
    }

    private boolean home(int faction, String townId, String regionId) {
        for (Place place : factions.get(faction).spec().homeAreas()) {
            if (place.covers(townId, regionId)) {
                return true;
            }
        }
        return false;
    }

    /** The first supply origin, where reinforcements from outside the map come in. */
    public int supplyOrigin() {
        return townIndex(scenario.supply().origins().get(0));
    }

    /** Cost in km-equivalent, by the travel-cost field, from a cell to a town. */
    public double costTo(int cell, int town) {
        return grid.travelTo(town).cost(cell);
    }

    /** The town nearest a cell by travel cost held by the faction or an ally, other than {@code except}, or -1. */
    public int nearestFriendlyTown(int faction, int cell, int except) {
        int best = -1;
        double bestCost = Double.POSITIVE_INFINITY;
        for (TownState t : towns) {
            if (t.index() == except || t.holder() < 0 || !relations.allied(t.holder(), faction)) {
                continue;
            }
            double cost = costTo(cell, t.index());
            if (cost < bestCost) {
                bestCost = cost;
                best = t.index();
            }
        }
        return best;
    }

    /**
     * How much air power cuts a faction's effectiveness at a cell: the strongest air support among factions
     * hostile to it that have a garrison at an airfield town within their air-support radius (foreign
     * contingents fly from any base).
     */
    public double airPenaltyAgainst(int faction, int cell) {
        double best = 0;
        for (Garrison g : garrisons) {
            Faction owner = factions.get(g.faction());
            double air = owner.behaviour().airSupport();
            if (air <= best || !relations.hostile(g.faction(), faction)) {
                continue;
            }
            Town t = towns.get(g.town()).town();
            if (!t.airfield() && owner.kind() != FactionKind.FOREIGN) {
                continue;
            }
            if (grid.kmApprox(grid.townCell(g.town()), cell)
                    <= owner.behaviour().airSupportRadiusKm()) {
                best = air;
            }
        }
        return best;
    }

    /**
     * Each faction's bloc for control: the lowest index among the members of its full coalition, or itself.
     */
    public int[] blocs() {
        int n = factions.size();
        int[] bloc = new int[n];
        for (int f = 0; f < n; f++) {
            bloc[f] = f;
            for (int g = 0; g < f; g++) {
                if (relations.coalition(f, g) == CoalitionLevel.FULL) {
                    bloc[f] = bloc[g];
                    break;
                }
            }
        }
        return bloc;
    }

    /**
     * Whether a faction is on the map: the contractors from their arrival (or a reinforcement) to their exit,
     * a foreign faction while one of its contingents is there, any other until it is withdrawn.
     */
    public boolean onMap(int faction) {
        if (faction == wagnerFaction()) {
            return wagnerPresent;
        }
        if (factions.get(faction).kind() == FactionKind.FOREIGN) {
            for (ForeignContingent c : contingents) {
                if (c.faction() == faction && c.status() == ForeignContingent.Status.PRESENT) {
                    return true;
                }
            }
            return false;
        }
        return !factions.get(faction).withdrawn();
    }

    /** Both factions of a pair are on the map: a truce with a faction that is not there ends unnoticed. */
    public boolean bothOnMap(int[] pair) {
        return onMap(pair[0]) && onMap(pair[1]);
    }

    /** Whether the contractors are on the map (the timeline brings them and takes them away). */
    public boolean wagnerPresent() {
        return wagnerPresent;
    }

    public void setWagnerPresent(boolean present) {
        wagnerPresent = present;
    }

    // The live parameters the window's levers and the timeline set.

    /** The state's legitimacy that local legitimacy recovers towards (a live parameter). */
    public double legitimacyBaseline() {
        return population.legitimacyBaseline();
    }

    /** Sets the state's legitimacy everywhere: each cell keeps its local gap from the national level. */
    public void setLegitimacy(double value) {
        population.setLegitimacyBaseline(value);
    }

    public void setHardship(double value) {
        population.setHardshipShift(value - scenario.civilians().hardship());
    }

    /** The contractors' abuse rate (a live parameter). */
    public double wagnerAbuse() {
        return wagnerAbuse;
    }

    /**
     * The chance that an act of a force whose own rate is {@code rate} turns abusive with the contractors there:
     * either the force's own conduct or the contractors' ({@link #wagnerAbuse()}).
     */
    public double withContractors(double rate) {
        return 1 - (1 - rate) * (1 - wagnerAbuse);
    }

    public void setWagnerAbuse(double value) {
        wagnerAbuse = Math.max(0, Math.min(1, value));
    }

    // State.

    public Scenario scenario() {
        return scenario;
    }

    public Grid grid() {
        return grid;
    }

    public Calendar calendar() {
        return calendar;
    }

    /**
     * The current day counted from the scenario's start: 0 on {@code calendar.start}, negative during the
     * spin-up ({@code calendar.spinUpDays} before it), and the first simulated day before the first step.
     */
    public long day() {
        double t = schedule.getTime();
        return (t < 0 ? 0 : (long) t) - scenario.spinUpDays();
    }

    /** The first simulated day: minus the spin-up. */
    public long firstDay() {
        return -scenario.spinUpDays();
    }

    /** Whether a day's step has begun (or is done): before the first step, none has. */
    public boolean begun(long day) {
        return day + scenario.spinUpDays() <= schedule.getTime();
    }

    public LocalDate date() {
        return calendar.date(day());
    }

    /** The run's one generator. */
    public MersenneTwisterFast random() {
        return random;
    }

    /** The shared draws, from the run's one generator. */
    public Draws draws() {
        return draws;
    }

    public List<Faction> factions() {
        return factions;
    }

    public Faction faction(int index) {
        return factions.get(index);
    }

    public int factionIndex(String id) {
        for (Faction f : factions) {
            if (f.id().equals(id)) {
                return f.index();
            }
        }
        return -1;
    }

    public int townIndex(String id) {
        return grid.geography().townIndex(id).orElseThrow(() -> new IllegalArgumentException("no town " + id));
    }

    public int wagnerFaction() {
        return factionIndex(scenario.wagner().faction());
    }

    public Relations relations() {
        return relations;
    }

    public Objectives objectives() {
        return objectives;
    }

    public List<TownState> towns() {
        return towns;
    }

    public TownState town(int index) {
        return towns.get(index);
    }

    public List<Garrison> garrisons() {
        return garrisons;
    }

    public List<ArmedUnit> units() {
        return units;
    }

    public List<ForeignContingent> contingents() {
        return contingents;
    }

    public Population population() {
        return population;
    }

    public ControlMap control() {
        return control;
    }

    /** The books where every change in the number of fighters is entered. */
    public TroopLedger ledger() {
        return ledger;
    }
}
