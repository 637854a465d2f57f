package sahelsim.contrast;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcomes of one scenario's replicates: for each outcome name, its value in each replicate, in replicate
 * order.
 *
 * @param name        the scenario's name
 * @param file        the scenario file as given
 * @param description the scenario's description
 * @param start       the first day of its calendar
 * @param end         the last day of its calendar
 * @param seeds       each replicate's seed, in replicate order
 * @param values      outcome name to its values, one per replicate, in the order the outcomes were asked for
 */
public record ScenarioSample(String name, String file, String description, LocalDate start, LocalDate end,
                             List<Long> seeds,
                             Map<String, double[]> values) {

    public ScenarioSample {
        seeds = List.copyOf(seeds);
        values = new LinkedHashMap<>(values);
        for (Map.Entry<String, double[]> e : values.entrySet()) {
            if (e.getValue().length != seeds.size()) {
                throw new IllegalArgumentException(e.getKey() + " has " + e.getValue().length + " values for "
                        + seeds.size() + " replicates");
            }
        }
    }

    public double[] values(String outcome) {
        double[] v = values.get(outcome);
        if (v == null) {
            throw new IllegalArgumentException("no outcome " + outcome + " in " + name);
        }
        return v.clone();
    }

    /** Whether two scenarios run over the same days, so that their outcomes speak of the same period. */
    public boolean sameCalendar(ScenarioSample other) {
        return start.equals(other.start) && end.equals(other.end);
    }

    public int replicates() {
        return seeds.size();
    }
}
