package sahelsim.calibrate.target;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import sahelsim.hindcast.DateSpan;
import sahelsim.observe.Simulation;

/** A checked targets file: its targets in file order, each measurable in the scenario it was checked against. */
public record TargetSet(Path file, String name, String description, List<Target> targets, String text) {

    public TargetSet {
        targets = List.copyOf(targets);
    }

    /** The periods the targets belong to, in the order they first appear. */
    public Set<String> periods() {
        Set<String> periods = new LinkedHashSet<>();
        targets.forEach(t -> periods.add(t.period()));
        return periods;
    }

    /** A run read as one number per target, in the order of {@code targets}. */
    public static double[] readings(List<Target> targets, Simulation.Result run) {
        double[] values = new double[targets.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = targets.get(i).measurement().of(run);
        }
        return values;
    }

    /**
     * The first and last dates the targets of a period read, or null when it has none: the span a fact's dates are
     * held against to say whether the period's fit saw them.
     */
    public DateSpan dates(String period) {
        DateSpan all = null;
        for (Target t : of(period)) {
            DateSpan read = new DateSpan(t.measurement().first(), t.measurement().last());
            all = all == null ? read : all.join(read);
        }
        return all;
    }

    /** The targets of one period, in file order. */
    public List<Target> of(String period) {
        return targets.stream().filter(t -> t.period().equals(period)).toList();
    }
}
