package sahelsim.sweep;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sahelsim.scenario.ConfigNode;

/**
 * One run of a sweep: a replicate of a design point.
 *
 * @param id        point x replications + replicate, from 0
 * @param point     the design point's index
 * @param replicate from 0 to replications - 1
 * @param seed      {@code Seeds.derive(sweep seed, point, replicate)}
 * @param choices   the value of every parameter, in file order
 */
public record SweepRun(long id, int point, int replicate, long seed, List<Choice> choices) {

    public SweepRun {
        choices = List.copyOf(choices);
    }

    /** The scenario values this run sets, by key path, to derive its scenario from the base. */
    public Map<String, ConfigNode> settings() {
        Map<String, ConfigNode> settings = new LinkedHashMap<>();
        choices.forEach(c -> settings.putAll(c.settings()));
        return settings;
    }
}
