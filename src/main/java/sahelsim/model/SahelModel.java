package sahelsim.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import sahelsim.map.Grid;
import sahelsim.model.agents.ArmedUnit;
import sahelsim.model.agents.ForeignContingent;
import sahelsim.model.agents.Garrison;
import sahelsim.model.agents.Population;
import sahelsim.model.command.Assault;
import sahelsim.model.command.Command;
import sahelsim.model.command.HomeGround;
import sahelsim.model.command.MissionExecution;
import sahelsim.model.command.MissionPlanner;
import sahelsim.model.command.Odds;
import sahelsim.model.command.RecruitUse;
import sahelsim.model.command.Retreat;
import sahelsim.model.command.TargetWorth;
import sahelsim.model.flight.Flight;
import sahelsim.model.mechanics.Coalitions;
import sahelsim.model.strategy.AllianceCalculus;
import sahelsim.model.strategy.CoalitionBargaining;
import sahelsim.model.strategy.OffensivePlanner;
import sahelsim.model.strategy.PowerBalance;
import sahelsim.model.strategy.Strategy;
import sahelsim.model.strategy.TruceKeeping;
import sahelsim.model.mechanics.Combat;
import sahelsim.model.mechanics.ControlMap;
import sahelsim.model.mechanics.Convoys;
import sahelsim.model.mechanics.Displacement;
import sahelsim.model.mechanics.Districts;
import sahelsim.model.mechanics.Recruitment;
import sahelsim.model.mechanics.Supply;
import sahelsim.model.mechanics.Timeline;
import sahelsim.model.mechanics.UnitMovement;
import sahelsim.model.mechanics.Violence;
import sahelsim.model.mechanics.Withdrawal;
import sahelsim.model.rebellion.Rebellion;
import sahelsim.scenario.ForeignForceSpec;
import sahelsim.scenario.GarrisonSpec;
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

    private World world;
    private Districts districts;
    private Strategy strategy;
    private Convoys convoys;
    private Combat combat;
    private Supply supply;
    private Violence violence;
    private Flight flight;
    private Displacement displacement;
    private Rebellion rebellion;
    private Recruitment recruitment;
    private Withdrawal withdrawal;
    private Coalitions coalitions;
    private Timeline timeline;
    private UnitMovement movement;
    private List<Command> commands;
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

    /**
     * Builds the world and its mechanics afresh from the scenario, each mechanic given what it uses, and
     * schedules the day's phases. The order of the setup is the order of its random draws.
     */
    @Override
    public void start() {
        super.start();
        world = new World(scenario, grid, calendar, schedule, random, sink);
        rebellion = new Rebellion(world);
        districts = new Districts(world);
        violence = new Violence(world);
        flight = new Flight(world);
        displacement = new Displacement(world, flight);
        recruitment = new Recruitment(world, rebellion);
        List<HomeGround> homes = new ArrayList<>();
        for (Faction f : world.factions()) {
            homes.add(new HomeGround(world, districts, f));
        }
        Retreat retreat = new Retreat(world, homes);
        convoys = new Convoys(world, retreat);
        combat = new Combat(world, violence, convoys, retreat);
        supply = new Supply(world, convoys, combat);
        withdrawal = new Withdrawal(world, convoys);
        coalitions = new Coalitions(world);
        timeline = new Timeline(world, withdrawal, coalitions);
        commands = new ArrayList<>();
        List<MissionExecution> executions = new ArrayList<>();
        for (Faction f : world.factions()) {
            HomeGround home = homes.get(f.index());
            TargetWorth worth = new TargetWorth(world, f);
            Odds odds = new Odds(world, f);
            RecruitUse recruits = new RecruitUse(world, f, home);
            Assault assault = new Assault(world, f, combat, violence, odds, worth);
            MissionExecution execution = new MissionExecution(world, f, combat, violence, assault, recruits);
            executions.add(execution);
            commands.add(new Command(world, f, recruits,
                    new MissionPlanner(world, f, districts, supply, worth, odds, assault, home, execution)));
        }
        movement = new UnitMovement(world, executions);
        TruceKeeping truces = new TruceKeeping(world, combat);
        strategy = new Strategy(world, truces, new OffensivePlanner(world, supply, scenario.strategy().offensive(), truces),
                new CoalitionBargaining(world, coalitions, new PowerBalance(world),
                        new AllianceCalculus(scenario.strategy().alliance())), scenario.coalitions().size());
        recruitment.seedAffinities();
        for (GarrisonSpec g : scenario.garrisons()) {
            int faction = world.factionIndex(g.faction());
            world.newGarrison(faction, world.townIndex(g.town()), g.troops(), g.fortification(), g.supplyDays(), null);
            world.ledger().book(TroopLedger.Entry.ARRIVED, faction, g.troops());
        }
        for (ForeignForceSpec f : scenario.foreignForces()) {
            world.contingents().add(new ForeignContingent(f, world.factionIndex(f.faction()),
                    world.townIndex(f.base())));
        }
        withdrawal.arrivals();
        districts.update();
        for (Faction f : world.factions()) {
            deployMobileForces(f);
        }
        timeline.wagnerAtStart();
        ControlMap control = world.control();
        Population population = world.population();
        control.update(world.garrisons(), world.units(), population);
        boolean[] conflict = new boolean[population.size()];
        for (int i = 0; i < conflict.length; i++) {
            conflict[i] = control.zone(i) >= 3;
        }
        flight.alreadyFled(conflict, scenario.civilians().displacedAtStart(), scenario.civilians().refugeesAtStart());
        districts.update();
        schedule(Phase.TIMELINE, () -> {
            timeline.step();
            withdrawal.step();
            coalitions.step();
            strategy.step();
        });
        schedule(Phase.GARRISONS, () -> supply.step());
        schedule(Phase.UNITS, () -> {
            if (Math.floorMod(day(), Districts.UPDATE_DAYS) == 0) {
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
            rebellion.step();
            recruitment.step();
        });
        schedule(Phase.RESOLUTION, () -> {
            combat.step();
            world.removeFallen();
            control.update(world.garrisons(), world.units(), population, world.blocs());
            supply.updateBlockades();
            world.updateHolders();
        });
        schedule(Phase.OBSERVATION, () -> {
            if (day() >= 0) {
                for (Steppable o : observers) {
                    o.step(this);
                }
            }
        });
        int spinUp = scenario.spinUpDays();
        schedule.scheduleOnce(spinUp + calendar.days() - 1, Phase.OBSERVATION.ordering() + 1,
                (Steppable) state -> state.kill());
        spinUp(spinUp);
    }

    /**
     * Runs the spin-up's days now, so that a started model, in a sweep or in the window, stands at the
     * scenario's start; then opens the books: the troops, recruits and joint assaults counted in the outputs
     * are those from the start on, the forces then on the map booked as arriving on the first day.
     */
    private void spinUp(int days) {
        if (days == 0) {
            return;
        }
        for (int d = 0; d < days; d++) {
            schedule.step(this);
        }
        long[] opening = new long[world.factions().size()];
        for (int f = 0; f < opening.length; f++) {
            opening[f] = troops(f);
            world.faction(f).openBooks();
        }
        world.ledger().open(opening);
        combat.openBooks();
        rebellion.openBooks();
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
        world.ledger().book(TroopLedger.Entry.ARRIVED, f.index(), strength);
        int band = f.behaviour().bandSize();
        List<Integer> homes = world.homeTowns(f.index());
        List<ArmedUnit> units = world.units();
        int k = 0;
        while (strength > 0) {
            int size = Math.min(band, strength);
            if (size < band / 4 && !units.isEmpty() && units.get(units.size() - 1).faction() == f.index()) {
                units.get(units.size() - 1).addStrength(size);
                break;
            }
            int home = homes.get(k++ % homes.size());
            int start = f.armedGroup() ? districts.ruralCell(home) : grid.townCell(home);
            world.newUnit(f.index(), size, world.scatter(start), home);
            strength -= size;
        }
    }

    // State, for the observer, the window and the tests.

    /** The run's state and its shared operations (built by {@link #start()}). */
    public World world() {
        return world;
    }

    public Scenario scenario() {
        return scenario;
    }

    public Grid grid() {
        return grid;
    }

    public Calendar calendar() {
        return calendar;
    }

    /** The current day counted from the scenario's start (negative during the spin-up; see {@link World#day()}). */
    public long day() {
        return world == null ? -scenario.spinUpDays() : world.day();
    }

    public LocalDate date() {
        return calendar.date(day());
    }

    public List<Faction> factions() {
        return world.factions();
    }

    public Faction faction(int index) {
        return world.faction(index);
    }

    public int factionIndex(String id) {
        return world.factionIndex(id);
    }

    public int townIndex(String id) {
        return world.townIndex(id);
    }

    public int wagnerFaction() {
        return world.wagnerFaction();
    }

    public Relations relations() {
        return world.relations();
    }

    public Objectives objectives() {
        return world.objectives();
    }

    public List<TownState> towns() {
        return world.towns();
    }

    public TownState town(int index) {
        return world.town(index);
    }

    public List<Garrison> garrisons() {
        return world.garrisons();
    }

    public List<ArmedUnit> units() {
        return world.units();
    }

    public List<ForeignContingent> contingents() {
        return world.contingents();
    }

    public Population population() {
        return world.population();
    }

    public ControlMap control() {
        return world.control();
    }

    /** Where the people who fled are, and who is on the road. */
    public Flight flight() {
        return flight;
    }

    /** The books where every change in the number of fighters is entered. */
    public TroopLedger ledger() {
        return world.ledger();
    }

    public Convoys convoys() {
        return convoys;
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

    /** The civilians who rebel: active, jailed, arrests (after Epstein's Model I). */
    public Rebellion rebellion() {
        return rebellion;
    }

    public Coalitions coalitions() {
        return coalitions;
    }

    public Timeline timeline() {
        return timeline;
    }

    /** The state's legitimacy that local legitimacy recovers towards (a live parameter). */
    public double legitimacyBaseline() {
        return world.legitimacyBaseline();
    }

    /** The contractors' abuse rate (a live parameter). */
    public double wagnerAbuse() {
        return world.wagnerAbuse();
    }

    /** Total troops of a faction in garrisons, units and the escorts of its convoys on the road. */
    public long troops(int faction) {
        long sum = convoys.escorts(faction);
        for (Garrison g : world.garrisons()) {
            if (g.faction() == faction) {
                sum += g.troops();
            }
        }
        for (ArmedUnit u : world.units()) {
            if (u.faction() == faction) {
                sum += u.strength();
            }
        }
        return sum;
    }
}
