package sahelsim.contrast;

import java.util.ArrayList;
import java.util.List;
import sahelsim.stats.BootstrapMeans;
import sahelsim.stats.ReplicateStats;

/**
 * Several scenarios' outcomes side by side: for each outcome and scenario, the mean over replicates with its
 * 95% interval, and the difference of that mean from the reference scenario's with its own 95% interval. The
 * scenarios' replicates are independent samples (each scenario's runs are not paired with the reference's), so
 * the difference's interval resamples the two sets independently ({@link BootstrapMeans#difference}).
 */
public final class Contrast {

    /**
     * One scenario's figures for one outcome; {@code difference} is null for the reference itself and for a
     * scenario over another calendar, whose outcomes speak of another period.
     */
    public record Row(String outcome, ScenarioSample scenario, ReplicateStats stats, boolean reference,
                      BootstrapMeans.Estimate difference) {

        /** Whether the difference's interval leaves out zero: the two scenarios differ at the 95% level. */
        public boolean differs() {
            return difference != null && difference.low() * difference.high() > 0;
        }
    }

    private final List<String> outcomes;
    private final List<ScenarioSample> scenarios;
    private final int referenceIndex;

    /**
     * @param outcomes  outcome names, in the order to show them
     * @param scenarios the scenarios' samples, in the order to show them
     * @param reference index of the reference scenario among them
     */
    public Contrast(List<String> outcomes, List<ScenarioSample> scenarios, int reference) {
        if (reference < 0 || reference >= scenarios.size()) {
            throw new IllegalArgumentException("no scenario " + reference + " among " + scenarios.size());
        }
        this.outcomes = List.copyOf(outcomes);
        this.scenarios = List.copyOf(scenarios);
        this.referenceIndex = reference;
    }

    public List<String> outcomes() {
        return outcomes;
    }

    public List<ScenarioSample> scenarios() {
        return scenarios;
    }

    public ScenarioSample reference() {
        return scenarios.get(referenceIndex);
    }

    /** The rows of one outcome, one per scenario in order. */
    public List<Row> rows(String outcome) {
        double[] base = reference().values(outcome);
        List<Row> rows = new ArrayList<>();
        for (int k = 0; k < scenarios.size(); k++) {
            ScenarioSample s = scenarios.get(k);
            double[] v = s.values(outcome);
            boolean comparable = k != referenceIndex && s.sameCalendar(reference());
            rows.add(new Row(outcome, s, ReplicateStats.of(v), k == referenceIndex,
                    comparable ? BootstrapMeans.difference(v, base) : null));
        }
        return rows;
    }
}
