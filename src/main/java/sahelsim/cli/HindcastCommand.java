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
import sahelsim.calibrate.ParticleScenario;
import sahelsim.calibrate.posterior.CalibratedRuns;
import sahelsim.calibrate.posterior.ParameterChoice;
import sahelsim.calibrate.posterior.PosteriorSection;
import sahelsim.calibrate.posterior.RunParameters;
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
import sahelsim.hindcast.posterior.PosteriorView;
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
                + "and prints the table. With --posterior the runs take their parameters from a finished calibration, "
                + "and its targets are scored on them, in sample and out of sample."})
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

    @Option(names = "--scenario", paramLabel = "FILE", description = "The scenario to score, for a variant of the "
            + "historical one (default: " + DEFAULT_SCENARIO + ", or with --posterior the calibration's base).")
    private Path scenarioFile;

    @Option(names = "--posterior", paramLabel = "DIR", description = "A finished calibration's folder (e.g. "
            + "results/calibrate-2022-2023): each run draws a particle of its final population by weight and runs with "
            + "its values; its targets are scored on the runs, the fitted period in sample and the others out of "
            + "sample. Writes hindcast-targets.csv and hindcast-scores.csv as well.")
    private Path posteriorDir;

    @Option(names = "--point", paramLabel = "mean|median", description = "With --posterior: every run uses one "
            + "parameter set, each parameter's weighted posterior mean or median, instead of drawing particles.")
    private String point;

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

    private static final String DEFAULT_SCENARIO = "scenarios/historical-2022.yaml";

    /**
     * One run, judged as soon as it ends: its verdicts, its daily series and its events counted, the events let go;
     * with --posterior, the calibration's targets read on it.
     */
    private record JudgedRun(List<Verdict> verdicts, RunRecord record, Optional<EventTally> events,
                             Optional<double[]> readings) {
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
        Optional<PosteriorStep> posterior = posterior();
        if (posterior.isPresent()) {
            posterior.get().checkSettings(sets);
            if (scenarioFile == null) {
                scenarioFile = posterior.get().baseFile();
            } else {
                posterior.get().checkScenario(scenarioFile, ScenarioLoader.shipped().load(scenarioFile));
            }
        } else if (scenarioFile == null) {
            scenarioFile = Path.of(DEFAULT_SCENARIO);
        }
        Scenario scenario = ScenarioLoader.shipped().load(scenarioFile, sets);
        Grid grid = ShippedGeography.grid(scenario.resolution());
        Optional<AcledStep> acled = Optional.ofNullable(acledFile).map(f -> AcledStep.read(f, scenario, grid));
        OutputFolder.claim(out, force);
        List<Long> seeds = new ArrayList<>();
        List<DayCounter> counters = new ArrayList<>();
        List<RunParameters> used = new ArrayList<>();
        for (int i = 0; i < reps; i++) {
            seeds.add(Seeds.derive(baseSeed.seed(), i));
            counters.add(new DayCounter(scenario.days()));
            posterior.ifPresent(p -> used.add(p.parametersFor(seeds.get(seeds.size() - 1))));
        }
        long begun = System.nanoTime();
        int poolSize = threads.poolSize(reps);
        List<JudgedRun> runs;
        Progress progress = progress(scenario, counters);
        try {
            runs = runAll(scenario, grid, facts, seeds, counters, poolSize, acled, posterior, used);
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
        Optional<CalibratedRuns> calibrated = posterior.map(p -> p.scored(used,
                runs.stream().map(r -> r.readings().orElseThrow()).toList()));
        Optional<PosteriorView> view = calibrated.map(CalibratedRuns::view);
        List<String> scored = calibrated.isEmpty() ? List.of() : PosteriorSection.write(out, calibrated.get());
        List<String> files = new ArrayList<>(HindcastReport.write(out, provenance, scores, charts,
                compared.map(AcledStep.Written::section).orElse(""), view));
        files.addAll(files.size() - 1, scored);
        charts.forEach(c -> files.add(c.file()));
        compared.ifPresent(c -> files.addAll(c.files()));
        long reproduced = Hindcast.reproduced(scores);
        if (!console.quiet()) {
            printTable(scenario, scores, poolSize, begun, files, compared, calibrated, view);
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
        if (point != null && posteriorDir == null) {
            throw new UserError("--point: takes a point of a posterior; give the calibration's folder with --posterior");
        }
        if (point != null && ParameterChoice.point(point) == null) {
            throw new UserError("--point: expected mean or median, got '" + point + "'");
        }
    }

    private Optional<PosteriorStep> posterior() throws IOException {
        if (posteriorDir == null) {
            return Optional.empty();
        }
        return Optional.of(PosteriorStep.open(posteriorDir, point == null ? ParameterChoice.DRAW
                : ParameterChoice.point(point)));
    }

    /** The runs on a pool of threads, gathered in seed order so that nothing depends on the pool's size. */
    private static List<JudgedRun> runAll(Scenario scenario, Grid grid, List<Fact> facts, List<Long> seeds,
                                          List<DayCounter> counters, int poolSize, Optional<AcledStep> acled,
                                          Optional<PosteriorStep> posterior, List<RunParameters> used)
            throws ExecutionException {
        Optional<ParticleScenario> particles = posterior.map(p -> p.scenarios(scenario));
        List<Callable<JudgedRun>> jobs = new ArrayList<>();
        for (int i = 0; i < seeds.size(); i++) {
            long s = seeds.get(i);
            DayCounter counter = counters.get(i);
            Optional<RunParameters> values = particles.isEmpty() ? Optional.empty() : Optional.of(used.get(i));
            jobs.add(() -> {
                try {
                    Scenario run = particles.isEmpty() ? scenario : particles.get().of(values.get().values());
                    Simulation.Result result = Simulation.run(run, grid, s, counter);
                    return new JudgedRun(Hindcast.judge(result, grid, facts), result.record(),
                            acled.map(a -> a.tally(result)), posterior.map(p -> p.readings(result)));
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
                            List<String> files, Optional<AcledStep.Written> compared,
                            Optional<CalibratedRuns> calibrated, Optional<PosteriorView> view) {
        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "Hindcast of %s: %d runs from seed %d on %d thread%s, %.1f s%n%n", scenario.name(), reps,
                baseSeed.seed(), poolSize, poolSize == 1 ? "" : "s", (System.nanoTime() - begun) / 1e9);
        int width = scores.stream().mapToInt(s -> s.fact().id().length()).max().orElse(4);
        int observedWidth = scores.stream().mapToInt(s -> HindcastReport.observed(s).length()).max().orElse(8);
        String row = "%-3s %-" + width + "s  %7s  %-14s  %-" + observedWidth + "s  %s%s%n";
        o.printf(Locale.ROOT, row, "#", "fact", "runs", "verdict", "observed", "history",
                view.isPresent() ? "  [dates read]" : "");
        for (int i = 0; i < scores.size(); i++) {
            Hindcast.Score s = scores.get(i);
            o.printf(Locale.ROOT, row, i + 1, s.fact().id(), s.runsReproducing() + "/" + reps,
                    s.reproduced() ? "reproduced" : "NOT reproduced", HindcastReport.observed(s),
                    s.fact().historicalFigure(), view.map(c -> "  [" + HindcastReport.sample(s, scenario, c)
                            + "]").orElse(""));
        }
        o.printf(Locale.ROOT, "%n%d of %d facts reproduced (a fact is when at least %d%% of the runs reproduce it).%n",
                Hindcast.reproduced(scores), scores.size(), Math.round(Hindcast.REPRODUCED_SHARE * 100));
        calibrated.ifPresent(c -> {
            o.println();
            PosteriorSection.summary(c).forEach(o::println);
        });
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
