package sahelsim.observe;

import sahelsim.map.Grid;
import sahelsim.model.PhaseTimer;
import sahelsim.model.SahelModel;
import sahelsim.scenario.Scenario;

/** Runs one scenario with one seed to its end and hands back what was observed; the model is then dropped. */
public final class Simulation {

    /** What one run leaves behind; {@code controlMaps} is null unless they were asked for. */
    public record Result(Scenario scenario, long seed, RunRecord record, EventLog events, RunFinalState finalState,
                         ControlSnapshots controlMaps, RegionYears regions) {
    }

    private Simulation() {
    }

    public static Result run(Scenario scenario, Grid grid, long seed) {
        return run(scenario, grid, seed, PhaseTimer.DIRECT);
    }

    public static Result run(Scenario scenario, Grid grid, long seed, PhaseTimer timer) {
        return run(scenario, grid, seed, timer, 0);
    }

    /** A run that also keeps a control map every {@code mapEveryDays} days (0: none). */
    public static Result run(Scenario scenario, Grid grid, long seed, PhaseTimer timer, int mapEveryDays) {
        SahelModel model = new SahelModel(scenario, grid, seed);
        model.setPhaseTimer(timer);
        Observer observer = Observer.attach(model);
        RegionYears regions = RegionYears.attach(model, observer.log());
        if (mapEveryDays > 0) {
            observer.keepControlMaps(mapEveryDays);
        }
        model.runToEnd();
        return new Result(scenario, seed, observer.record(), observer.log(), RunFinalState.of(model, observer),
                observer.controlMaps(), regions);
    }
}
