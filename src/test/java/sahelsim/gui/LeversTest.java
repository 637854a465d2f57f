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
        ReplayScenario.write(GuiTestScenarios.SHORT, replay, scenario, run.seed(), pulled);
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
        LeverState.Force minusma = before.forces().stream().filter(f -> f.factionId().equals("minusma"))
                .findFirst().orElseThrow();
        assertTrue(minusma.present());
        assertFalse(minusma.pending());
        assertTrue(before.wagner().present());
        assertEquals(0.45, before.legitimacy(), 1e-9);

        run.levers().withdraw("minusma");
        run.levers().setLegitimacy(0.3);
        LeverState pulled = run.levers().state();
        assertTrue(pulled.forces().stream().anyMatch(f -> f.factionId().equals("minusma") && f.pending()));
        assertEquals(0.3, pulled.legitimacy(), 1e-9, "a pending value shows on the slider");

        step(run, 1);
        LeverState after = run.levers().state();
        assertTrue(after.forces().stream().anyMatch(f -> f.factionId().equals("minusma") && !f.present()
                && !f.pending()), "MINUSMA left on the next day");
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
        LeverPanel panel = new LeverPanel(lever -> { });
        panel.show(run.levers().state());
        assertEquals("Wagner leaves now", panel.wagnerButton().getText());
        assertEquals("no reinforcements follow", panel.wagnerAfterLeaving().getText());

        Scenario marked = ScenarioLoader.shipped().load(EXITS,
                List.of(ScenarioLoader.Setting.parse("timeline.wagner-returns.evenIfAbsent=true")));
        ClassroomRun markedRun = new ClassroomRun(2, marked, GuiTestScenarios.grid(marked), SEED);
        markedRun.model().start();
        panel.show(markedRun.levers().state());
        assertEquals("only 500 on 1 Mar 2022 still come", panel.wagnerAfterLeaving().getText());

        Scenario unmarked = GuiTestScenarios.load(EXITS);
        ClassroomRun unmarkedRun = new ClassroomRun(3, unmarked, GuiTestScenarios.grid(unmarked), SEED);
        unmarkedRun.model().start();
        panel.show(unmarkedRun.levers().state());
        assertEquals("no reinforcements follow", panel.wagnerAfterLeaving().getText(),
                "the reinforcement of 1 March would be cancelled by a departure");
        unmarkedRun.levers().wagnerLeaves();
        step(unmarkedRun, 60);
        panel.show(unmarkedRun.levers().state());
        assertEquals("Wagner arrives now", panel.wagnerButton().getText());
        assertEquals(0, unmarkedRun.model().troops(unmarkedRun.model().wagnerFaction()), "and none came");
    }

    private static void step(ClassroomRun run, int days) {
        for (int d = 0; d < days; d++) {
            run.model().schedule.step(run.model());
        }
    }
}
