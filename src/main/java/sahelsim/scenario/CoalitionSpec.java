package sahelsim.scenario;

import java.time.LocalDate;
import java.util.List;

/**
 * An alliance of armed groups that may form: at most at {@code level}. Under {@code forcing: historical} it forms
 * on its trigger; under {@code forcing: none} its members' strategy proposes, accepts and dissolves it, unless it is
 * {@code imposed}, when the trigger applies under either forcing and the members cannot leave it (a
 * counterfactual's lever).
 *
 * @param triggerDate   forms on this date, or null
 * @param triggerRegion forms when the last foreign contingent in this region leaves, or null
 * @param until         breaks on this date, or null
 */
public record CoalitionSpec(String id, List<String> members, CoalitionLevel level, LocalDate triggerDate,
                            String triggerRegion, LocalDate until, boolean imposed) {

    public CoalitionSpec {
        members = List.copyOf(members);
    }
}
