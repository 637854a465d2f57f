package sahelsim.scenario;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A foreign contingent at a base.
 *
 * @param arrival    null: present from the start
 * @param withdrawal null: stays
 * @param handover   the faction that takes the post over, or null when the post is abandoned
 */
public record ForeignForceSpec(String id, String faction, String base, int troops, LocalDate arrival,
                               LocalDate withdrawal, String handover, double fortification) {

    /** How a file says that no one takes the post over. */
    private static final String NO_ONE = "none";

    public ForeignForceSpec {
        handover = NO_ONE.equals(handover) ? null : handover;
    }

    public Optional<LocalDate> withdrawalDate() {
        return Optional.ofNullable(withdrawal);
    }
}
