package sahelsim.runfolder;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import sahelsim.io.CsvTable;
import sahelsim.io.NumberText;
import sahelsim.observe.RunRecord;

/**
 * daily.csv and monthly.csv: every measure in tidy long form (date, measure, faction, value), ordered by
 * date, then measure, then faction, as the run record lists its series.
 */
public final class TidyCsv {

    public static final List<String> COLUMNS = List.of("date", "measure", "faction", "value");

    private TidyCsv() {
    }

    public static void writeDaily(RunRecord record, Writer out) throws IOException {
        CsvTable table = new CsvTable(out, COLUMNS);
        List<RunRecord.Series> series = record.series();
        for (int day = 0; day < record.days(); day++) {
            String date = record.date(day).toString();
            for (RunRecord.Series s : series) {
                table.row(date, s.measure().id(), s.key(), NumberText.format(record.value(s, day)));
            }
        }
        table.finish();
    }

    public static void writeMonthly(MonthlyTable months, Writer out) throws IOException {
        CsvTable table = new CsvTable(out, COLUMNS);
        List<RunRecord.Series> series = months.series();
        for (int m = 0; m < months.dates().size(); m++) {
            String date = months.dates().get(m).toString();
            for (int s = 0; s < series.size(); s++) {
                table.row(date, series.get(s).measure().id(), series.get(s).key(),
                        NumberText.format(months.value(m, s)));
            }
        }
        table.finish();
    }
}
