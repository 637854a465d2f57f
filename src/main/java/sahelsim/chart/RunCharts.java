package sahelsim.chart;

import java.awt.Color;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import sahelsim.runfolder.EventTable;
import sahelsim.runfolder.ReplicateSummaries;
import sahelsim.runfolder.RunFolder;
import sahelsim.runfolder.RunFolderError;
import sahelsim.stats.ReplicateStats;
import sahelsim.runfolder.SummaryTable;
import sahelsim.observe.Measure;

/**
 * The outcome charts of one run or one set of replicates, read from its files alone. A single run's levels
 * (control, displacement) are drawn day by day from daily.csv and its flows (deaths, events) month by month
 * as stacked bars. A set's levels are lines of the monthly mean over replicates with 95% confidence bands
 * (monthly-summary.csv); its flows are stacked bars of the means, with the interval of the total as a
 * whisker.
 */
public final class RunCharts {

    /** Colours of things that are not factions, from Paul Tol's colour-blind-safe "muted" scheme. */
    private static final Map<String, Color> EVENT_TYPE_COLOURS = Map.of(
            "Battles", new Color(0x332288),
            "Explosions/Remote violence", new Color(0xDDCC77),
            "Violence against civilians", new Color(0xCC6677),
            "Protests", new Color(0x44AA99),
            "Riots", new Color(0xAA4499),
            "Strategic developments", new Color(0x88CCEE));
    private static final Color DISPLACED = new Color(0x332288);
    private static final Color REFUGEES = new Color(0x882255);
    private static final Color TOTAL = new Color(0x1E1E1E);
    private static final String TOTAL_LABEL = "Total: 95% confidence interval";

    private final RunFolder folder;
    private final FactionPalette palette;
    private final ChartCaption caption;

    public RunCharts(RunFolder folder) {
        this.folder = folder;
        this.palette = FactionPalette.of(folder.manifest());
        this.caption = ChartCaption.of(folder);
    }

    /** Share of residents (or of area) each faction controls over time, with the uncontrolled share dashed. */
    public JFreeChart control(Measure measure) {
        boolean population = measure == Measure.CONTROL_SHARE_POPULATION;
        if (!population && measure != Measure.CONTROL_SHARE_AREA) {
            throw new IllegalArgumentException("not a control measure: " + measure);
        }
        List<DatedSeries> series = factionSeries(measure, true);
        return TimeCharts.lines(new ChartLabels(
                population ? "Who controls the population" : "Who controls the territory",
                (population ? "Share of residents living in cells each faction dominates"
                        : "Share of the area of Mali on the map in cells each faction dominates") + how(false),
                population ? "Share of residents" : "Share of area", caption), ValueKind.SHARE, series);
    }

    /** Shares of residents per faction and uncontrolled, stacked to 100%. */
    public JFreeChart controlStacked() {
        // A run's daily values are thinned to one a week: a stacked area draws one polygon per point and
        // series, and daily ones make an SVG of several megabytes with no visible gain.
        List<DatedSeries> series = means(factionSeries(Measure.CONTROL_SHARE_POPULATION, true)).stream()
                .map(s -> new DatedSeries(s.label(), s.label().equals(FactionPalette.UNCONTROLLED_NAME)
                        ? FactionPalette.UNCONTROLLED : s.colour(), folder.isSet() ? s.points() : weekly(s.points())))
                .toList();
        return TimeCharts.stackedArea(new ChartLabels("Who controls the population, stacked",
                "Share of residents living in cells each faction dominates; the shares add up to 100%"
                        + (folder.isSet() ? " (monthly means of " + replicateCount() + " replicates)" : " (weekly)"),
                "Share of residents", caption), series);
    }

    public JFreeChart fatalities() {
        return monthlyByFaction(Measure.FATALITIES, "Fatalities per month by perpetrator",
                "People killed by each faction: fighters of the other side and civilians", "People killed per month");
    }

