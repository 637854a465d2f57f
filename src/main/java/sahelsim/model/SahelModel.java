package sahelsim.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import sahelsim.map.Grid;
import sahelsim.map.Town;
import sahelsim.model.agents.ArmedUnit;
import sahelsim.model.agents.Command;
import sahelsim.model.agents.ForeignContingent;
import sahelsim.model.agents.Garrison;
import sahelsim.model.agents.Mission;
import sahelsim.model.agents.Population;
import sahelsim.model.mechanics.Coalitions;
import sahelsim.model.mechanics.Combat;
import sahelsim.model.mechanics.ControlMap;
import sahelsim.model.mechanics.Displacement;
import sahelsim.model.mechanics.Districts;
import sahelsim.model.mechanics.Recruitment;
import sahelsim.model.mechanics.Supply;
import sahelsim.model.mechanics.Timeline;
import sahelsim.model.mechanics.UnitMovement;
import sahelsim.model.mechanics.Violence;
import sahelsim.model.mechanics.Withdrawal;
import sahelsim.scenario.FactionKind;
import sahelsim.scenario.FactionSpec;
import sahelsim.scenario.GarrisonSpec;
import sahelsim.scenario.ForeignForceSpec;
import sahelsim.scenario.Place;
import sahelsim.scenario.Scenario;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The simulation of one scenario with one seed: one step is one day. {@link #start()} builds the world from
 * the scenario (so one instance can be restarted) and schedules the day's named phases; every random draw
 * comes from the SimState's one generator, {@link #random}. The model does no I/O: it sends events to an
 * {@link EventSink} and exposes its state for the observer.
 */
public final class SahelModel extends SimState {

    private static final long serialVersionUID = 1L;

    private final Scenario scenario;
    private final Grid grid;
    private final Calendar calendar;
    private transient EventSink sink = EventSink.NONE;
    private transient PhaseTimer phaseTimer = PhaseTimer.DIRECT;
    private final List<Steppable> observers = new ArrayList<>();

    private List<Faction> factions;
    private Relations relations;
    private Objectives objectives;
    private List<TownState> towns;
    private List<Garrison> garrisons;
    private List<ArmedUnit> units;
    private List<ForeignContingent> contingents;
    private Population population;
    private ControlMap control;
    private Districts districts;
    private Combat combat;
    private Supply supply;
    private Violence violence;
    private Displacement displacement;
    private Recruitment recruitment;
    private Withdrawal withdrawal;
    private Coalitions coalitions;
    private Timeline timeline;
    private UnitMovement movement;
    private List<Command> commands;
    private TroopLedger ledger;
    private int nextId;
    private double wagnerAbuse;
    /** The whole seed: MASON's own field keeps only its low 32 bits. */
    private long seed;

    public SahelModel(Scenario scenario, Grid grid, long seed) {
        super(Seeds.generator(seed));
        this.seed = seed;
        if (Math.abs(grid.resolution() - scenario.resolution()) > 1e-9) {
            throw new IllegalArgumentException("the grid's resolution " + grid.resolution()
                    + " is not the scenario's " + scenario.resolution());
        }
        this.scenario = scenario;
        this.grid = grid;
        this.calendar = new Calendar(scenario.start(), scenario.end());
    }

    /**
     * Reseeds with all 64 bits of the seed. MASON's Console calls this with its seed field before every start
     * (Play after a stop, Restart); MASON's own version would keep only the low 32 bits.
     */
    @Override
    public void setSeed(long seed) {
        random = Seeds.generator(seed);
        this.seed = seed;
    }

    /** The whole seed the run was started from (MASON's own version returns only its low 32 bits). */
    @Override
    public long seed() {
        return seed;
    }

    /** Where events go (set before {@link #start()}). */
    public void setEventSink(EventSink sink) {
        this.sink = sink;
    }

    /** Wraps each phase, for the bench command's timings; the model itself reads no clock. */
    public void setPhaseTimer(PhaseTimer timer) {
        this.phaseTimer = timer;
    }

    /** Adds a steppable run at the end of every day, after the day's resolution (the observer). */
    public void addObserver(Steppable observer) {
        observers.add(observer);
    }

    @Override
    public void start() {
        super.start();
        nextId = 0;
        wagnerAbuse = scenario.wagner().abuse();
        factions = new ArrayList<>();
        for (FactionSpec spec : scenario.factions()) {
            factions.add(new Faction(factions.size(), spec));
        }
        ledger = new TroopLedger(factions.size());
        relations = new Relations(factions, scenario.relations());
        objectives = new Objectives(factions.size());
        towns = new ArrayList<>();
        for (int t = 0; t < grid.geography().towns().size(); t++) {
            towns.add(new TownState(t, grid.geography().town(t), grid.townCell(t)));
        }
        garrisons = new ArrayList<>();
        units = new ArrayList<>();
        population = new Population(grid, factions.size(), scenario.civilians(), random);
        control = new ControlMap(grid, factions, scenario.control());
        districts = new Districts(this);
        movement = new UnitMovement(this);
        combat = new Combat(this);
        supply = new Supply(this);
        violence = new Violence(this);
        displacement = new Displacement(this);
        recruitment = new Recruitment(this);
        withdrawal = new Withdrawal(this);
        coalitions = new Coalitions(this);
        timeline = new Timeline(this);
        recruitment.seedAffinities();
        for (GarrisonSpec g : scenario.garrisons()) {
            newGarrison(factionIndex(g.faction()), townIndex(g.town()), g.troops(), g.fortification(), g.supplyDays(),
                    null);
            ledger.book(TroopLedger.Entry.ARRIVED, factionIndex(g.faction()), g.troops());
        }
        contingents = new ArrayList<>();
        for (ForeignForceSpec f : scenario.foreignForces()) {
            contingents.add(new ForeignContingent(f, factionIndex(f.faction()), townIndex(f.base())));
        }
        withdrawal.arrivals();
        districts.update();
        commands = new ArrayList<>();
        for (Faction f : factions) {
            commands.add(new Command(this, f));
            deployMobileForces(f);
        }
        timeline.wagnerAtStart();
        control.update(garrisons, units, population);
        boolean[] conflict = new boolean[population.size()];
        for (int i = 0; i < conflict.length; i++) {
            conflict[i] = control.zone(i) >= 3;
        }
        population.alreadyFled(conflict, scenario.civilians().displacedAtStart(), scenario.civilians().refugeesAtStart());
        districts.update();
        schedule(Phase.TIMELINE, () -> {
            timeline.step();
            withdrawal.step();
            coalitions.step();
        });
        schedule(Phase.GARRISONS, () -> supply.step());
        schedule(Phase.UNITS, () -> {
            if (day() % Districts.UPDATE_DAYS == 0) {
                districts.update();
            }
            for (Command c : commands) {
                c.step();
            }
            movement.step();
        });
        schedule(Phase.CIVILIANS, () -> {
            violence.step();
            displacement.step();
            recruitment.step();
        });
        schedule(Phase.RESOLUTION, () -> {
            combat.step();
            removeFallen();
            control.update(garrisons, units, population, blocs());
            supply.updateBlockades();
            updateHolders();
        });
        schedule(Phase.OBSERVATION, () -> {
            for (Steppable o : observers) {
                o.step(this);
            }
        });
        schedule.scheduleOnce(calendar.days() - 1, Phase.OBSERVATION.ordering() + 1,
                (Steppable) state -> state.kill());
    }

    private void schedule(Phase phase, Runnable work) {
        schedule.scheduleRepeating(0.0, phase.ordering(), (Steppable) state -> phaseTimer.time(phase, work));
    }

    /** Runs the whole scenario, start to end. */
    public void runToEnd() {
        start();
        while (schedule.step(this)) {
            // Each step is one day; the schedule empties itself after the last day.
        }
    }

    private void deployMobileForces(Faction f) {
        int strength = f.spec().strength();
        if (strength <= 0) {
            return;
        }
        ledger.book(TroopLedger.Entry.ARRIVED, f.index(), strength);
        int band = f.behaviour().bandSize();
        List<Integer> homes = homeTowns(f.index());
        int k = 0;
        while (strength > 0) {
            int size = Math.min(band, strength);
            if (size < band / 4 && !units.isEmpty() && units.get(units.size() - 1).faction() == f.index()) {
                units.get(units.size() - 1).addStrength(size);
                break;
            }
            int home = homes.get(k++ % homes.size());
            int start = f.armedGroup() ? districts.ruralCell(home) : grid.townCell(home);
            newUnit(f.index(), size, scatter(start), home);
            strength -= size;
        }
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
            out.add(townIndex(scenario.supply().origins().get(0)));
        }
        return out;
    }

    /** Whether a land cell lies in a faction's home areas: its nearest town is a home town, or its region home. */
    public boolean inHomeArea(int faction, int cell) {
        int region = grid.region(cell);
        return home(faction, grid.geography().town(grid.nearestTown(cell)).id(),
                region >= 0 ? grid.geography().regions().get(region).id() : null);
    }

    private boolean home(int faction, String townId, String regionId) {
        for (Place place : factions.get(faction).spec().homeAreas()) {
            if (place.covers(townId, regionId)) {
                return true;
            }
        }
        return false;
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

    private void updateHolders() {
        for (int t = 0; t < towns.size(); t++) {
            updateHolder(t);
        }
    }

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

    public void emit(EventKind kind, int actor1, int actor2, int cell, int actor1Deaths, int actor2Deaths,
                     int civilianDeaths, String notes) {
        sink.emit(new ModelEvent(day(), kind, actor1, actor2, cell, grid.nearestTown(cell), actor1Deaths,
                actor2Deaths, civilianDeaths, notes));
    }

    /** Shuffles a list with the run's generator (Fisher-Yates). */
    public <T> void shuffle(List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, random.nextInt(i + 1));
        }
    }

    /** A Poisson draw with the run's generator: Knuth's method for small means, normal beyond. */
    public int poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double p = random.nextDouble();
        int k = 0;
        while (p > limit) {
            p *= random.nextDouble();
            k++;
        }
        return k;
    }

    /** A binomial draw with the run's generator: how many of {@code n} trials succeed with chance {@code p} each. */
    public int binomial(int n, double p) {
        if (p >= 1) {
            return n;
        }
        int k = 0;
        for (int i = 0; i < n && p > 0; i++) {
            if (random.nextDouble() < p) {
                k++;
            }
        }
        return k;
    }

    /** Rounds a non-negative amount up or down at random so that the expectation is kept. */
    public int stochasticRound(double amount) {
        if (amount <= 0) {
            return 0;
        }
        double whole = Math.floor(amount);
        return (int) whole + (random.nextDouble() < amount - whole ? 1 : 0);
    }

    // State, for mechanics, the observer and the window.

    public Scenario scenario() {
        return scenario;
    }

    public Grid grid() {
        return grid;
    }

    public Calendar calendar() {
        return calendar;
    }

    /** The current day (schedule step), 0 on the first day. */
    public long day() {
        double t = schedule.getTime();
        return t < 0 ? 0 : (long) t;
    }

    public LocalDate date() {
        return calendar.date(day());
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

    public Districts districts() {
        return districts;
    }

    public Combat combat() {
        return combat;
    }

    public Supply supply() {
        return supply;
    }

    public Violence violence() {
        return violence;
    }

    public Withdrawal withdrawal() {
        return withdrawal;
    }

    public Coalitions coalitions() {
        return coalitions;
    }

    public Timeline timeline() {
        return timeline;
    }

    public UnitMovement movement() {
        return movement;
    }

    public Command command(int faction) {
        return commands.get(faction);
    }

    /** The books where every change in the number of fighters is entered. */
    public TroopLedger ledger() {
        return ledger;
    }

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

    public void setWagnerAbuse(double value) {
        wagnerAbuse = Math.max(0, Math.min(1, value));
    }

    public int wagnerFaction() {
        return factionIndex(scenario.wagner().faction());
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

    /**
     * Each faction's bloc for control: the lowest index among the members of its full coalition, or itself.
     */
    private int[] blocs() {
        int n = factions.size();
        int[] bloc = new int[n];
        for (int f = 0; f < n; f++) {
            bloc[f] = f;
            for (int g = 0; g < f; g++) {
                if (relations.coalition(f, g) == sahelsim.scenario.CoalitionLevel.FULL) {
                    bloc[f] = bloc[g];
                    break;
                }
            }
        }
        return bloc;
    }

    /** Total troops of a faction in garrisons, units and the escorts of its convoys on the road. */
    public long troops(int faction) {
        long sum = supply.escorts(faction);
        for (Garrison g : garrisons) {
            if (g.faction() == faction) {
                sum += g.troops();
            }
        }
        for (ArmedUnit u : units) {
            if (u.faction() == faction) {
                sum += u.strength();
            }
        }
        return sum;
    }
}
