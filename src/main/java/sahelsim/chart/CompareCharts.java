package sahelsim.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import sahelsim.runfolder.RunFolder;
import sahelsim.runfolder.RunFolderError;
import sahelsim.stats.ReplicateStats;
import sahelsim.runfolder.SummaryTable;

/**
 * Several runs or sets of replicates on the same axes: one line per folder of a measure's monthly values,
 * with the 95% confidence band of the mean over a set's replicates (from its monthly-summary.csv, or
 * computed from its replicates' monthly.csv).
 */
public final class CompareCharts {

    private CompareCharts() {
    }

    public static JFreeChart measure(List<RunFolder> folders, MeasureChoice choice) {
        List<DatedSeries> series = lines(folders, f -> points(f, choice));
        String unit = choice.measure().unit();
        ValueKind kind = unit.startsWith("share") ? ValueKind.SHARE
                : List.of("people", "events", "towns", "fighters").contains(unit) ? ValueKind.COUNT : ValueKind.NUMBER;
        String axis = capitalised(unit) + (choice.measure().flow() ? " per month" : "");
        boolean sets = folders.stream().anyMatch(RunFolder::isSet);
        String subtitle = choice.measure().definition().replace("`", "")
                + (sets ? " Monthly; bands: 95% confidence interval of the mean over replicates." : " Monthly.");
        return TimeCharts.lines(new ChartLabels(title(folders.get(0), choice), subtitle, axis,
                ChartCaption.of(folders)), kind, series);
    }

    /**
     * A flow summed from the first month on, one line per folder with the 95% interval of the mean running total
     * over a set's replicates: where monthly bars of two scenarios overlap month after month, their running
     * totals draw apart and end at the totals the comparison table gives.
     */
    public static JFreeChart cumulative(List<RunFolder> folders, MeasureChoice choice) {
        if (!choice.measure().flow()) {
            throw new IllegalArgumentException(choice + " is a level, not a flow: it has no running total");
        }
        List<DatedSeries> series = lines(folders, f -> runningTotals(f, choice));
        boolean sets = folders.stream().anyMatch(RunFolder::isSet);
        String subtitle = choice.measure().definition().replace("`", "") + " Running total from the first day"
                + (sets ? "; bands: 95% confidence interval of the mean over replicates." : ".");
        return TimeCharts.lines(new ChartLabels(title(folders.get(0), choice).replace(" per month", "")
                + ", running total", subtitle, capitalised(choice.measure().unit()), ChartCaption.of(folders)),
                ValueKind.COUNT, series);
    }

    /**
     * A line per folder in its scenario's colour, keyed by label, so that a scenario keeps its colour whatever
     * the order of the folders.
     */
    private static List<DatedSeries> lines(List<RunFolder> folders,
                                           Function<RunFolder, List<DatedSeries.Point>> points) {
        List<DatedSeries> series = new ArrayList<>();
        List<String> labels = labels(folders);
        ScenarioColours colours = new ScenarioColours(labels);
        for (int i = 0; i < folders.size(); i++) {
            ScenarioColours.Style style = colours.style(labels.get(i));
            series.add(new DatedSeries(labels.get(i), style.colour(), style.dashed(), points.apply(folders.get(i))));
        }
        return series;
    }

    private static List<DatedSeries.Point> runningTotals(RunFolder folder, MeasureChoice choice) {
        List<NavigableMap<LocalDate, Double>> runs = new ArrayList<>();
        for (RunFolder run : folder.replicates()) {
            if (!run.monthly().has(choice.measure().id(), choice.key())) {
                throw missing(folder, choice);
            }
            runs.add(run.monthly().series(choice.measure().id(), choice.key()));
        }
        double[] totals = new double[runs.size()];
        List<DatedSeries.Point> out = new ArrayList<>();
        for (LocalDate d : runs.get(0).keySet()) {
            for (int r = 0; r < runs.size(); r++) {
                Double v = runs.get(r).get(d);
                totals[r] += v == null || Double.isNaN(v) ? 0 : v;
            }
            if (runs.size() == 1) {
                out.add(DatedSeries.Point.of(d, totals[0]));
            } else {
                ReplicateStats e = ReplicateStats.of(totals.clone());
                out.add(new DatedSeries.Point(d, e.mean(), e.ci95Low(), e.ci95High()));
            }
        }
        return out;
    }

    /** Scenario names, with the folder's name where two folders ran the same scenario. */
    public static List<String> labels(List<RunFolder> folders) {
        List<String> out = new ArrayList<>();
        for (RunFolder f : folders) {
            String scenario = f.manifest().scenario().name();
            long same = folders.stream().filter(g -> g.manifest().scenario().name().equals(scenario)).count();
            out.add(same > 1 ? scenario + " (" + f.dir().getFileName() + ")" : scenario);
        }
        return out;
    }

    private static String title(RunFolder first, MeasureChoice choice) {
        String name = switch (choice.measure()) {
            case CONTROL_SHARE_POPULATION -> "Residents controlled";
            case CONTROL_SHARE_AREA -> "Area controlled";
            case CONTESTED_SHARE_AREA -> "Contested area";
            case ZONE_SHARE_AREA -> "Area by control zone";
            case ZONE_SHARE_POPULATION -> "Residents by control zone";
            case ARMED_GROUP_POPULATION_SHARE -> "Residents where armed groups dominate";
            case ATTACKS -> "Attacks per month";
            case FATALITIES -> "Fatalities per month";
            case CIVILIAN_DEATHS -> "Civilian deaths per month";
            case DISPLACED -> "People displaced inside Mali";
            case REFUGEES -> "Refugees abroad";
            case RECRUITS -> "Recruits per month";
            case TROOPS -> "Fighters on the map";
            case TOWNS_HELD -> "Towns held";
            case BLOCKADED_TOWNS -> "Towns under blockade";
            case INSURGENT_FRONT_KM -> "Distance from Bamako to the insurgent front";
            case STATE_LEGITIMACY -> "Legitimacy of the state";
            case COALITION_LEVEL -> "Coalition level";
            // A measure added later reads well enough from its id until it gets a title here.
            default -> capitalised(choice.measure().id().replace('_', ' '));
        };
        if (choice.key().isEmpty()) {
            return name;
        }
        return switch (choice.measure().key()) {
            case ZONE -> name + ", Kalyvas zone " + choice.key();
            case COALITION -> name + ", coalition " + choice.key();
            default -> name + ": " + FactionPalette.of(first.manifest()).name(choice.key());
        };
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static List<DatedSeries.Point> points(RunFolder folder, MeasureChoice choice) {
        String measure = choice.measure().id();
        List<DatedSeries.Point> out = new ArrayList<>();
        if (folder.isSet()) {
            NavigableMap<LocalDate, ReplicateStats> s = folder.summary().series(measure, choice.key());
            if (s.isEmpty()) {
                throw missing(folder, choice);
            }
            s.forEach((d, e) -> out.add(new DatedSeries.Point(d, e.mean(), e.ci95Low(), e.ci95High())));
        } else {
            if (!folder.monthly().has(measure, choice.key())) {
                throw missing(folder, choice);
            }
            folder.monthly().series(measure, choice.key()).forEach((d, v) -> out.add(DatedSeries.Point.of(d, v)));
        }
        return out;
    }

    private static RunFolderError missing(RunFolder folder, MeasureChoice choice) {
        return new RunFolderError(folder.dir() + ": has no monthly values of " + choice
                + (choice.key().isEmpty() ? "" : " (is '" + choice.key() + "' one of its factions, zones or coalitions?)"));
    }
}