    public JFreeChart civilianDeaths() {
        return monthlyByFaction(Measure.CIVILIAN_DEATHS, "Civilian deaths per month",
                "Civilians killed, targeted or in battle, by the faction that killed them",
                "Civilians killed per month");
    }

    /** Events of the event log per month, by ACLED event type. */
    public JFreeChart eventsByType() {
        List<YearMonth> months = months();
        List<Map<String, Map<YearMonth, Integer>>> counts = new ArrayList<>();
        for (RunFolder run : folder.replicates()) {
            counts.add(countEvents(run.events()));
        }
        List<DatedSeries> series = new ArrayList<>();
        for (String type : EventTable.EVENT_TYPES) {
            List<DatedSeries.Point> points = new ArrayList<>();
            for (YearMonth m : months) {
                double[] values = new double[counts.size()];
                for (int r = 0; r < counts.size(); r++) {
                    values[r] = counts.get(r).getOrDefault(type, Map.of()).getOrDefault(m, 0);
                }
                ReplicateStats e = ReplicateStats.of(values);
                points.add(new DatedSeries.Point(m.atEndOfMonth(), e.mean(), e.ci95Low(), e.ci95High()));
            }
            series.add(new DatedSeries(type, EVENT_TYPE_COLOURS.get(type), points));
        }
        ChartLabels labels = new ChartLabels("Events per month by type",
                "Events of the event log by ACLED event type" + how(true), "Events per month", caption);
        List<DatedSeries> shown = nonEmpty(series);
        if (!folder.isSet()) {
            return TimeCharts.monthlyBars(labels, shown);
        }
        List<DatedSeries.Point> totals = new ArrayList<>();
        for (YearMonth m : months) {
            double[] values = new double[counts.size()];
            for (int r = 0; r < counts.size(); r++) {
                for (Map<YearMonth, Integer> byMonth : counts.get(r).values()) {
                    values[r] += byMonth.getOrDefault(m, 0);
                }
            }
            ReplicateStats e = ReplicateStats.of(values);
            totals.add(new DatedSeries.Point(m.atEndOfMonth(), e.mean(), e.ci95Low(), e.ci95High()));
        }
        return TimeCharts.monthlyBars(labels, means(shown), new DatedSeries(TOTAL_LABEL, TOTAL, totals));
    }

    /** People displaced inside the country and refugees abroad over time. */
    public JFreeChart displacement() {
        List<DatedSeries> series = List.of(
                new DatedSeries("Displaced inside Mali", DISPLACED, levelPoints(Measure.DISPLACED.id(), "")),
                new DatedSeries("Refugees abroad", REFUGEES, levelPoints(Measure.REFUGEES.id(), "")));
        return TimeCharts.lines(new ChartLabels("Displaced people and refugees",
                "People who fled their homes and have not returned" + how(false), "People", caption),
                ValueKind.COUNT, series);
    }

    private JFreeChart monthlyByFaction(Measure measure, String title, String subtitle, String axis) {
        List<DatedSeries> series = factionSeries(measure, false);
        ChartLabels labels = new ChartLabels(title, subtitle + how(true), axis, caption);
        if (!folder.isSet()) {
            return TimeCharts.monthlyBars(labels, series);
        }
        return TimeCharts.monthlyBars(labels, means(series), new DatedSeries(TOTAL_LABEL, TOTAL,
                summaryPoints(measure.id(), "")));
    }

    /** Every seventh point from the first, and the last. */
    private static List<DatedSeries.Point> weekly(List<DatedSeries.Point> daily) {
        List<DatedSeries.Point> out = new ArrayList<>();
        for (int i = 0; i < daily.size(); i++) {
            if (i % 7 == 0 || i == daily.size() - 1) {
                out.add(daily.get(i));
            }
        }
        return out;
    }

    /** Series without their intervals, for stacked bars of means. */
    private static List<DatedSeries> means(List<DatedSeries> series) {
        return series.stream().map(s -> new DatedSeries(s.label(), s.colour(),
                s.points().stream().map(p -> DatedSeries.Point.of(p.date(), p.value())).toList())).toList();
    }

