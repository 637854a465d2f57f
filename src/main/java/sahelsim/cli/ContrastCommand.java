package sahelsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import sahelsim.contrast.Contrast;
import sahelsim.contrast.ContrastTables;
import sahelsim.contrast.ScenarioSample;
import sahelsim.io.AtomicFiles;
import sahelsim.io.BuildInfo;
import sahelsim.load.ScenarioLoader;
import sahelsim.load.ShippedGeography;
import sahelsim.model.Seeds;
import sahelsim.observe.Outcome;
import sahelsim.observe.Simulation;
import sahelsim.scenario.Scenario;

/**
 * Runs several scenarios with replicates and tabulates their outcomes against a reference scenario: the page
 * docs/scenarios-compared.md is made by this command, so that it can be made again after any change.
 */
@Command(name = "contrast", header = "Tabulate several scenarios' outcomes against a reference.",
        description = {"Run several scenarios N times each and tabulate their outcomes: each scenario's mean with "
                + "its 95%% interval, and its difference from a reference scenario with the interval of the "
                + "difference. Writes a Markdown page and a tidy CSV beside it, and prints where they are.",
            "Example: sahelsim contrast scenarios/*.yaml --reference scenarios/historical-2022.yaml "
                + "--out docs/scenarios-compared.md --force"})
final class ContrastCommand extends SahelsimCommand {

    /** Outcomes tabulated when none is named: who holds the people, and the dead. */
    static final List<String> DEFAULT_OUTCOMES = List.of("government_population_share_end",
            "armed_group_population_share_end", "fatalities_total", "civilian_deaths_total");

    @Parameters(paramLabel = "SCENARIO", arity = "1..*", description = "Scenario files to run.")
    private List<Path> files = new ArrayList<>();

    @Option(names = "--reference", paramLabel = "FILE",
            description = "The scenario the others are compared with (default: the first one given); it is run "
                    + "even when not among SCENARIO.")
    private Path reference;

    @Option(names = "--reps", paramLabel = "N", defaultValue = "20",
            description = "Replicates of each scenario (default: ${DEFAULT-VALUE}).")
    private int reps;

    @Mixin
    private SeedOption baseSeed;

    @Mixin
    private ThreadsOption threads;

