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
import java.util.TreeSet;

/**
 * daily.csv or monthly.csv of a run, read back: for each measure and faction column, its value by date (NaN
 * where the file leaves the value empty, as for the insurgent front with no insurgent-held cell). Keys keep the
 * file's order, which is the scenario's faction order.
 */
public final class MeasureTable {

    /** A series: a measure and its faction column ("" for a total). */
    public record Key(String measure, String faction) {
    }

    static final List<String> COLUMNS = List.of("date", "measure", "faction", "value");

    private final Path file;
    private final Map<Key, NavigableMap<LocalDate, Double>> series;
    private final List<LocalDate> dates;

    MeasureTable(Path file, Map<Key, NavigableMap<LocalDate, Double>> series) {
        this.file = file;
        this.series = series;
        TreeSet<LocalDate> all = new TreeSet<>();
        series.values().forEach(s -> all.addAll(s.keySet()));
        this.dates = List.copyOf(all);
    }

    public static MeasureTable read(Path file) {
        Map<Key, NavigableMap<LocalDate, Double>> series = new LinkedHashMap<>();
        try (CsvInput in = CsvInput.open(file, COLUMNS)) {
            while (in.next()) {
                LocalDate date = in.date("date");
                String measure = in.text("measure");
                if (measure.isEmpty()) {
                    throw in.error("measure", "a measure name", measure);
                }
                Key key = new Key(measure, in.text("faction"));
                double value = in.numberOrNaN("value");
                if (series.computeIfAbsent(key, k -> new TreeMap<>()).put(date, value) != null) {
                    throw in.error("a second row for " + measure + (key.faction().isEmpty() ? "" : "/" + key.faction())
                            + " on " + date + "; expected one row per date, measure and faction");
                }
            }
        }
        if (series.isEmpty()) {
            throw new RunFolderError(file, 2, "expected rows of measures after the header, found none");
        }
        return new MeasureTable(file, series);
    }

    public Path file() {
        return file;
    }

    /** Every date in the file, in order. */
    public List<LocalDate> dates() {
        return dates;
    }

    public boolean has(String measure, String faction) {
        return series.containsKey(new Key(measure, faction));
    }

    /** A series by date; empty when the file has no such series. */
    public NavigableMap<LocalDate, Double> series(String measure, String faction) {
        NavigableMap<LocalDate, Double> s = series.get(new Key(measure, faction));
        return s == null ? Collections.emptyNavigableMap() : Collections.unmodifiableNavigableMap(s);
    }

    /** The faction column values a measure has, in file order. */
    public List<String> factions(String measure) {
        List<String> out = new ArrayList<>();
        for (Key k : series.keySet()) {
            if (k.measure().equals(measure)) {
                out.add(k.faction());
            }
        }
        return out;
    }

    /** Every series key, in file order. */
    public List<Key> keys() {
        return List.copyOf(series.keySet());
    }

    /** The series a measure must have, or an error naming the file. */
    public NavigableMap<LocalDate, Double> require(String measure, String faction) {
        if (!has(measure, faction)) {
            throw new RunFolderError(file, "expected rows of " + measure
                    + (faction.isEmpty() ? " (total)" : " for " + faction) + ", found none");
        }
        return series(measure, faction);
    }
}
