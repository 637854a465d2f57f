package sahelsim.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import sahelsim.observe.Simulation;

/** A faction that makes a town its objective takes it far more often than one that does not. */
class ObjectiveTest {

    private static final int SEEDS = 12;

    @Test
    void theStateTakesKidalWhenItMakesKidalItsObjective() {
        long with = takenByTheState(ScenarioRuns.run("src/test/resources/scenarios/kidal-offensive.yaml", SEEDS));
        long without = takenByTheState(ScenarioRuns.run("src/test/resources/scenarios/kidal-no-offensive.yaml",
                SEEDS));
        assertTrue(with >= SEEDS / 2 + 1, "Kidal taken in only " + with + " of " + SEEDS + " runs with the offensive");
        assertTrue(with - without >= 3, "Kidal taken in " + with + " runs with the offensive and " + without
                + " without it");
    }

    private static long takenByTheState(List<Simulation.Result> runs) {
        return runs.stream().map(r -> r.finalState().holderOn("kidal", r.scenario().end()))
                .filter(h -> h.equals("fama") || h.equals("wagner")).count();
    }
}
