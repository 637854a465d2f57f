package sahelsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sahelsim.scenario.CoalitionLevel;
import sahelsim.scenario.Scenario;

/**
 * Every scenario with rebels and jihadists gets the coalition lever: one without their coalition gets it
 * declared inactive, which changes nothing in a run, and a lever pulled on it replays headless.
 */
class LeverCoalitionTest {

    private static final Path WITHOUT = Path.of("src/test/resources/scenarios/classroom-no-coalition-test.yaml");
    private static final long SEED = 5;

    @Test
    void aScenarioWithoutTheCoalitionGetsItDeclaredInactiveAndRunsTheSame() {
        Scenario without = GuiTestScenarios.load(WITHOUT);
        assertTrue(without.coalitions().isEmpty());
        Scenario withLever = LeverCoalition.withLever(without);
        assertEquals(1, withLever.coalitions().size());
        assertEquals(List.of("csp", "jnim"), withLever.coalitions().get(0).members());
        assertEquals(CoalitionLevel.NONE, withLever.coalitions().get(0).level());
        // The same run: the record only gains the coalition's level, zero (none) throughout.
        String declared = GuiTestScenarios.headless(withLever, SEED, 30);
        String level = declared.lines().filter(l -> l.startsWith("coalition_level/csp-jnim ")).findFirst()
                .orElseThrow();
        assertEquals((" " + Float.floatToIntBits(0f)).repeat(30), level.substring("coalition_level/csp-jnim".length()));
        assertEquals(GuiTestScenarios.headless(without, SEED, 30), declared.replace(level + "\n", ""),
                "declaring the coalition changed the run");
    }

    @Test
    void aScenarioThatHasItAlreadyIsLeftAsItIs() {
        Scenario with = GuiTestScenarios.load(GuiTestScenarios.SHORT);
        assertSame(with, LeverCoalition.withLever(with));
    }

    @Test
    void theCoalitionFormedByALeverReplaysHeadless(@TempDir Path dir) throws Exception {
        Scenario without = GuiTestScenarios.load(WITHOUT);
        Scenario withLever = LeverCoalition.withLever(without);
        ClassroomRun run = new ClassroomRun(1, withLever, GuiTestScenarios.grid(withLever), SEED);
        run.model().start();
        LeverState.Button lever = run.levers().state().button(LeverState.Target.COALITION, "csp-jnim");
        assertEquals("CSP + JNIM: apart", lever.name() + ": " + lever.status());
        for (int d = 0; d < 5; d++) {
            run.model().schedule.step(run.model());
        }
        run.levers().formCoalition("csp-jnim");
        for (int d = 0; d < 25; d++) {
            run.model().schedule.step(run.model());
        }
        assertTrue(run.levers().state().button(LeverState.Target.COALITION, "csp-jnim").on());
        Path replay = dir.resolve("replay.yaml");
        ReplayScenario.write(WITHOUT, replay, withLever, SEED, run.levers().pulled(),
                LeverCoalition.declaration(without));
        assertTrue(Files.readString(replay).contains("level: none"), Files.readString(replay));
        assertEquals(RunDigest.of(run.record(), run.observer().log(), 30),
                GuiTestScenarios.headless(GuiTestScenarios.load(replay), SEED, 30));
    }
}
