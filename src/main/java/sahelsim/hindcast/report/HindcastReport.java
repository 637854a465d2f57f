package sahelsim.hindcast.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import sahelsim.hindcast.DateSpan;
import sahelsim.hindcast.Hindcast;
import sahelsim.hindcast.Verdict;
import sahelsim.hindcast.posterior.PosteriorView;
import sahelsim.hindcast.posterior.Sample;
import sahelsim.io.AtomicFiles;
import sahelsim.io.BuildInfo;
import sahelsim.io.CsvTable;
import sahelsim.io.NumberText;
import sahelsim.load.ScenarioText;
import sahelsim.runfolder.RunManifest;
import sahelsim.scenario.Scenario;

/**
 * The hindcast's files: {@code hindcast.csv} (a row per fact), {@code hindcast-runs.csv} (a row per fact and
 * run) and {@code hindcast.md}, the report a reader opens, with its table, its charts and each fact in full.
 * Nothing in them depends on the clock or the number of threads, so the same hindcast gives the same bytes.
 */
public final class HindcastReport {

    public static final String TABLE = "hindcast.csv";
    public static final String RUNS = "hindcast-runs.csv";
    public static final String REPORT = "hindcast.md";

    /** What was run: the scenario as given, the base seed and each run's seed, in run order. */
    public record Runs(RunManifest.Provenance provenance, long baseSeed, List<Long> seeds) {

        public Runs {
            seeds = List.copyOf(seeds);
        }
    }

    /** A chart of the report: its file (beside the report) and what it shows. */
    public record Chart(String file, String caption) {
    }

    private static final int READINGS_SHOWN = 3;

    private HindcastReport() {
    }

    /**
     * Writes the three files, each atomically, and returns their names, the report last; {@code section} is a further
     * part of the report (markdown from a level-2 heading, such as the comparison with an ACLED export, or nothing),
     * placed between the table of facts and the facts in full. For runs that took their parameters from a
     * calibration's posterior, {@code calibrated} is given: each fact then says where its dates lie against the fitted
     * period, each run which parameters it used, and the report says which calibration and how its targets scored.
     */
    public static List<String> write(Path folder, Runs runs, List<Hindcast.Score> scores, List<Chart> charts,
                                     String section, Optional<PosteriorView> calibrated) throws IOException {
        AtomicFiles.writeText(folder.resolve(TABLE), out -> table(out, runs, scores, calibrated));
        AtomicFiles.writeText(folder.resolve(RUNS), out -> perRun(out, runs, scores, calibrated));
        AtomicFiles.writeString(folder.resolve(REPORT), report(runs, scores, charts, section, calibrated));
        return List.of(TABLE, RUNS, REPORT);
    }

    private static void table(Writer out, Runs runs, List<Hindcast.Score> scores, Optional<PosteriorView> calibrated)
            throws IOException {
        List<String> columns = new ArrayList<>(List.of("fact", "title", "runs", "runs_reproducing", "share",
                "reproduced", "observed", "observed_median", "observed_min", "observed_max", "historical_figure",
                "historical", "test"));
        if (calibrated.isPresent()) {
            columns.addAll(List.of("dates_from", "dates_to", "sample"));
        }
        CsvTable t = new CsvTable(out, columns);
        for (Hindcast.Score s : scores) {
            double[] v = s.observed();
            List<String> cells = new ArrayList<>(List.of(s.fact().id(), s.fact().title(),
                    Integer.toString(s.verdicts().size()), Integer.toString(s.runsReproducing()),
                    NumberText.format(s.share()), Boolean.toString(s.reproduced()), s.fact().observed(),
                    NumberText.format(s.median()), v.length == 0 ? "" : NumberText.format(v[0]),
                    v.length == 0 ? "" : NumberText.format(v[v.length - 1]), s.fact().historicalFigure(),
                    s.fact().historical(), s.fact().test()));
            if (calibrated.isPresent()) {
                Optional<DateSpan> dates = s.fact().dates(runs.provenance().scenario());
                cells.add(dates.map(d -> d.from().toString()).orElse(""));
                cells.add(dates.map(d -> d.to().toString()).orElse(""));
                cells.add(calibrated.get().fit().of(dates).cell());
            }
            t.row(cells.toArray(String[]::new));
        }
        t.finish();
    }

    private static void perRun(Writer out, Runs runs, List<Hindcast.Score> scores,
                               Optional<PosteriorView> calibrated) throws IOException {
        List<String> columns = new ArrayList<>(List.of("fact", "run", "seed", "observed", "reproduced", "reading"));
        calibrated.ifPresent(c -> {
            columns.add("particle");
            columns.addAll(c.parameters());
        });
        CsvTable t = new CsvTable(out, columns);
        for (Hindcast.Score s : scores) {
            for (int r = 0; r < s.verdicts().size(); r++) {
                Verdict v = s.verdicts().get(r);
                List<String> cells = new ArrayList<>(List.of(s.fact().id(), Integer.toString(r + 1),
                        Long.toString(runs.seeds().get(r)), NumberText.format(v.observed()),
                        Boolean.toString(v.reproduced()), v.reading()));
                if (calibrated.isPresent()) {
                    cells.add(calibrated.get().particles().get(r));
                    cells.addAll(calibrated.get().values().get(r));
                }
                t.row(cells.toArray(String[]::new));
            }
        }
        t.finish();
    }

