package sahelsim.scenario;

import java.time.LocalDate;
import java.util.List;

/**
 * A dated event of the scenario's timeline; which fields are set depends on the action. {@code afterExit}
 * marks a reinforcement that comes even when its faction has left the map before its date.
 */
public record TimelineEvent(String id, LocalDate date, TimelineAction action, String force, String faction,
                            int troops, String town, String key, Double value, List<String> between,
                            String coalition, CoalitionLevel level, boolean afterExit) {

    public TimelineEvent {
        between = List.copyOf(between);
    }
}
