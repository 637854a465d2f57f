package sahelsim.scenario;

import java.time.LocalDate;
import java.util.List;

/**
 * Russian contractors beside the state.
 *
 * @param arrival null: never arrives
 * @param exit    null: stays
 */
public record WagnerSpec(String faction, LocalDate arrival, int strength, double abuse, LocalDate exit,
                         List<String> bases, double garrisonShare) {

    public WagnerSpec {
        bases = List.copyOf(bases);
    }
}
