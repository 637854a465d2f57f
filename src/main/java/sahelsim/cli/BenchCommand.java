package sahelsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import sahelsim.bench.Bench;
import sahelsim.bench.BenchCsv;
import sahelsim.bench.BenchResult;
import sahelsim.bench.BenchTable;
import sahelsim.io.BuildInfo;
import sahelsim.load.ScenarioLoader;
import sahelsim.scenario.Scenario;

/** Times the model as sweeps run it, on this machine: the figures docs/performance.md reports. */
@Command(name = "bench", header = "Time whole runs of a scenario on this machine.",
        description = {"Time whole runs of a scenario on this machine after a warm-up: median, min and max seconds "
                + "per run, simulated days per second, set-up, heap and time per schedule phase for each grid "
                + "resolution; runs per minute on pools of threads; and MASON's HeatBugs as a yardstick. Appends "
                + "the figures to bench.csv."})
final class BenchCommand extends SahelsimCommand {

    @Option(names = "--scenario", paramLabel = "FILE", defaultValue = "scenarios/historical-2022.yaml",
            description = "The scenario to time (default: ${DEFAULT-VALUE}).")
    private Path scenarioFile;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "10",
            description = "Timed runs per resolution (default: ${DEFAULT-VALUE}).")
    private int runs;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "3",
            description = "Untimed runs first, at each resolution, so that the JIT has compiled the model "
                    + "(default: ${DEFAULT-VALUE}).")
    private int warmUp;

    @Option(names = "--resolution", paramLabel = "DEG", split = ",",
            description = "Grid resolutions in degrees, comma-separated, the first the reference for the others "
                    + "(default: the scenario's), e.g. --resolution 0.1,0.05,0.025.")
    private List<Double> resolutions = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "T", split = ",",
            description = "Pool sizes to time whole runs on, comma-separated (default: 1 and the number of "
                    + "processors); 0 for none.")
    private List<Integer> threads = new ArrayList<>();

    @Mixin
    private SeedOption baseSeed;

    @Option(names = "--no-yardstick", description = "Do not time MASON's HeatBugs demo.")
    private boolean noYardstick;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "results/bench",
            description = "Folder of bench.csv, to which the figures are appended (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Mixin
    private QuietOption console;

    @Override
    public Integer call() throws IOException, ExecutionException, InterruptedException {
        checkOptions();
        Scenario scenario = ScenarioLoader.shipped().load(scenarioFile, List.of());
        Bench.Plan plan = new Bench.Plan(resolutions.isEmpty() ? List.of(scenario.resolution()) : resolutions,
                warmUp, runs, pools(), !noYardstick);
        PrintWriter err = spec.commandLine().getErr();
        Bench bench = new Bench(scenario, ScenarioLoader.shipped(), baseSeed.seed(), message -> {
            if (!console.quiet()) {
                err.println("bench: " + message);
                err.flush();
            }
        });
        BenchResult result = bench.measure(plan, scenarioFile.toString(), BuildInfo.label());
        Path csv = out.resolve("bench.csv");
        int rows = BenchCsv.append(csv, result, Instant.now());
        if (!console.quiet()) {
            PrintWriter o = spec.commandLine().getOut();
            o.print(BenchTable.text(result));
            o.println();
            o.println("appended " + rows + " rows to " + csv);
            o.flush();
        }
        return ExitCodes.OK;
    }

    private void checkOptions() {
        if (runs < 1) {
            throw new UserError("--runs: expected 1 or more timed runs, got " + runs);
        }
        if (warmUp < 0) {
            throw new UserError("--warmup: expected 0 or more runs, got " + warmUp);
        }
        for (double r : resolutions) {
            if (!(r > 0 && r <= 1)) {
                throw new UserError("--resolution: expected degrees above 0 and at most 1, got " + r);
            }
        }
        for (int t : threads) {
            if (t < 0 || (t == 0 && threads.size() > 1)) {
                throw new UserError("--threads: expected pool sizes of 1 or more (or 0 alone, for none), got " + threads);
            }
        }
    }

    private List<Integer> pools() {
        if (threads.isEmpty()) {
            int processors = Runtime.getRuntime().availableProcessors();
            return processors > 1 ? List.of(1, processors) : List.of(1);
        }
        return threads.equals(List.of(0)) ? List.of() : threads;
    }
}
