package sahelsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import org.jfree.chart.JFreeChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import sahelsim.chart.ChartCaption;
import sahelsim.chart.ChartRequest;
import sahelsim.chart.HindcastCharts;
import sahelsim.chart.ImageSize;
import sahelsim.chart.PictureFiles;
import sahelsim.chart.TimeCharts;
import sahelsim.hindcast.Fact;
import sahelsim.hindcast.Facts;
import sahelsim.hindcast.Hindcast;
import sahelsim.hindcast.Verdict;
import sahelsim.hindcast.acled.EventTally;
import sahelsim.io.BuildInfo;
import sahelsim.hindcast.report.HindcastReport;
import sahelsim.runfolder.RunManifest;
import sahelsim.load.ScenarioLoader;
import sahelsim.load.ShippedGeography;
import sahelsim.map.Grid;
import sahelsim.model.Seeds;
import sahelsim.observe.RunRecord;
import sahelsim.observe.Simulation;
import sahelsim.scenario.Scenario;

/**
 * Runs the historical scenario several times and scores the runs against what happened in Mali: stylised facts
 * and dated figures, each a named test with a threshold (see {@link Facts}).
 */
@Command(name = "hindcast", header = "Score runs of the historical scenario against history.",
        description = {"Run the historical scenario N times and score the runs against what happened: stylised "
                + "facts of the conflict and dated figures (UN civilian deaths, DTM displaced, Kidal in late 2023). "
                + "Writes hindcast.md (a report with its table and charts), hindcast.csv and hindcast-runs.csv, "
                + "and prints the table."})
final class HindcastCommand extends SahelsimCommand {

    @Option(names = "--reps", paramLabel = "N", defaultValue = "20",
            description = "Number of runs (default: ${DEFAULT-VALUE}).")
    private int reps;

    @Mixin
    private SeedOption baseSeed;

    @Mixin
    private ThreadsOption threads;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Folder to write the report into (default: results/hindcast, or results/hindcast-FORCING "
                    + "with --forcing).")
    private Path out;

    @Option(names = "--forcing", paramLabel = "historical|none", description = "Who takes the turning points "
            + "(the scenario key forcing): historical applies history's dated offensives and coalition; none scores "
            + "the free model, whose factions decide them (default: the scenario's own).")
    private String forcing;

    @Option(names = "--force", description = "Replace the hindcast already in the output folder.")
    private boolean force;

