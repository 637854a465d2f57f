package sahelsim.hindcast.acled;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * The runs' counts against ACLED's, series by series: for each count (events, fatalities) and breakdown (the whole
 * period, each month, each region, each event type), the runs' median and the band the middle 90% of them fall in
 * (5th to 95th percentile, as the hindcast's other charts draw it), ACLED's count, whether it lies in the band,
 * and how far the median is from it.
 */
public final class AcledComparison {

    /** Percentiles of the band. */
    static final double LOW = 5;
    static final double HIGH = 95;

    /**
     * One series' value.
     *
     * @param key   the month (2022-03), region id, event type, or the period's first/last day
     * @param label how a reader names it (the region's name)
     */
    public record Row(Count count, Breakdown by, String key, String label, long acled, double median, double low,
                      double high) {

        public boolean inside() {
            return acled >= low && acled <= high;
        }

        /** The runs' median over ACLED's count; NaN when ACLED counts none. */
        public double ratio() {
            return acled == 0 ? Double.NaN : median / acled;
        }

        /**
         * ln((median + 1) / (ACLED + 1)): positive when the runs count more, 0 when they agree; the one added to
         * each side keeps months and regions with no event comparable.
         */
        public double logError() {
            return Math.log((median + 1) / (acled + 1));
        }
    }

    /**
     * A series as a whole: how many of its values lie in the runs' band, and the median of its absolute log errors
     * (exp of it is the factor by which the runs typically miss ACLED).
     */
    public record Summary(Count count, Breakdown by, int inside, int values, double medianAbsLogError) {

        public double errorFactor() {
            return Math.exp(medianAbsLogError);
        }
    }

    private AcledComparison() {
    }

    /** Every row: for events then fatalities, the period's total, each month, each region, each event type. */
    public static List<Row> compare(EventTally acled, List<EventTally> runs, List<String> regionIds,
                                    List<String> regionNames) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("a comparison with no runs");
        }
        List<Row> rows = new ArrayList<>();
        String period = acled.period().start() + "/" + acled.period().end();
        for (Count count : Count.values()) {
            rows.addAll(series(count, Breakdown.PERIOD, List.of(period), List.of("whole period"),
                    t -> new long[] {t.total(count)}, acled, runs));
            List<String> months = acled.period().months().stream().map(Object::toString).toList();
            rows.addAll(series(count, Breakdown.MONTH, months, months, t -> t.byMonth(count), acled, runs));
            rows.addAll(series(count, Breakdown.REGION, regionIds, regionNames, t -> t.byRegion(count), acled, runs));
            rows.addAll(series(count, Breakdown.EVENT_TYPE, EventTally.EVENT_TYPES, EventTally.EVENT_TYPES,
                    t -> t.byType(count), acled, runs));
        }
        return rows;
    }

    private static List<Row> series(Count count, Breakdown by, List<String> keys, List<String> labels,
                                    Function<EventTally, long[]> values, EventTally acled, List<EventTally> runs) {
        long[] observed = values.apply(acled);
        List<long[]> simulated = runs.stream().map(values).toList();
        List<Row> rows = new ArrayList<>();
        Percentile percentile = new Percentile();
        double[] v = new double[runs.size()];
        for (int i = 0; i < keys.size(); i++) {
            for (int r = 0; r < v.length; r++) {
                v[r] = simulated.get(r)[i];
            }
            double[] sorted = v.clone();
            Arrays.sort(sorted);
            percentile.setData(sorted);
            rows.add(new Row(count, by, keys.get(i), labels.get(i), observed[i], percentile.evaluate(50),
                    percentile.evaluate(LOW), percentile.evaluate(HIGH)));
        }
        return rows;
    }

    /** One summary per count and breakdown, in the rows' order. */
    public static List<Summary> summaries(List<Row> rows) {
        List<Summary> out = new ArrayList<>();
        for (Count count : Count.values()) {
            for (Breakdown by : Breakdown.values()) {
                List<Row> series = rows.stream().filter(r -> r.count() == count && r.by() == by).toList();
                if (series.isEmpty()) {
                    continue;
                }
                double[] errors = series.stream().mapToDouble(r -> Math.abs(r.logError())).sorted().toArray();
                int n = errors.length;
                double median = n % 2 == 1 ? errors[n / 2] : (errors[n / 2 - 1] + errors[n / 2]) / 2;
                out.add(new Summary(count, by, (int) series.stream().filter(Row::inside).count(), n, median));
            }
        }
        return out;
    }
}
