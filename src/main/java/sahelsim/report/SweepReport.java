package sahelsim.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import sahelsim.chart.ImageSize;
import sahelsim.chart.PictureFiles;
import sahelsim.chart.TimeCharts;
import sahelsim.io.AtomicFiles;
import sahelsim.io.BuildInfo;
import sahelsim.stats.ReplicateStats;
import sahelsim.observe.Outcome;
import sahelsim.sweep.Factor;
import sahelsim.sweep.SweepResults;
import sahelsim.sweep.SweepSpec;
import sahelsim.sweep.analysis.SweepAnalysis;

/**
 * The report of a sweep as one HTML page: what was run (the base scenario, the design, the parameters varied,
 * the runs and seeds, the program), each outcome over all runs, and the analysis's charts (heat maps over two
 * parameters, or sensitivity indices) inline.
 */
public final class SweepReport {

    private SweepReport() {
    }

    public static Report.Result write(Path dir, Path out) throws IOException {
        SweepResults results = SweepResults.read(dir);
        SweepSpec spec = results.spec();
        StringBuilder p = new StringBuilder();
        String title = "Sweep " + spec.name() + " of " + spec.base().name();
        p.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(Html.esc(title)).append("</title>\n<style>\n").append(ReportPage.STYLE)
                .append("</style>\n</head>\n<body>\n<h1>").append(Html.esc(title)).append("</h1>\n<p class=\"lead\">")
                .append(Html.esc(results.plan().runCount() + " runs: " + results.plan().pointCount()
                        + " design points x " + spec.replications() + " replication" + (spec.replications() == 1 ? ""
                        : "s") + ", " + spec.design().name().toLowerCase(Locale.ROOT) + " design, seeds derived from "
                        + spec.seed() + "; run by " + results.manifest().programLabel() + ", reported by "
                        + BuildInfo.label() + "."))
                .append("</p>\n");
        if (results.failedRuns() > 0) {
            p.append("<p class=\"warning\">").append(results.failedRuns()).append(" runs failed and are left out."
                    + "</p>\n");
        }
        p.append("<h2>What was run</h2>\n<p>").append(Html.esc(spec.description() == null ? ""
                : spec.description().strip())).append("</p>\n<p>Base scenario <b>").append(Html.esc(spec.base()
                .name())).append("</b> (").append(Html.esc(spec.baseFile().toString())).append("): ")
                .append(Html.esc(spec.base().description().strip())).append("</p>\n");
        List<List<String>> factors = new ArrayList<>();
        for (Factor f : spec.parameters()) {
            if (f.varies()) {
                factors.add(List.of(Html.esc(f.name()), Html.esc(String.join(", ", f.keyPaths())),
                        f.valueCount() == 0 ? "a continuous range" : f.valueCount() + " values"));
            }
        }
        p.append(Html.table("factors", List.of("Parameter", "Keys it sets", "Values"), factors));
        List<List<String>> rows = new ArrayList<>();
        for (int o = 0; o < spec.outcomes().size(); o++) {
            String name = spec.outcomes().get(o);
            ReplicateStats s = ReplicateStats.of(results.outcome(o));
            double min = Double.NaN;
            double max = Double.NaN;
            for (double v : results.outcome(o)) {
                if (!Double.isNaN(v)) {
                    min = Double.isNaN(min) ? v : Math.min(min, v);
                    max = Double.isNaN(max) ? v : Math.max(max, v);
                }
            }
            String definition = Outcome.byId(name.split(":")[0]).map(Outcome::definition).orElse("");
            rows.add(List.of("<b>" + Html.esc(name) + "</b><br><span class=\"small\">" + Html.esc(definition)
                    + "</span>", number(s.mean()) + " (" + number(s.ci95Low()) + " to " + number(s.ci95High()) + ")",
                    number(min) + " to " + number(max)));
        }
        p.append("<h2>Outcomes over all runs</h2>\n").append(Html.table("outcomes", List.of("Outcome",
                "Mean over the runs (95% interval)", "Range"), rows));
        p.append("<p class=\"small\">The mean over every run of the design mixes its points; the charts below, and "
                + "analysis/points.csv written by 'sahelsim analyze', give each point's mean.</p>\n");
        int k = 0;
        List<SweepAnalysis.NamedChart> charts = SweepAnalysis.charts(results);
        if (!charts.isEmpty()) {
            p.append("<h2>Charts</h2>\n");
        }
        for (SweepAnalysis.NamedChart c : charts) {
            k++;
            p.append(Html.figure(PictureFiles.svgElement(TimeCharts.picture(c.chart()), ImageSize.SLIDE, "s" + k + "-"),
                    c.name()));
        }
        p.append("</body>\n</html>\n");
        Files.createDirectories(out);
        Path page = out.resolve(Report.PAGE);
        AtomicFiles.writeString(page, p.toString());
        return new Report.Result(List.of(page), List.of(), List.of());
    }

    private static String number(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.3g", v);
    }
}