    @Option(names = "--scenario", paramLabel = "FILE", defaultValue = "scenarios/historical-2022.yaml",
            description = "The scenario to score, for a variant of the historical one (default: ${DEFAULT-VALUE}).")
    private Path scenarioFile;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a scenario key (repeatable), "
            + "e.g. --set factions.jnim.behaviour.recruitment=0.01.")
    private List<String> settings = new ArrayList<>();

    @Option(names = "--min-pass", paramLabel = "X",
            description = "Exit with status 1 when fewer than X facts are reproduced (for CI).")
    private Integer minPass;

    @Option(names = "--no-charts", description = "Write the report without its charts.")
    private boolean noCharts;

    @Option(names = "--acled", paramLabel = "FILE", description = "An ACLED export (CSV in ACLED's own layout) to "
            + "hold the runs' events against: violent events and fatalities per month, per region and per event type "
            + "within the scenario's period. Writes acled.csv, charts and a section of hindcast.md.")
    private Path acledFile;

    @Mixin
    private QuietOption console;

    @Mixin
    private ProgressOption progressEvery;

    /** One run, judged as soon as it ends: its verdicts, its daily series and its events counted, the events let go. */
    private record JudgedRun(List<Verdict> verdicts, RunRecord record, Optional<EventTally> events) {
    }

    @Override
    public Integer call() throws IOException {
        List<Fact> facts = Facts.all();
        checkOptions(facts.size());
        List<String> written = new ArrayList<>(settings);
        if (forcing != null) {
            written.add("forcing=" + forcing);
        }
        if (out == null) {
            out = Path.of(forcing == null ? "results/hindcast" : "results/hindcast-" + forcing);
        }
        List<ScenarioLoader.Setting> sets = written.stream().map(ScenarioLoader.Setting::parse).toList();
        Scenario scenario = ScenarioLoader.shipped().load(scenarioFile, sets);
        Grid grid = ShippedGeography.grid(scenario.resolution());
        Optional<AcledStep> acled = Optional.ofNullable(acledFile).map(f -> AcledStep.read(f, scenario, grid));
        OutputFolder.claim(out, force);
        List<Long> seeds = new ArrayList<>();
        List<DayCounter> counters = new ArrayList<>();
        for (int i = 0; i < reps; i++) {
            seeds.add(Seeds.derive(baseSeed.seed(), i));
            counters.add(new DayCounter(scenario.days()));
        }
        long begun = System.nanoTime();
        int poolSize = threads.poolSize(reps);
        List<JudgedRun> runs;
        Progress progress = progress(scenario, counters);
        try {
            runs = runAll(scenario, grid, facts, seeds, counters, poolSize, acled);
        } catch (ExecutionException e) {
            return failed("a run failed: " + RunJob.describe(e.getCause()) + "; nothing was written to " + out);
        } finally {
            progress.close();
        }
        List<Hindcast.Score> scores = Hindcast.score(facts, runs.stream().map(JudgedRun::verdicts).toList());
        HindcastReport.Runs provenance = new HindcastReport.Runs(new RunManifest.Provenance(scenarioFile.toString(),
                scenario, sets.stream().map(ScenarioLoader.Setting::toString).toList(), grid), baseSeed.seed(), seeds);
        List<HindcastReport.Chart> charts = noCharts ? List.of()
                : charts(scenario, scores, runs.stream().map(JudgedRun::record).toList());
        Optional<AcledStep.Written> compared = acled.isEmpty() ? Optional.empty() : Optional.of(acled.get().write(out,
                runs.stream().map(r -> r.events().orElseThrow()).toList(), caption(scenario), !noCharts));
        List<String> files = new ArrayList<>(HindcastReport.write(out, provenance, scores, charts,
                compared.map(AcledStep.Written::section).orElse("")));
        charts.forEach(c -> files.add(c.file()));
        compared.ifPresent(c -> files.addAll(c.files()));
        long reproduced = Hindcast.reproduced(scores);
        if (!console.quiet()) {
            printTable(scenario, scores, poolSize, begun, files, compared);
        }
        if (minPass != null && reproduced < minPass) {
            return failed(reproduced + " facts reproduced, fewer than the " + minPass + " asked for with --min-pass");
        }
        return ExitCodes.OK;
    }

    private void checkOptions(int factCount) {
        if (reps < 1) {
            throw new UserError("--reps: expected 1 or more runs, got " + reps);
        }
        if (minPass != null && (minPass < 0 || minPass > factCount)) {
            throw new UserError("--min-pass: expected a number of facts from 0 to " + factCount + ", got " + minPass);
        }
        progressEvery.every();
        if (forcing != null && !forcing.equals("historical") && !forcing.equals("none")) {
            throw new UserError("--forcing: expected historical or none, got '" + forcing + "'");
        }
    }

    /** The runs on a pool of threads, gathered in seed order so that nothing depends on the pool's size. */
    private static List<JudgedRun> runAll(Scenario scenario, Grid grid, List<Fact> facts, List<Long> seeds,
                                          List<DayCounter> counters, int poolSize, Optional<AcledStep> acled)
            throws ExecutionException {
        List<Callable<JudgedRun>> jobs = new ArrayList<>();
        for (int i = 0; i < seeds.size(); i++) {
            long s = seeds.get(i);
            DayCounter counter = counters.get(i);
            jobs.add(() -> {
                try {
                    Simulation.Result result = Simulation.run(scenario, grid, s, counter);
                    return new JudgedRun(Hindcast.judge(result, grid, facts), result.record(),
                            acled.map(a -> a.tally(result)));
                } finally {
                    counter.finish();
                }
            });
        }
        return RunPool.inOrder(jobs, poolSize, "hindcast-run");
    }

    private ChartCaption caption(Scenario scenario) {
        return ChartCaption.of(scenario.name(), reps + (reps == 1 ? " run" : " runs"),
                "seeds derived from " + baseSeed.seed(), BuildInfo.label());
    }

    private List<HindcastReport.Chart> charts(Scenario scenario, List<Hindcast.Score> scores, List<RunRecord> records)
            throws IOException {
        ChartCaption caption = caption(scenario);
        List<HindcastReport.Chart> charts = new ArrayList<>();
        chart(charts, "hindcast-facts", "Share of runs reproducing each fact", HindcastCharts.facts(scores, caption));
        chart(charts, "hindcast-displaced", "Displaced people in the runs and the DTM's counts",
                HindcastCharts.displaced(records, caption));
        chart(charts, "hindcast-refugees", "Refugees abroad in the runs and the UNHCR's count",
                HindcastCharts.refugees(records, caption));
        if (HindcastCharts.coversAYear(records)) {
            chart(charts, "hindcast-civilians", "Civilians killed in twelve months in the runs and the UN's count",
                    HindcastCharts.civilians(records, caption));
        }
        return charts;
    }

    private void chart(List<HindcastReport.Chart> charts, String name, String caption, JFreeChart chart)
            throws IOException {
        PictureFiles.write(TimeCharts.picture(chart), ImageSize.SLIDE, out, name, ChartRequest.DEFAULT_FORMATS);
        charts.add(new HindcastReport.Chart(name + ".png", caption));
    }

    private void printTable(Scenario scenario, List<Hindcast.Score> scores, int poolSize, long begun,
                            List<String> files, Optional<AcledStep.Written> compared) {
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "Hindcast of %s: %d runs from seed %d on %d thread%s, %.1f s%n%n", scenario.name(), reps,
                baseSeed.seed(), poolSize, poolSize == 1 ? "" : "s", (System.nanoTime() - begun) / 1e9);
        int width = scores.stream().mapToInt(s -> s.fact().id().length()).max().orElse(4);
        int observedWidth = scores.stream().mapToInt(s -> HindcastReport.observed(s).length()).max().orElse(8);
        String row = "%-3s %-" + width + "s  %7s  %-14s  %-" + observedWidth + "s  %s%n";
        o.printf(Locale.ROOT, row, "#", "fact", "runs", "verdict", "observed", "history");
        for (int i = 0; i < scores.size(); i++) {
            Hindcast.Score s = scores.get(i);
            o.printf(Locale.ROOT, row, i + 1, s.fact().id(), s.runsReproducing() + "/" + reps,
                    s.reproduced() ? "reproduced" : "NOT reproduced", HindcastReport.observed(s),
                    s.fact().historicalFigure());
        }
        o.printf(Locale.ROOT, "%n%d of %d facts reproduced (a fact is when at least %d%% of the runs reproduce it).%n",
                Hindcast.reproduced(scores), scores.size(), Math.round(Hindcast.REPRODUCED_SHARE * 100));
        compared.ifPresent(c -> {
            o.println();
            c.summary().forEach(o::println);
        });
        o.println("What each value measures, and each fact's test and sources: " + out.resolve(HindcastReport.REPORT));
        o.println("Files in " + out + "/: " + String.join(", ", files.stream().filter(f -> !f.endsWith(".svg"))
                .toList()) + (noCharts ? "" : " (charts also as SVG)"));
        o.flush();
    }

    private Progress progress(Scenario scenario, List<DayCounter> counters) {
        if (console.quiet()) {
            return Progress.silent();
        }
        return Progress.start(spec.commandLine().getErr(), Progress.onTerminal(),
                progressEvery.every(), "hindcast of " + scenario.name() + ", "
                        + reps + " runs", scenario.start(), counters);
    }

    private int failed(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(spec.qualifiedName() + ": " + message);
        err.flush();
        return ExitCodes.FAILURE;
    }
}
