package sahelsim.runfolder;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import sahelsim.stats.ReplicateStats;

/**
 * The monthly measures of a set of replicates summarised over replicates (monthly-summary.csv): per measure,
 * faction and month the number of replicates with a value, the mean, the standard deviation and the 95%
 * confidence interval of the mean. Read from the file, or computed from the replicates' monthly.csv when a
 * set has none.
 */
public final class SummaryTable {

    /** The summary of one measure in one month: NaN where it is undefined (fewer than two values for sd). */

    static final List<String> COLUMNS = List.of("date", "measure", "faction", "n", "mean", "sd", "ci95_low",
            "ci95_high");

    private final Map<MeasureTable.Key, NavigableMap<LocalDate, ReplicateStats>> series;

    private SummaryTable(Map<MeasureTable.Key, NavigableMap<LocalDate, ReplicateStats>> series) {
        this.series = series;
    }

    public static SummaryTable read(Path file) {
        Map<MeasureTable.Key, NavigableMap<LocalDate, ReplicateStats>> series = new LinkedHashMap<>();
        try (CsvInput in = CsvInput.open(file, COLUMNS)) {
            while (in.next()) {
                LocalDate date = in.date("date");
                MeasureTable.Key key = new MeasureTable.Key(in.text("measure"), in.text("faction"));
                long n = in.whole("n");
                if (n < 0) {
                    throw in.error("n", "a count of replicates (0 or more)", in.text("n"));
                }
                ReplicateStats e = new ReplicateStats((int) n, in.numberOrNaN("mean"), in.numberOrNaN("sd"),
                        in.numberOrNaN("ci95_low"), in.numberOrNaN("ci95_high"));
                series.computeIfAbsent(key, k -> new TreeMap<>()).put(date, e);
            }
        }
        if (series.isEmpty()) {
            throw new RunFolderError(file, 2, "expected rows of measures after the header, found none");
        }
        return new SummaryTable(series);
    }

    /**
     * Summarises the same measures over replicates: mean, sample standard deviation and the bootstrap 95%
     * interval of the mean ({@link ReplicateStats}), as monthly-summary.csv defines them.
     */
    public static SummaryTable of(List<MeasureTable> replicates) {
        Map<MeasureTable.Key, NavigableMap<LocalDate, ReplicateStats>> series = new LinkedHashMap<>();
        for (MeasureTable.Key key : replicates.get(0).keys()) {
            NavigableMap<LocalDate, ReplicateStats> byDate = new TreeMap<>();
            for (LocalDate date : replicates.get(0).series(key.measure(), key.faction()).keySet()) {
                double[] values = new double[replicates.size()];
                int n = 0;
                for (MeasureTable r : replicates) {
                    Double v = r.series(key.measure(), key.faction()).get(date);
                    if (v != null && !Double.isNaN(v)) {
                        values[n++] = v;
                    }
                }
                byDate.put(date, ReplicateStats.of(java.util.Arrays.copyOf(values, n)));
            }
            series.put(key, byDate);
        }
        return new SummaryTable(series);
    }

    public boolean has(String measure, String faction) {
        return series.containsKey(new MeasureTable.Key(measure, faction));
    }

    public NavigableMap<LocalDate, ReplicateStats> series(String measure, String faction) {
        NavigableMap<LocalDate, ReplicateStats> s = series.get(new MeasureTable.Key(measure, faction));
        return s == null ? Collections.emptyNavigableMap() : Collections.unmodifiableNavigableMap(s);
    }

    /** The faction column values a measure has, in file order. */
    public List<String> factions(String measure) {
        List<String> out = new ArrayList<>();
        for (MeasureTable.Key k : series.keySet()) {
            if (k.measure().equals(measure)) {
                out.add(k.faction());
            }
        }
        return out;
    }
}
