package sahelsim.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import sahelsim.chart.CompareCharts;
import sahelsim.chart.ControlMapPicture;
import sahelsim.chart.ControlMapScene;
import sahelsim.chart.ImageSize;
import sahelsim.chart.MeasureChoice;
import sahelsim.chart.Picture;
import sahelsim.chart.PictureFiles;
import sahelsim.chart.PointRangeChart;
import sahelsim.chart.ReplicateShareMap;
import sahelsim.chart.RunChartWriter;
import sahelsim.chart.RunCharts;
import sahelsim.chart.ScenarioColours;
import sahelsim.chart.TimeCharts;
import sahelsim.contrast.Contrast;
import sahelsim.stats.BootstrapMeans;
import sahelsim.io.BuildInfo;
import sahelsim.runfolder.ControlMaps;
import sahelsim.stats.ReplicateStats;
import sahelsim.runfolder.RunFolder;
import sahelsim.observe.Measure;

/**
 * The report as one HTML page that needs nothing outside itself: the charts and maps are inline SVG (their
 * rasters as data URIs), the styles in the page, no script. For several folders it opens with the answer (a
 * sentence per outcome, the differences as a point-range chart and a table), then the outcomes, the charts
 * over time, the maps, the table by region, what was run and how to read the intervals.
 */
final class ReportPage {

    static final String STYLE = """
            body{font-family:"DejaVu Sans",Verdana,Arial,sans-serif;max-width:1100px;margin:0 auto;padding:24px;\
            color:#1e1e1e;line-height:1.45;background:#fff}
            h1{font-size:1.7em;margin-bottom:0.2em}h2{font-size:1.3em;border-bottom:2px solid #ddd;\
            padding-bottom:4px;margin-top:2em}h3{font-size:1.05em;margin-top:1.5em}
            .lead{color:#4a4a4a;margin-top:0}
            table{border-collapse:collapse;width:100%;font-size:0.86em;margin:0.8em 0}
            th,td{border-bottom:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top}
            th{background:#f3f3f3}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            figure{margin:1.2em 0;break-inside:avoid;page-break-inside:avoid}
            figure svg{width:100%;height:auto;display:block;border:1px solid #e4e4e4}
            figure svg image{image-rendering:pixelated}
            figcaption{font-size:0.84em;color:#4a4a4a;margin-top:0.3em}
            .swatch{display:inline-block;width:0.9em;height:0.9em;margin-right:0.4em;vertical-align:-0.1em;\
            border:1px solid #555}
            .answer li{margin:0.35em 0}.unclear{color:#555}
            .warning{background:#fff4d6;border-left:4px solid #d49b00;padding:8px 12px;margin:0.8em 0}
            .small{font-size:0.84em;color:#4a4a4a}
            @page{size:A4;margin:14mm}
            @media print{body{max-width:none;padding:0;font-size:10pt}h2{break-after:avoid;page-break-after:avoid}
            tr{break-inside:avoid;page-break-inside:avoid}figure svg{border:none}}
            """;

    private final List<Subject> subjects;
    private final int reference;
    private final List<LocalDate> dates;
    private final List<String> warnings;
    private final ScenarioColours colours;
    private final List<String> notes = new ArrayList<>();
    private int pictures;

    ReportPage(List<Subject> subjects, int reference, List<LocalDate> dates, List<String> warnings) {
        this.subjects = List.copyOf(subjects);
        this.reference = reference;
        this.dates = List.copyOf(dates);
        this.warnings = List.copyOf(warnings);
        this.colours = new ScenarioColours(subjects.stream().map(Subject::label).toList());
    }

    /** What the page had to say about the maps' dates: which weekly map stands for a date asked for. */
    List<String> notes() {
        return notes;
    }

