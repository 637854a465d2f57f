package sahelsim.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import sahelsim.load.ScenarioLoader;
import sahelsim.load.ShippedGeography;
import sahelsim.map.Grid;
import sahelsim.model.Seeds;
import sahelsim.observe.Simulation;
import sahelsim.scenario.Scenario;

/**
 * Times whole runs of a scenario as a sweep runs them (the model and its observer, no files), after warm-up
 * runs that let the JIT compile the hot loops. Run {@code i} has the seed derived from the base seed and
 * {@code i}, so two benches of the same scenario time the same runs.
 */
public final class Bench {

    private final Scenario scenario;
    private final ScenarioLoader loader;
    private final long seed;
    private final Consumer<String> progress;

    public Bench(Scenario scenario, ScenarioLoader loader, long seed, Consumer<String> progress) {
        this.scenario = scenario;
        this.loader = loader;
        this.seed = seed;
        this.progress = progress;
    }

    /**
     * What to measure: each resolution's runs on one thread, then whole runs at the first resolution on pools of
     * each size in {@code threads} (none when empty), then the HeatBugs yardstick when asked.
     */
    public record Plan(List<Double> resolutions, int warmUp, int runs, List<Integer> threads, boolean yardstick) {

        /**
         * Runs timed on each pool: as many as the timed runs, and at least two a thread, rounded up so that the
         * largest pool is never left with a thread idle at the end.
         */
        int throughputRuns() {
            int most = threads.stream().mapToInt(Integer::intValue).max().orElse(1);
            int n = Math.max(runs, 2 * most);
            return (n + most - 1) / most * most;
        }
    }

    public BenchResult measure(Plan plan, String scenarioLabel, String build)
            throws ExecutionException, InterruptedException {
        List<ResolutionTimes> resolutions = new ArrayList<>();
        for (double r : plan.resolutions()) {
            resolutions.add(time(r, plan.warmUp(), plan.runs()));
        }
        List<Throughput> throughputs = new ArrayList<>();
        for (int t : plan.threads()) {
            throughputs.add(throughput(plan.resolutions().get(0), t, plan.throughputRuns()));
        }
        double heatBugs = Double.NaN;
        if (plan.yardstick()) {
            progress.accept("MASON HeatBugs yardstick");
            heatBugs = HeatBugsYardstick.stepsPerSecond(seed);
        }
        return new BenchResult(scenarioLabel, scenario.days(), seed, plan.warmUp(), plan.runs(),
                BenchResult.Machine.current(build), resolutions, throughputs, heatBugs);
    }

    /** The scenario on another grid. */
    Scenario at(double resolution) {
        if (resolution == scenario.resolution()) {
            return scenario;
        }
        return loader.derive(scenario, List.of(new ScenarioLoader.Setting("map.resolution", Double.toString(resolution))));
    }

    /** Times {@code runs} runs on this thread at a resolution, after {@code warmUp} untimed ones. */
    ResolutionTimes time(double resolution, int warmUp, int runs) {
        Scenario s = at(resolution);
        long begun = System.nanoTime();
        Grid grid = ShippedGeography.grid(resolution);
        double gridSeconds = (System.nanoTime() - begun) / 1e9;
        for (int i = 0; i < warmUp; i++) {
            progress.accept(String.format("%s° warm-up run %d of %d", resolution, i + 1, warmUp));
            Simulation.run(s, grid, Seeds.derive(seed, i));
        }
        long before = HeapProbe.liveBytes();
        PhaseClock clock = new PhaseClock();
        List<RunTiming> timings = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            progress.accept(String.format("%s° timed run %d of %d", resolution, i + 1, runs));
            clock.begin();
            Simulation.run(s, grid, Seeds.derive(seed, warmUp + i), clock);
            timings.add(clock.end(s.days()));
        }
        long after = HeapProbe.liveBytes();
        HeapProbe probe = new HeapProbe(s.days());
        Simulation.run(s, grid, Seeds.derive(seed, 0), probe);
        return new ResolutionTimes(resolution, grid.landCellCount(), gridSeconds, timings,
                probe.atEnd(), before, after);
    }

    /** Wall time of {@code runs} runs at a resolution on a pool of {@code threads} threads. */
    Throughput throughput(double resolution, int threads, int runs) throws ExecutionException, InterruptedException {
        Scenario s = at(resolution);
        Grid grid = ShippedGeography.grid(resolution);
        progress.accept(String.format("%s° %d runs on %d thread%s", resolution, runs, threads, threads == 1 ? "" : "s"));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "bench-run");
            t.setDaemon(true);
            return t;
        });
        try {
            long begun = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                long runSeed = Seeds.derive(seed, i);
                futures.add(pool.submit(() -> Simulation.run(s, grid, runSeed)));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            return new Throughput(threads, runs, (System.nanoTime() - begun) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }
}
