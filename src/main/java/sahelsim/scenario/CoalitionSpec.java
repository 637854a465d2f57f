package sahelsim.scenario;

import java.time.LocalDate;
import java.util.List;

/**
 * An alliance of armed groups.
 *
 * @param triggerDate   forms on this date, or null
 * @param triggerRegion forms when the last foreign contingent in this region leaves, or null
 * @param until         breaks on this date, or null
 */
public record CoalitionSpec(String id, List<String> members, CoalitionLevel level, LocalDate triggerDate,
                            String triggerRegion, LocalDate until) {

    public CoalitionSpec {
        members = List.copyOf(members);
    }
}
