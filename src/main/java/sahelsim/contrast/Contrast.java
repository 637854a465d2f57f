package sahelsim.contrast;

import java.util.ArrayList;
import java.util.List;
import sahelsim.io.ReplicateStats;

/**
 * Several scenarios' outcomes side by side: for each outcome and scenario, the mean over replicates with its
 * 95% interval, and the difference of that mean from the reference scenario's with its own 95% interval. The
 * scenarios' replicates are independent samples (each scenario's runs are not paired with the reference's), so
 * the difference's interval comes from the two sets together.
 */
public final class Contrast {

    /**
     * One scenario's figures for one outcome; {@code difference} is null for the reference itself and for a
     * scenario over another calendar, whose outcomes speak of another period.
     */
    public record Row(String outcome, ScenarioSample scenario, ReplicateStats stats, boolean reference,
                      Difference difference) {

        /** Whether the difference's interval leaves out zero: the two scenarios differ at the 95% level. */
        public boolean differs() {
            return difference != null && difference.low() * difference.high() > 0;
        }
    }

    /** A difference of two means with its 95% interval. */
    public record Difference(double value, double low, double high) {

        static Difference of(double[] a, double[] b) {
            ReplicateStats sa = ReplicateStats.of(a);
            ReplicateStats sb = ReplicateStats.of(b);
            double half = Math.hypot(sa.halfWidth(), sb.halfWidth());
            double d = sa.mean() - sb.mean();
            return new Difference(d, d - half, d + half);
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
                    comparable ? Difference.of(v, base) : null));
        }
        return rows;
    }
}
