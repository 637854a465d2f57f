package sahelsim.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import sahelsim.observe.RunFinalState;
import sahelsim.observe.Simulation;

/** A foreign base left empty is taken by an armed group within months, in most seeds. */
class VacatedBaseTest {

    @Test
    void anEmptyCampIsTakenByAnArmedGroupWithinSixMonths() {
        List<Simulation.Result> runs = ScenarioRuns.run("src/test/resources/scenarios/vacated-base.yaml", 10);
        Set<String> armedGroups = Set.of("csp", "jnim", "issp");
        long taken = runs.stream().filter(r -> takenBy(r, armedGroups)).count();
        assertTrue(taken >= 6, "Ber was taken by an armed group in only " + taken + " of 10 runs");
    }

    private static boolean takenBy(Simulation.Result r, Set<String> groups) {
        LocalDate left = LocalDate.of(2022, 3, 1);
        for (RunFinalState.TownSpan s : r.finalState().spans("ber")) {
            if (s.status() == RunFinalState.TownSpan.Status.HELD && groups.contains(s.faction())
                    && !s.from().isBefore(left) && !s.from().isAfter(left.plusMonths(6))) {
                return true;
            }
        }
        return false;
    }
}
