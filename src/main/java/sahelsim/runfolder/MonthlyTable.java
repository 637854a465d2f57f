package sahelsim.runfolder;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import sahelsim.observe.RunRecord;

/**
 * A run record by month: a flow is the month's total, a level its value on the month's last simulated day,
 * dated that day. The rows of monthly.csv, and what the summary of replicates averages.
 */
public final class MonthlyTable {

    private final List<LocalDate> dates;
    private final List<RunRecord.Series> series;
    private final double[][] values;

    private MonthlyTable(List<LocalDate> dates, List<RunRecord.Series> series, double[][] values) {
        this.dates = List.copyOf(dates);
        this.series = List.copyOf(series);
        this.values = values;
    }

    public static MonthlyTable of(RunRecord record) {
        List<int[]> months = new ArrayList<>();
        int first = 0;
        for (int day = 1; day <= record.days(); day++) {
            if (day == record.days() || !YearMonth.from(record.date(day)).equals(YearMonth.from(record.date(first)))) {
                months.add(new int[] {first, day});
                first = day;
            }
        }
        List<RunRecord.Series> series = record.series();
        List<LocalDate> dates = new ArrayList<>();
        double[][] values = new double[months.size()][series.size()];
        for (int m = 0; m < months.size(); m++) {
            int from = months.get(m)[0];
            int last = months.get(m)[1] - 1;
            dates.add(record.date(last));
            for (int s = 0; s < series.size(); s++) {
                RunRecord.Series one = series.get(s);
                values[m][s] = one.measure().flow() ? flowTotal(record, one, from, last) : record.value(one, last);
            }
        }
        return new MonthlyTable(dates, series, values);
    }

    /** The month's total, NaN when no day of it has a value. */
    private static double flowTotal(RunRecord record, RunRecord.Series one, int from, int last) {
        double total = 0;
        boolean any = false;
        for (int d = from; d <= last; d++) {
            double v = record.value(one, d);
            if (!Double.isNaN(v)) {
                total += v;
                any = true;
            }
        }
        return any ? total : Double.NaN;
    }

    /** The last simulated day of each month, in order. */
    public List<LocalDate> dates() {
        return dates;
    }

    public List<RunRecord.Series> series() {
        return series;
    }

    public double value(int month, int series) {
        return values[month][series];
    }

    /** True when another table has the same months and series, so that the two can be averaged row by row. */
    public boolean sameShape(MonthlyTable other) {
        return dates.equals(other.dates) && series.equals(other.series);
    }
}