    String html(Contrast contrast, List<ReportOutcome> outcomes, List<RegionSummary> regions) {
        StringBuilder p = new StringBuilder();
        p.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.esc(title())).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n");
        p.append("<h1>").append(Html.esc(title())).append("</h1>\n<p class=\"lead\">").append(Html.esc(lead()))
                .append("</p>\n");
        for (String w : warnings) {
            p.append("<p class=\"warning\">").append(Html.esc(w)).append("</p>\n");
        }
        boolean comparison = subjects.size() > 1;
        if (comparison) {
            p.append(answer(contrast, outcomes));
        } else {
            p.append(outcomesTable(contrast, outcomes));
        }
        p.append(overTime());
        p.append(maps());
        p.append(regionTables(regions));
        p.append(whatWasRun());
        p.append(method(comparison));
        p.append("</body>\n</html>\n");
        return p.toString();
    }

    private String title() {
        if (subjects.size() == 1) {
            Subject s = subjects.get(0);
            return "Scenario " + s.label() + (s.isSet() ? ": " + s.replicates() + " replicates" : ": one run");
        }
        List<String> others = new ArrayList<>();
        for (int i = 0; i < subjects.size(); i++) {
            if (i != reference) {
                others.add(subjects.get(i).label());
            }
        }
        return String.join(", ", others) + " against " + subjects.get(reference).label();
    }

    private String lead() {
        Subject first = subjects.get(0);
        String runs = subjects.stream().allMatch(Subject::isSet)
                ? subjects.stream().map(s -> Integer.toString(s.replicates())).distinct().count() == 1
                ? first.replicates() + " replicates each" : "sets of replicates"
                : subjects.size() == 1 ? "one run (seed " + first.seeds().get(0) + ")" : "single runs";
        return "Northern and central Mali, " + period(first) + "; " + runs + ". Made by " + BuildInfo.label()
                + " from the files in " + String.join(", ", subjects.stream().map(s -> s.dir().toString()).toList())
                + ".";
    }

    private static String period(Subject s) {
        return s.start() + " to " + s.end();
    }

    /** The answer: a sentence per outcome, the point-range chart and the table of differences. */
    private String answer(Contrast contrast, List<ReportOutcome> outcomes) {
        StringBuilder p = new StringBuilder("<h2>What changes</h2>\n<p>Each sentence sets a scenario's mean over its "
                + "replicates against " + Html.esc(subjects.get(reference).label()) + "'s, with the 95% interval "
                + "of the difference; grey where the replicates cannot tell the two apart. A faction's own share "
                + "and towns are told where some scenario changes them clearly; the table below has them all."
                + "</p>\n<ul class=\"answer\">\n");
        List<PointRangeChart.Block> blocks = new ArrayList<>();
        for (ReportOutcome o : outcomes) {
            List<Contrast.Row> rows = contrast.rows(o.name());
            if (o.perFaction() && rows.stream().noneMatch(Contrast.Row::differs)) {
                continue;
            }
            Contrast.Row ref = rows.get(reference);
            List<PointRangeChart.Row> points = new ArrayList<>();
            for (Contrast.Row r : rows) {
                String sentence = Sentences.of(o, r, ref);
                if (sentence != null) {
                    p.append("<li").append(r.differs() ? "" : " class=\"unclear\"").append(">")
                            .append(Html.swatch(colours.css(r.scenario().name()))).append(Html.esc(sentence))
                            .append("</li>\n");
                    BootstrapMeans.Estimate d = r.difference();
                    points.add(new PointRangeChart.Row(r.scenario().name(), colours.colour(r.scenario().name()),
                            d.value(), d.low(), d.high()));
                }
            }
            if (!points.isEmpty()) {
                blocks.add(new PointRangeChart.Block(o.label(), o.kind(), points));
            }
        }
        p.append("</ul>\n");
        if (!blocks.isEmpty()) {
            PointRangeChart chart = new PointRangeChart("Difference from " + subjects.get(reference).label(),
                    "Mean difference over the replicates (dot) and its 95% interval (bar); a hollow dot: the "
                            + "interval holds zero, the replicates cannot tell the two apart.", blocks);
            p.append(Html.figure(svg(chart, chart.size()), "Differences from " + subjects.get(reference).label()
                    + ", one block per outcome, each on its own scale; the dashed line is no difference. Shares "
                    + "differ in percentage points (pts)."));
        }
        p.append(outcomesTable(contrast, outcomes));
        return p.toString();
    }

    /** Every outcome of every folder: mean and interval, and the difference from the reference. */
    private String outcomesTable(Contrast contrast, List<ReportOutcome> outcomes) {
        boolean comparison = subjects.size() > 1;
        List<String> header = new ArrayList<>(List.of("Outcome", "Scenario", "<span class=\"num\">Mean (95% "
                + "interval)</span>"));
        if (comparison) {
            header.add("Difference from " + Html.esc(subjects.get(reference).label()) + " (95% interval)");
        }
        List<List<String>> rows = new ArrayList<>();
        for (ReportOutcome o : outcomes) {
            List<Contrast.Row> outcomeRows = contrast.rows(o.name());
            for (int i = 0; i < outcomeRows.size(); i++) {
                Contrast.Row r = outcomeRows.get(i);
                List<String> row = new ArrayList<>();
                row.add(i == 0 ? "<b>" + Html.esc(o.label()) + "</b>" : "");
                row.add(Html.swatch(colours.css(r.scenario().name())) + Html.esc(r.scenario().name()));
                row.add(meanText(o, r.stats()));
                if (comparison) {
                    row.add(r.reference() ? "reference" : r.difference() == null ? "another period"
                            : differenceText(o, r.difference()) + (r.differs() ? " <b>differs</b>" : ""));
                }
                rows.add(row);
            }
        }
        return "<h2>" + (comparison ? "Outcomes side by side" : "Outcomes") + "</h2>\n"
                + Html.table("outcomes", header, rows)
                + (comparison ? "<p class=\"small\">The same table is in comparison.csv and comparison.md beside this "
                + "page.</p>\n" : "");
    }

    private static String meanText(ReportOutcome o, ReplicateStats s) {
        String mean = Sentences.level(o, s.mean());
        if (Double.isNaN(s.ci95Low())) {
            return mean;
        }
        return mean + " (" + Sentences.level(o, s.ci95Low()) + " to " + Sentences.level(o, s.ci95High()) + ")";
    }

    private static String differenceText(ReportOutcome o, BootstrapMeans.Estimate d) {
        String unit = o.share() ? " pts" : "";
        String text = signed(o, d.value()) + unit;
        if (Double.isNaN(d.low())) {
            return text;
        }
        return text + " (" + signed(o, d.low()) + " to " + signed(o, d.high()) + unit + ")";
    }

    private static String signed(ReportOutcome o, double v) {
        String sign = v > 0 ? "+" : v < 0 ? "−" : "";
        return sign + Sentences.magnitude(o, v);
    }

    /** Charts over time: for one folder its own charts, for several the measures side by side. */
    private String overTime() {
        StringBuilder p = new StringBuilder("<h2>Over time</h2>\n");
        List<RunFolder> folders = subjects.stream().map(Subject::folder).toList();
        if (subjects.size() == 1) {
            RunCharts charts = new RunCharts(folders.get(0));
            p.append(chart(charts.control(Measure.CONTROL_SHARE_POPULATION), "Who controls the residents, by faction."));
            p.append(chart(charts.civilianDeaths(), "Civilians killed per month, by the faction that killed them."));
            p.append(chart(charts.fatalities(), "People killed per month, by perpetrator."));
            p.append(chart(charts.displacement(), "People displaced inside Mali and refugees abroad."));
            return p.toString();
        }
        p.append(chart(CompareCharts.measure(folders, MeasureChoice.parse("armed_group_population_share")),
                "Residents where armed groups hold firm or dominant control, month by month."));
        p.append(chart(CompareCharts.cumulative(folders, MeasureChoice.parse("civilian_deaths")),
                "Civilians killed since the start: the running total ends at the totals of the table above."));
        p.append(chart(CompareCharts.cumulative(folders, MeasureChoice.parse("fatalities")),
                "People killed since the start."));
        p.append(chart(CompareCharts.measure(folders, MeasureChoice.parse("displaced")),
                "People displaced inside Mali, month by month."));
        return p.toString();
    }

    private String chart(JFreeChart chart, String caption) {
        return Html.figure(svg(TimeCharts.picture(chart), ImageSize.SLIDE), caption);
    }

    private String svg(Picture picture, ImageSize size) {
        pictures++;
        return PictureFiles.svgElement(picture, size, "p" + pictures + "-");
    }

    /** The control maps on each date, and for a set the share of replicates in which each faction holds a cell. */
    private String maps() {
        StringBuilder p = new StringBuilder("<h2>Maps</h2>\n");
        for (Subject s : subjects) {
            if (!s.folder().hasControlMaps()) {
                p.append("<p>").append(Html.esc(s.label())).append(" kept no control maps (run with --map-every 0)."
                        + "</p>\n");
                continue;
            }
            ControlMapScene scene = ControlMapScene.of(s.folder());
            for (LocalDate asked : dates.isEmpty() ? List.of(scene.maps().last()) : dates) {
                ControlMaps.Frame frame = RunChartWriter.frames(scene.maps(), List.of(asked)).get(0);
                String which = frame.date().equals(asked) ? "" : " (" + asked + " was asked for; the maps are kept "
                        + "weekly, and this is the last one on or before it)";
                if (!which.isEmpty()) {
                    notes.add(s.label() + ": the weekly map of " + frame.date() + " stands for " + asked);
                }
                p.append("<h3>").append(Html.esc(s.label())).append(", ").append(frame.date()).append("</h3>\n");
                p.append(Html.figure(svg(new ControlMapPicture(scene, frame, false).fitted(), ImageSize.SLIDE),
                        "Who controls each cell on " + frame.date() + which + (s.isSet() ? ", in replicate 1 of "
                                + s.replicates() + ": one possible history." : ".")));
                if (s.isSet()) {
                    ReplicateShareMap shares = ReplicateShareMap.of(s.folder(), asked);
                    p.append(Html.figure(svg(shares, shares.size()), "In how many of the " + s.replicates()
                            + " replicates each faction dominates each cell on " + shares.date() + "."));
                }
            }
        }
        return p.toString();
    }

    private String regionTables(List<RegionSummary> regions) {
        StringBuilder p = new StringBuilder("<h2>By region</h2>\n<p>For each administrative region and year: the "
                + "share of the region's residents in cells the government side and the armed groups dominate, the "
                + "faction that dominates the most residents, on the year's last day; the people and civilians "
                + "killed in the region over the year; the people from the region displaced elsewhere in Mali at "
                + "the year's end. For sets of replicates, means over the replicates; regions.csv beside this page "
                + "has every faction with its 95% interval.</p>\n");
        for (int i = 0; i < subjects.size(); i++) {
            Subject s = subjects.get(i);
            List<List<String>> rows = new ArrayList<>();
            for (RegionSummary.Line l : regions.get(i).lines()) {
                rows.add(List.of(Html.esc(l.region()), Integer.toString(l.year()), percent(l.government()),
                        percent(l.insurgent()), Html.esc(l.largest()) + " " + percent(l.largestShare()),
                        count(l.fatalities()), count(l.civilians()), count(l.displaced())));
            }
            p.append("<h3>").append(Html.swatch(colours.css(s.label()))).append(Html.esc(s.label())).append("</h3>\n");
            p.append(Html.table("regions", List.of("Region", "Year", "Government side", "Insurgent side",
                    "Largest holder", "People killed", "Civilians killed", "Displaced"), rows));
        }
        return p.toString();
    }

    private static String percent(ReplicateStats s) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * s.mean());
    }

    private static String count(ReplicateStats s) {
        return String.format(Locale.ROOT, "%,.0f", s.mean());
    }

    private String whatWasRun() {
        List<List<String>> rows = new ArrayList<>();
        for (Subject s : subjects) {
            String seeds = s.replicates() == 1 ? "seed " + s.seeds().get(0)
                    : s.replicates() + " replicates, seeds derived from "
                    + s.folder().manifest().derivedFrom().orElse(0) + " (" + s.seeds().get(0) + ", …)";
            rows.add(List.of(Html.swatch(colours.css(s.label())) + "<b>" + Html.esc(s.label()) + "</b><br>"
                            + Html.esc(s.file()),
                    Html.esc(s.description()), Html.esc(period(s)) + "<br>" + s.resolution() + "° cells",
                    Html.esc(seeds) + (s.overrides().isEmpty() ? "" : "<br>--set " + Html.esc(String.join(", ",
                            s.overrides()))),
                    Html.esc("sahelsim " + s.version() + (s.commit().isEmpty() ? "" : " (" + s.commit() + ")"))
                            + "<br>" + Html.esc(s.dir().toString())));
        }
        return "<h2>What was run</h2>\n" + Html.table("run", List.of("Scenario", "What it asks", "Period", "Runs",
                "Program and folder"), rows);
    }

    private String method(boolean comparison) {
        return "<h2>How to read the figures</h2>\n<p class=\"small\">A mean's interval is the 95% percentile-"
                + "bootstrap interval of the mean over the replicates (2,000 resamples); it stays within what the "
                + "quantity can be, and with few replicates it is too narrow: it holds the true mean about 84% of "
                + "the time with 5 replicates, 90% with 10 and 93% with 20 (docs/outputs.md)."
                + (comparison ? " A difference is a scenario's mean minus the reference's; its interval resamples "
                + "the two sets of replicates independently, since their runs are not pairs. A difference "
                + "<b>differs</b> when its interval leaves out zero." : "")
                + " Control is the Kalyvas zone of each cell: firm (zones 1 and 5), dominant (2 and 4) and "
                + "contested (3, where neither side dominates); the government side holds zones 1-2, armed groups "
                + "zones 4-5. Each run is one possible history of the scenario; only the replicates together say "
                + "what the scenario makes likely.</p>\n";
    }
}
