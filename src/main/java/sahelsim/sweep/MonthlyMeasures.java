package sahelsim.sweep;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import sahelsim.io.CsvTable;
import sahelsim.runfolder.MonthlyTable;
import sahelsim.io.NumberText;
import sahelsim.observe.Measure;
import sahelsim.observe.RunRecord;
import sahelsim.scenario.CoalitionSpec;
import sahelsim.scenario.FactionSpec;
import sahelsim.scenario.Scenario;

/**
 * The monthly key measures a sweep keeps of every run, in runs-monthly.csv: one line per run and month (dated
 * the month's last simulated day, as a run's monthly.csv), one column per series. A series is named
 * {@code measure:faction}, or just {@code measure} for a total. The results database turns these lines into
 * tidy rows. Only these few measures are kept, so that a sweep of thousands of runs stays small on disk.
 */
public final class MonthlyMeasures {

    /** Who controls the population, how violent it is, how many flee and fight: what sweep analysts chart. */
    public static final Set<Measure> KEY = EnumSet.of(Measure.CONTROL_SHARE_POPULATION,
            Measure.ARMED_GROUP_POPULATION_SHARE, Measure.FATALITIES, Measure.CIVILIAN_DEATHS, Measure.DISPLACED,
            Measure.REFUGEES, Measure.TROOPS, Measure.TOWNS_HELD, Measure.INSURGENT_FRONT_KM,
            Measure.STATE_LEGITIMACY);

    public static final String RUN_ID = "run_id";
    public static final String DATE = "date";

    private final List<RunRecord.Series> series;

    private MonthlyMeasures(List<RunRecord.Series> series) {
        this.series = List.copyOf(series);
    }

    /**
     * The key series of runs of this base scenario: a sweep varies values only, never the lists of factions or
     * coalitions, so every run records the same series, in the order its run record lists them.
     */
    public static MonthlyMeasures of(Scenario base) {
        RunRecord layout = new RunRecord(base.start(), 1, base.factions().stream().map(FactionSpec::id).toList(),
                base.coalitions().stream().map(CoalitionSpec::id).toList());
        return new MonthlyMeasures(layout.series().stream().filter(s -> KEY.contains(s.measure())).toList());
    }

    /** The column of a series: {@code measure:faction}, or {@code measure} for a total. */
    public static String column(RunRecord.Series s) {
        return s.key().isEmpty() ? s.measure().id() : s.measure().id() + ":" + s.key();
    }

    public List<String> columns() {
        List<String> columns = new ArrayList<>(List.of(RUN_ID, DATE));
        series.forEach(s -> columns.add(column(s)));
        return columns;
    }

    /** The lines of one run. */
    public String block(long runId, MonthlyTable months) {
        int[] at = new int[series.size()];
        for (int i = 0; i < at.length; i++) {
            at[i] = months.series().indexOf(series.get(i));
        }
        StringBuilder text = new StringBuilder();
        for (int m = 0; m < months.dates().size(); m++) {
            List<String> cells = new ArrayList<>(at.length + 2);
            cells.add(Long.toString(runId));
            cells.add(months.dates().get(m).toString());
            for (int i : at) {
                cells.add(i < 0 ? "" : NumberText.format(months.value(m, i)));
            }
            text.append(CsvTable.line(cells));
        }
        return text.toString();
    }
}
