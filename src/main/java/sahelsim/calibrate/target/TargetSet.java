package sahelsim.calibrate.target;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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

    /** The targets of one period, in file order. */
    public List<Target> of(String period) {
        return targets.stream().filter(t -> t.period().equals(period)).toList();
    }
}