    @Option(names = "--outcome", paramLabel = "NAME",
            description = "An outcome to tabulate (repeatable), as in sweep files, e.g. troops_end:wagner. "
                    + "Default: government_population_share_end, armed_group_population_share_end, "
                    + "fatalities_total, civilian_deaths_total.")
    private List<String> outcomes = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE.md", defaultValue = "results/contrast/scenarios-compared.md",
            description = "The Markdown page to write; the CSV goes beside it with the extension .csv "
                    + "(default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--force", description = "Replace the page and its CSV if they exist.")
    private boolean force;

    @Mixin
    private QuietOption console;

    @Mixin
    private ProgressOption progressEvery;

    @Override
    public Integer call() throws IOException {
        checkOptions();
        List<String> asked = outcomes.isEmpty() ? DEFAULT_OUTCOMES : List.copyOf(outcomes);
        List<Path> all = new ArrayList<>(files);
        Path ref = reference == null ? files.get(0) : reference;
        int refIndex = indexOf(all, ref);
        if (refIndex < 0) {
            all.add(0, ref);
            refIndex = 0;
        }
        ScenarioLoader loader = ScenarioLoader.shipped();
        List<String> towns = ShippedGeography.geography().towns().stream().map(t -> t.id()).toList();
        List<Scenario> scenarios = new ArrayList<>();
        for (Path f : all) {
            Scenario s = loader.load(f);
            for (String o : asked) {
                String problem = Outcome.problem(o, s, towns);
                if (!problem.isEmpty()) {
                    throw new UserError("--outcome " + o + ": " + problem + " (in " + f + ")");
                }
            }
            scenarios.add(s);
        }
        Path csv = csvBeside(out);
        claim(out);
        claim(csv);
        long begun = System.nanoTime();
        int poolSize = threads.poolSize();
        List<ScenarioSample> samples;
        List<DayCounter> counters = new ArrayList<>();
        for (Scenario s : scenarios) {
            for (int i = 0; i < reps; i++) {
                counters.add(new DayCounter(s.days()));
            }
        }
        Progress progress = console.quiet() ? Progress.silent() : Progress.start(spec.commandLine().getErr(),
                Progress.onTerminal(), progressEvery.every(),
                "contrast of " + scenarios.size() + " scenarios, " + reps + " runs each", null, counters);
        try {
            samples = runAll(all, scenarios, asked, counters, poolSize);
        } catch (ExecutionException e) {
            return failed("a run failed: " + RunJob.describe(e.getCause()) + "; nothing was written");
        } finally {
            progress.close();
        }
        Contrast contrast = new Contrast(asked, samples, refIndex);
        StringWriter page = new StringWriter();
        ContrastTables.markdown(contrast, "Scenarios compared", preface(all, ref, poolSize), page);
        StringWriter table = new StringWriter();
        ContrastTables.csv(contrast, table);
        AtomicFiles.writeString(csv, table.toString());
        AtomicFiles.writeString(out, page.toString());
        if (!console.quiet()) {
            PrintWriter o = spec.commandLine().getOut();
            o.printf(Locale.ROOT, "%d scenarios, %d runs each, on %d thread%s in %.1f s%n", scenarios.size(), reps,
                    poolSize, poolSize == 1 ? "" : "s", (System.nanoTime() - begun) / 1e9);
            o.println("Wrote " + out + " and " + csv);
            o.flush();
        }
        return ExitCodes.OK;
    }

    private void checkOptions() {
        if (reps < 2) {
            throw new UserError("--reps: expected 2 or more replicates (an interval needs at least two), got " + reps);
        }
        progressEvery.every();
        if (!out.getFileName().toString().endsWith(".md")) {
            throw new UserError("--out: expected a Markdown file name ending in .md, got " + out);
        }
        if (Files.isDirectory(out)) {
            throw new UserError("--out: " + out + " is a folder; give the name of the Markdown file to write");
        }
        for (int i = 0; i < files.size(); i++) {
            if (indexOf(files.subList(0, i), files.get(i)) >= 0) {
                throw new UserError(files.get(i) + " is given twice");
            }
        }
    }

    private static int indexOf(List<Path> paths, Path p) {
        Path wanted = p.toAbsolutePath().normalize();
        for (int i = 0; i < paths.size(); i++) {
            if (paths.get(i).toAbsolutePath().normalize().equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    static Path csvBeside(Path markdown) {
        String name = markdown.getFileName().toString();
        return markdown.resolveSibling(name.substring(0, name.length() - ".md".length()) + ".csv");
    }

    private void claim(Path file) {
        if (Files.exists(file) && !force) {
            throw new UserError(file + " already exists; use --force to replace it, or choose another --out");
        }
    }

    /** Every scenario's replicates on one pool, gathered in scenario and replicate order. */
    private List<ScenarioSample> runAll(List<Path> paths, List<Scenario> scenarios, List<String> asked,
                                        List<DayCounter> counters, int poolSize) throws ExecutionException {
        List<Callable<double[]>> jobs = new ArrayList<>();
        int k = 0;
        for (Scenario s : scenarios) {
            for (int i = 0; i < reps; i++) {
                long runSeed = Seeds.derive(baseSeed.seed(), i);
                DayCounter counter = counters.get(k++);
                jobs.add(() -> {
                    try {
                        Simulation.Result r = Simulation.run(s, ShippedGeography.grid(s.resolution()), runSeed,
                                counter);
                        double[] v = new double[asked.size()];
                        for (int o = 0; o < v.length; o++) {
                            v[o] = Outcome.value(asked.get(o), r);
                        }
                        return v;
                    } finally {
                        counter.finish();
                    }
                });
            }
        }
        List<double[]> results = RunPool.inOrder(jobs, poolSize, "contrast-run");
        List<ScenarioSample> samples = new ArrayList<>();
        for (int s = 0; s < scenarios.size(); s++) {
            Map<String, double[]> values = new LinkedHashMap<>();
            for (String o : asked) {
                values.put(o, new double[reps]);
            }
            List<Long> seeds = new ArrayList<>();
            for (int i = 0; i < reps; i++) {
                double[] v = results.get(s * reps + i);
                for (int o = 0; o < asked.size(); o++) {
                    values.get(asked.get(o))[i] = v[o];
                }
                seeds.add(Seeds.derive(baseSeed.seed(), i));
            }
            Scenario sc = scenarios.get(s);
            samples.add(new ScenarioSample(sc.name(), paths.get(s).toString(), sc.description(), sc.start(), sc.end(),
                    seeds, values));
        }
        return samples;
    }

    private List<String> preface(List<Path> paths, Path ref, int poolSize) {
        List<String> lines = new ArrayList<>();
        lines.add("Made by `./sahelsim contrast " + String.join(" ", paths.stream().map(Path::toString).toList())
                + " --reference " + ref + " --reps " + reps + " --seed " + baseSeed.seed()
                + (outcomes.isEmpty() ? "" : " --outcome " + String.join(" --outcome ", outcomes))
                + " --out " + out + "` with " + BuildInfo.label() + ". Run it again after any change to "
                + "the model or the scenarios; the page does not depend on the number of threads.");
        long seed = baseSeed.seed();
        lines.add("Each scenario ran " + reps + " times; replicate i ran with the seed derived from " + seed
                + " and i, the same seeds as `./sahelsim run SCENARIO --reps " + reps + " --seed " + seed + "`. "
                + "A mean's interval is the 95% percentile-bootstrap interval of the mean over the replicates; a "
                + "difference is the scenario's mean minus the reference's, its interval the bootstrap of the two "
                + "sets resampled independently (the runs are not pairs). **differs** marks a difference whose "
                + "interval leaves out zero. With 20 replicates these intervals cover about 93% rather than 95% "
                + "(docs/outputs.md).");
        return lines;
    }

    private int failed(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(spec.qualifiedName() + ": " + message);
        err.flush();
        return ExitCodes.FAILURE;
    }
}
