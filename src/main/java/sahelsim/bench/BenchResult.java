package sahelsim.bench;

import java.util.List;

/**
 * Everything one bench measured, with the machine it ran on. {@code heatBugsStepsPerSecond} is NaN when the
 * yardstick was not run.
 */
public record BenchResult(String scenario, int days, long seed, int warmUp, int runs, Machine machine,
                          List<ResolutionTimes> resolutions, List<Throughput> throughputs,
                          double heatBugsStepsPerSecond) {

    /** The machine and program the figures were taken on. */
    public record Machine(int processors, String java, long maxHeapBytes, String build) {

        static Machine current(String build) {
            return new Machine(Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                    HeapProbe.maxBytes(), build);
        }
    }

    /** The first resolution timed, the one the others are compared to. */
    ResolutionTimes reference() {
        return resolutions.get(0);
    }

    /** Runs per minute on {@code t} threads over runs per minute on one (NaN without a one-thread figure). */
    double speedUp(Throughput t) {
        return throughputs.stream().filter(x -> x.threads() == 1).findFirst()
                .map(one -> t.runsPerMinute() / one.runsPerMinute()).orElse(Double.NaN);
    }

    /** The reference resolution's simulated days per second over HeatBugs' steps per second. */
    double daysPerHeatBugsStep() {
        return reference().daysPerSecond() / heatBugsStepsPerSecond;
    }
}