    private static String report(Runs runs, List<Hindcast.Score> scores, List<Chart> charts, String section,
                         Optional<PosteriorView> calibrated) {
        Scenario scenario = runs.provenance().scenario();
        int n = runs.seeds().size();
        StringBuilder md = new StringBuilder();
        md.append("# Hindcast of ").append(scenario.name()).append("\n\n");
        md.append(String.format(Locale.ROOT, "**%d of %d facts reproduced.** A fact counts as reproduced when at least "
                + "%d%% of the runs reproduce it; each run is judged on its own outputs.%n%n", Hindcast.reproduced(scores),
                scores.size(), Math.round(Hindcast.REPRODUCED_SHARE * 100)));
        md.append(provenance(runs, calibrated.isPresent())).append("\n\n");
        calibrated.ifPresent(c -> md.append(c.calibration()));
        md.append("| # | Fact | Runs reproducing | Observed: median (range) | History | Verdict |")
                .append(calibrated.isPresent() ? " Dates read |\n" : "\n");
        md.append("|---:|---|---:|---|---|---|").append(calibrated.isPresent() ? "---|\n" : "\n");
        for (int i = 0; i < scores.size(); i++) {
            Hindcast.Score s = scores.get(i);
            md.append(String.format(Locale.ROOT, "| %d | %s | %d of %d (%d%%) | %s | %s | %s |", i + 1,
                    cell(s.fact().title()), s.runsReproducing(), n, Math.round(s.share() * 100), observed(s),
                    cell(s.fact().historicalFigure()), s.reproduced() ? "reproduced" : "**not reproduced**"));
            calibrated.ifPresent(c -> md.append(' ').append(sample(s, scenario, c)).append(" |"));
            md.append('\n');
        }
        md.append('\n');
        for (Chart c : charts) {
            md.append("![").append(c.caption()).append("](").append(c.file()).append(")\n\n");
        }
        calibrated.ifPresent(c -> md.append(c.targets()));
        md.append(section);
        md.append("## The facts\n\n");
        for (int i = 0; i < scores.size(); i++) {
            Hindcast.Score s = scores.get(i);
            md.append(String.format(Locale.ROOT, "### %d. %s%n%n", i + 1, s.fact().title()));
            md.append("- Identifier: `").append(s.fact().id()).append("`\n");
            md.append("- What happened: ").append(s.fact().historical()).append('\n');
            md.append("- Test on a run: ").append(s.fact().test()).append('\n');
            md.append("- Observed: ").append(s.fact().observed()).append(": ").append(observed(s))
                    .append("; history: ").append(s.fact().historicalFigure()).append('\n');
            md.append(String.format(Locale.ROOT, "- Reproduced in %d of %d runs: %s%n", s.runsReproducing(), n,
                    s.reproduced() ? "reproduced" : "not reproduced"));
            md.append("- First runs: ").append(readings(s)).append("\n\n");
        }
        md.append("Every run's reading of every fact is in `").append(RUNS).append("`; the table above is in `")
                .append(TABLE).append("`.\n");
        return md.toString();
    }

    /** A fact's dates and where they lie against the fitted period, for the table of facts. */
    public static String sample(Hindcast.Score s, Scenario scenario, PosteriorView calibrated) {
        Optional<DateSpan> dates = s.fact().dates(scenario);
        Sample where = calibrated.fit().of(dates);
        return dates.map(d -> d + ", " + where.words()).orElse(where.words());
    }

    private static String provenance(Runs runs, boolean calibrated) {
        RunManifest.Provenance p = runs.provenance();
        Scenario scenario = p.scenario();
        int n = runs.seeds().size();
        String settings = p.overrides().isEmpty() ? "" : " with " + String.join(", ", p.overrides().stream()
                .map(o -> "`--set " + o + "`").toList());
        String same = "`sahelsim run " + p.scenarioFile() + " --reps " + n + " --seed " + runs.baseSeed()
                + p.overrides().stream().map(o -> " --set " + o).reduce("", String::concat) + "`";
        String look = calibrated ? "each run's seed and parameter values are in `" + RUNS + "`, to run any of them "
                + "again with `sahelsim run --seed` and `--set`" : "the same runs as " + same + " gives, to look at any of "
                + "them in full";
        return String.format(Locale.ROOT, "Scenario `%s` from `%s`%s (SHA-256 `%s`), %s to %s. %d runs with seeds "
                        + "derived from %d: %s. Program: %s.",
                scenario.name(), p.scenarioFile(), settings, ScenarioText.hash(scenario), scenario.start(), scenario.end(),
                n, runs.baseSeed(), look, BuildInfo.label());
    }

    /** The median of a fact's observed values and their range, as the report and the console show them. */
    public static String observed(Hindcast.Score s) {
        double[] v = s.observed();
        if (v.length == 0) {
            return "none";
        }
        String median = number(s.median());
        return v[0] == v[v.length - 1] ? median : median + " (" + number(v[0]) + " to " + number(v[v.length - 1]) + ")";
    }

    private static String readings(Hindcast.Score s) {
        List<String> shown = new ArrayList<>();
        for (int r = 0; r < Math.min(READINGS_SHOWN, s.verdicts().size()); r++) {
            Verdict v = s.verdicts().get(r);
            shown.add(String.format(Locale.ROOT, "run %d: %s (%s)", r + 1, v.reading(),
                    v.reproduced() ? "yes" : "no"));
        }
        return String.join("; ", shown);
    }

    /** Large numbers with separators, small ones with two decimals, whole small ones as they are. */
    static String number(double v) {
        if (Math.abs(v) >= 100 || v == Math.rint(v)) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
