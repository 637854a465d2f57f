package sahelsim.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import sahelsim.load.ScenarioLoader;
import sahelsim.load.ShippedGeography;
import sahelsim.observe.Outcome;
import sahelsim.observe.Simulation;
import sahelsim.scenario.Scenario;

/**
 * Runs scenarios for tests, on two threads, and keeps the results for the whole test JVM so that test classes
 * asking for the same scenario and seed share one run.
 */
public final class ScenarioRuns {

    private static final Map<String, Simulation.Result> RESULTS = new ConcurrentHashMap<>();

    private ScenarioRuns() {
    }

    public static Scenario load(String file) {
        return ScenarioLoader.shipped().load(Path.of(file));
    }

    /** Results for seeds 1..n of a scenario file, run in parallel. */
    public static List<Simulation.Result> run(String file, int seeds) {
        Scenario scenario = load(file);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Simulation.Result>> futures = new ArrayList<>();
            for (int s = 1; s <= seeds; s++) {
                long seed = s;
                futures.add(pool.submit(() -> RESULTS.computeIfAbsent(file + "#" + seed,
                        k -> Simulation.run(scenario, ShippedGeography.grid(scenario.resolution()), seed))));
            }
            List<Simulation.Result> out = new ArrayList<>();
            for (Future<Simulation.Result> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (Exception e) {
            throw new IllegalStateException("a scenario run failed: " + file, e);
        } finally {
            pool.shutdown();
        }
    }

    /** Mean of a named outcome over results. */
    public static double mean(List<Simulation.Result> results, String outcome) {
        return results.stream().mapToDouble(r -> Outcome.value(outcome, r)).average().orElseThrow();
    }
}
