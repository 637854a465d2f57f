package sahelsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sahelsim.load.ScenarioLoader;
import sahelsim.scenario.Scenario;
import sahelsim.scenario.TimelineAction;
import sahelsim.scenario.TimelineEvent;

/** Levers become dated timeline events, and the scenario written from them replays the run exactly. */
class LeversTest {

    private static final long SEED = 7;
    private static final int DAYS = 50;
    private static final Path EXITS = Path.of("src/test/resources/scenarios/exits.yaml");

    @Test
    void aRunWithLeversIsReplayedExactlyByItsReplayScenario(@TempDir Path dir) throws Exception {
        Scenario scenario = GuiTestScenarios.load(GuiTestScenarios.SHORT);
        ClassroomRun run = new ClassroomRun(1, scenario, GuiTestScenarios.grid(scenario), SEED);
        run.model().start();
        step(run, 8);
        run.levers().withdraw("minusma");
        run.levers().setLegitimacy(0.2);
        step(run, 12);
        run.levers().wagnerLeaves();
        run.levers().formCoalition("csp-jnim");
        step(run, 10);
        run.levers().setWagnerAbuse(0.9);
        run.levers().wagnerArrives();
        step(run, DAYS - 30);

        List<TimelineEvent> pulled = run.levers().pulled();
        assertEquals(6, pulled.size());
        assertEquals(LocalDate.of(2022, 1, 9), pulled.get(0).date(), "a lever takes effect on the next day");
        assertEquals(TimelineAction.WITHDRAW, pulled.get(0).action());

        Path replay = dir.resolve("replay.yaml");
        ReplayScenario.write(GuiTestScenarios.SHORT, replay, scenario, run.seed(), pulled, Optional.empty());
        String text = Files.readString(replay);
        assertTrue(text.contains("extends: "), text);
        assertTrue(text.contains("--seed 7"), text);
        Scenario replayed = GuiTestScenarios.load(replay);
        assertEquals(scenario.timeline().size() + 6, replayed.timeline().size());

        String live = RunDigest.of(run.record(), run.observer().log(), DAYS);
        assertEquals(live, GuiTestScenarios.headless(replayed, SEED, DAYS), "the replay differs from the live run");
        assertNotEquals(live, GuiTestScenarios.headless(scenario, SEED, DAYS), "the levers changed nothing");
    }

    @Test
    void theLeverStateFollowsThePullsAndTheModel() {
        Scenario scenario = GuiTestScenarios.load(GuiTestScenarios.SHORT);
        ClassroomRun run = new ClassroomRun(1, scenario, GuiTestScenarios.grid(scenario), SEED);
        run.model().start();
        step(run, 3);
        LeverState before = run.levers().state();
        LeverState.Button minusma = before.button(LeverState.Target.FORCE, "minusma");
        assertTrue(minusma.on());
        assertFalse(minusma.pending());
        assertTrue(before.button(LeverState.Target.WAGNER, "wagner").on());
        assertEquals(0.45, before.legitimacy(), 1e-9);

        run.levers().withdraw("minusma");
        run.levers().setLegitimacy(0.3);
        LeverState pulled = run.levers().state();
        assertTrue(pulled.button(LeverState.Target.FORCE, "minusma").pending());
        assertEquals(0.3, pulled.legitimacy(), 1e-9, "a pending value shows on the slider");

        step(run, 1);
        LeverState.Button after = run.levers().state().button(LeverState.Target.FORCE, "minusma");
        assertTrue(!after.on() && !after.pending() && !after.enabled(), "MINUSMA left on the next day");
        assertEquals("gone", after.status());
        assertEquals(0.3, run.model().legitimacyBaseline(), 1e-9);
    }

    @Test
    void noLeverAfterTheRunIsOverAndNoValueOutsideZeroToOne() {
        Scenario scenario = GuiTestScenarios.load(GuiTestScenarios.SHORT);
        ClassroomRun run = new ClassroomRun(1, scenario, GuiTestScenarios.grid(scenario), SEED);
        run.model().start();
        assertThrows(IllegalArgumentException.class, () -> run.levers().setLegitimacy(1.5));
        while (run.model().schedule.step(run.model())) {
            // to the end
        }
        assertTrue(run.over());
        assertThrows(IllegalStateException.class, () -> run.levers().wagnerLeaves());
        assertFalse(run.levers().state().open());
    }

    @Test
    void theWagnerLeverSaysWhichReinforcementsStillComeAfterADeparture() {
        Scenario none = GuiTestScenarios.load(GuiTestScenarios.SHORT);
        ClassroomRun run = new ClassroomRun(1, none, GuiTestScenarios.grid(none), SEED);
        run.model().start();
        assertEquals("Leave now", wagner(run).action());
        assertEquals("Wagner leaves on 1 Jan 2022; no reinforcements follow.", wagner(run).explanation());

        Scenario marked = ScenarioLoader.shipped().load(EXITS,
                List.of(ScenarioLoader.Setting.parse("timeline.wagner-returns.evenIfAbsent=true")));
        ClassroomRun markedRun = new ClassroomRun(2, marked, GuiTestScenarios.grid(marked), SEED);
        markedRun.model().start();
        assertTrue(wagner(markedRun).explanation().endsWith("; only 500 on 1 Mar 2022 still come."),
                wagner(markedRun).explanation());

        Scenario unmarked = GuiTestScenarios.load(EXITS);
        ClassroomRun unmarkedRun = new ClassroomRun(3, unmarked, GuiTestScenarios.grid(unmarked), SEED);
        unmarkedRun.model().start();
        assertTrue(wagner(unmarkedRun).explanation().endsWith("; no reinforcements follow."),
                "the reinforcement of 1 March would be cancelled by a departure");
        unmarkedRun.levers().wagnerLeaves();
        step(unmarkedRun, 60);
        assertEquals("Come now", wagner(unmarkedRun).action());
        assertEquals("not here", wagner(unmarkedRun).status());
        assertEquals(0, unmarkedRun.model().troops(unmarkedRun.model().wagnerFaction()), "and none came");
    }

    private static LeverState.Button wagner(ClassroomRun run) {
        return run.levers().state().button(LeverState.Target.WAGNER, "wagner");
    }

    private static void step(ClassroomRun run, int days) {
        for (int d = 0; d < days; d++) {
            run.model().schedule.step(run.model());
        }
    }
}
