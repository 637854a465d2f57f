package sahelsim.calibrate;

import java.util.List;
import sahelsim.calibrate.target.Target;
import sahelsim.calibrate.target.TargetSet;
import sahelsim.load.ScenarioLoader;
import sahelsim.load.ShippedGeography;
import sahelsim.observe.Simulation;
import sahelsim.runfolder.MonthlyTable;
import sahelsim.scenario.Scenario;
import sahelsim.sweep.MonthlyMeasures;

/**
 * The model as the ABC sees it: a run of the base scenario with the particle's values set at their key paths, read
 * as one number per target (every target of the file, so that the runs can also be scored on the periods they were
 * not fitted to). For the posterior predictive runs it also keeps the sweeps' monthly key measures.
 */
final class ScenarioSimulator implements SeriesSimulator {

    private final ParticleScenario particles;
    private final List<Target> targets;
    private final MonthlyMeasures months;

    ScenarioSimulator(ScenarioLoader loader, Scenario base, List<CalibratedParameter> parameters,
                      List<Target> targets) {
        this.particles = new ParticleScenario(loader, base, parameters);
        this.targets = List.copyOf(targets);
        this.months = MonthlyMeasures.of(base);
    }

    private Simulation.Result run(double[] values, long seed) {
        Scenario scenario = particles.of(values);
        return Simulation.run(scenario, ShippedGeography.grid(scenario.resolution()), seed);
    }

    private double[] statistics(Simulation.Result run) {
        return TargetSet.readings(targets, run);
    }

    @Override
    public double[] simulate(double[] values, long seed) {
        return statistics(run(values, seed));
    }

    @Override
    public Simulated simulateWithSeries(double[] values, long seed, long runId) {
        Simulation.Result run = run(values, seed);
        return new Simulated(statistics(run), months.block(runId, MonthlyTable.of(run.record())));
    }

    @Override
    public List<String> seriesColumns() {
        return months.columns();
    }
}
