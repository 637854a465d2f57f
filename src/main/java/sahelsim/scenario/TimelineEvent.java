package sahelsim.scenario;

import java.time.LocalDate;
import java.util.List;

/**
 * A dated event of the scenario's timeline; which fields are set depends on the action. {@code evenIfAbsent}
 * marks a reinforcement that comes even when its faction is not on the map on its date (gone, or not yet come);
 * {@code exogenous} marks an event that applies under either forcing (see {@link #decision()}).
 */
public record TimelineEvent(String id, LocalDate date, TimelineAction action, String force, String faction,
                            int troops, String town, String key, Double value, List<String> between,
                            String coalition, CoalitionLevel level, boolean evenIfAbsent,
                            boolean exogenous) {

    public TimelineEvent {
        between = List.copyOf(between);
    }

    /**
     * Whether the event is one of history's decisions (an objective, a truce or hostility changed, a coalition
     * formed or broken), which applies only under {@code forcing: historical}; withdrawals, reinforcements, the
     * contractors' comings and goings and live parameters are the scenario's inputs, as is any event marked
     * {@code exogenous}.
     */
    public boolean decision() {
        return !exogenous && switch (action) {
            case OBJECTIVE, HOSTILITY, TRUCE, BREAK_TRUCE, FORM_COALITION, BREAK_COALITION -> true;
            default -> false;
        };
    }
}
