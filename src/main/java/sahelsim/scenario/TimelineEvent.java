package sahelsim.scenario;

import java.time.LocalDate;
import java.util.List;

/**
 * A dated event of the scenario's timeline; which fields are set depends on the action. {@code evenIfAbsent}
 * marks a reinforcement that comes even when its faction is not on the map on its date (gone, or not yet come).
 */
public record TimelineEvent(String id, LocalDate date, TimelineAction action, String force, String faction,
                            int troops, String town, String key, Double value, List<String> between,
                            String coalition, CoalitionLevel level, boolean evenIfAbsent) {

    public TimelineEvent {
        between = List.copyOf(between);
    }
}
