package sahelsim.observe;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the observer recorded in a run, day by day: one series per measure and key (faction, zone,
 * coalition, place, camp, country or total). CSV files, charts and the window all read this one record.
 */
public final class RunRecord {

    /** One recorded series: a measure for one key ("" for a total). */
    public record Series(Measure measure, String key) {
    }

    private final LocalDate start;
    private final List<Series> series = new ArrayList<>();
    private final Map<Series, Integer> index = new LinkedHashMap<>();
    private final List<float[]> values = new ArrayList<>();
    private final List<String> factions;
    private int days;

    /** A record with no place-keyed series (for layouts that read only totals and factions). */
    public RunRecord(LocalDate start, int capacity, List<String> factions, List<String> coalitions) {
        this(start, capacity, factions, coalitions, Destinations.NONE);
    }

    public RunRecord(LocalDate start, int capacity, List<String> factions, List<String> coalitions,
                     Destinations destinations) {
        this.start = start;
        this.factions = List.copyOf(factions);
        for (Measure m : Measure.values()) {
            for (String key : keys(m, factions, coalitions, destinations)) {
                Series s = new Series(m, key);
                index.put(s, series.size());
                series.add(s);
                float[] v = new float[capacity];
                java.util.Arrays.fill(v, Float.NaN);
                values.add(v);
            }
        }
    }

    private static List<String> keys(Measure m, List<String> factions, List<String> coalitions,
                                     Destinations destinations) {
        List<String> out = new ArrayList<>();
        switch (m.key()) {
            case FACTION -> out.addAll(factions);
            case FACTION_OR_NONE -> {
                out.addAll(factions);
                out.add("none");
            }
            case FACTION_AND_TOTAL -> {
                out.addAll(factions);
                out.add("");
            }
            case TOTAL -> out.add("");
            case ZONE -> {
                for (int z = 0; z <= 5; z++) {
                    out.add(Integer.toString(z));
                }
            }
            case COALITION -> out.addAll(coalitions);
            case PLACE -> out.addAll(destinations.inMali());
            case CAMP -> out.addAll(destinations.camps());
            case COUNTRY -> out.addAll(destinations.countries());
        }
        return out;
    }

    public LocalDate start() {
        return start;
    }

    /** Days recorded so far. */
    public int days() {
        return days;
    }

    public LocalDate date(int day) {
        return start.plusDays(day);
    }

    public List<Series> series() {
        return Collections.unmodifiableList(series);
    }

    public List<String> factions() {
        return factions;
    }

    public boolean has(Measure measure, String key) {
        return index.containsKey(new Series(measure, key));
    }

    /** Records a value; the observer fills the record, and so do tests and readers of saved runs. */
    public void set(Measure measure, String key, int day, double value) {
        Integer i = index.get(new Series(measure, key));
        if (i == null) {
            throw new IllegalArgumentException("no series " + measure.id() + "/" + key);
        }
        values.get(i)[day] = (float) value;
    }

    /** Marks a day as recorded. */
    public void endDay(int day) {
        days = Math.max(days, day + 1);
    }

    /** A value on a day (NaN when not defined, for example the Bamako front with no insurgent cell). */
    public double value(Measure measure, String key, int day) {
        Integer i = index.get(new Series(measure, key));
        if (i == null) {
            throw new IllegalArgumentException("no series " + measure.id() + "/" + key);
        }
        return values.get(i)[day];
    }

    public double value(Series s, int day) {
        return values.get(index.get(s))[day];
    }

    /** Sum of a flow over days [from, to). */
    public double sum(Measure measure, String key, int from, int to) {
        double total = 0;
        for (int d = from; d < Math.min(to, days); d++) {
            double v = value(measure, key, d);
            if (!Double.isNaN(v)) {
                total += v;
            }
        }
        return total;
    }

    /** Largest value of a level and the day it was reached (first on ties). */
    public int argMax(Measure measure, String key) {
        int best = 0;
        for (int d = 1; d < days; d++) {
            if (value(measure, key, d) > value(measure, key, best)) {
                best = d;
            }
        }
        return best;
    }

    /** The day index of a date, or -1 outside the run. */
    public int day(LocalDate date) {
        long d = java.time.temporal.ChronoUnit.DAYS.between(start, date);
        return d < 0 || d >= days ? -1 : (int) d;
    }
}