    /** One series per faction that has a non-zero value (and the uncontrolled share when asked), in scenario order. */
    private List<DatedSeries> factionSeries(Measure measure, boolean withNone) {
        List<DatedSeries> out = new ArrayList<>();
        for (FactionPalette.Entry f : palette.factions()) {
            List<DatedSeries.Point> points = measure.flow() ? flowPoints(measure.id(), f.id())
                    : levelPoints(measure.id(), f.id());
            out.add(new DatedSeries(f.name(), f.colour(), points));
        }
        List<DatedSeries> shown = nonEmpty(out);
        if (withNone) {
            shown = new ArrayList<>(shown);
            shown.add(new DatedSeries(FactionPalette.UNCONTROLLED_NAME, FactionPalette.UNCONTROLLED.darker(), true,
                    levelPoints(measure.id(), FactionPalette.NONE)));
        }
        return shown;
    }

    /** Series with something to show; all of them when none has, so that the chart still has its axes. */
    private static List<DatedSeries> nonEmpty(List<DatedSeries> series) {
        List<DatedSeries> shown = series.stream().filter(s -> !s.isEmpty()).toList();
        return shown.isEmpty() ? series : shown;
    }

    /** A level: daily values of a run, or the monthly means with intervals of a set. */
    private List<DatedSeries.Point> levelPoints(String measure, String faction) {
        if (folder.isSet()) {
            return summaryPoints(measure, faction);
        }
        return points(folder.daily().require(measure, faction));
    }

    /** A flow: monthly totals of a run, or their means with intervals over a set. */
    private List<DatedSeries.Point> flowPoints(String measure, String faction) {
        if (folder.isSet()) {
            return summaryPoints(measure, faction);
        }
        return points(folder.monthly().require(measure, faction));
    }

    private List<DatedSeries.Point> summaryPoints(String measure, String faction) {
        NavigableMap<LocalDate, ReplicateStats> s = folder.summary().series(measure, faction);
        if (s.isEmpty()) {
            throw new RunFolderError(folder.dir().resolve(ReplicateSummaries.MONTHLY),
                    "expected rows of " + measure + (faction.isEmpty() ? " (total)" : " for " + faction)
                            + ", found none");
        }
        List<DatedSeries.Point> out = new ArrayList<>();
        s.forEach((d, e) -> out.add(new DatedSeries.Point(d, e.mean(), e.ci95Low(), e.ci95High())));
        return out;
    }

    private static List<DatedSeries.Point> points(NavigableMap<LocalDate, Double> s) {
        List<DatedSeries.Point> out = new ArrayList<>();
        s.forEach((d, v) -> out.add(DatedSeries.Point.of(d, v)));
        return out;
    }

    /** The run's months, from its monthly table, so that months without events count as zero. */
    private List<YearMonth> months() {
        List<YearMonth> out = new ArrayList<>();
        for (LocalDate d : folder.firstRun().monthly().dates()) {
            YearMonth m = YearMonth.from(d);
            if (out.isEmpty() || !out.get(out.size() - 1).equals(m)) {
                out.add(m);
            }
        }
        return out;
    }

    private static Map<String, Map<YearMonth, Integer>> countEvents(EventTable events) {
        Map<String, Map<YearMonth, Integer>> out = new LinkedHashMap<>();
        for (EventTable.Event e : events.events()) {
            out.computeIfAbsent(e.eventType(), t -> new TreeMap<>()).merge(YearMonth.from(e.date()), 1, Integer::sum);
        }
        return out;
    }

    private int replicateCount() {
        return folder.replicates().size();
    }

    /** How the values were made, for subtitles. */
    private String how(boolean monthly) {
        if (folder.isSet()) {
            return monthly ? " (means of " + replicateCount() + " replicates; whiskers: 95% confidence interval of "
                    + "the total)"
                    : " (monthly means of " + replicateCount() + " replicates, with 95% confidence bands)";
        }
        return monthly ? " (monthly totals)" : " (daily)";
    }
}
