package sahelsim.model.mechanics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import sahelsim.load.ScenarioLoader;
import sahelsim.load.ShippedGeography;
import sahelsim.model.EventKind;
import sahelsim.model.ModelEvent;
import sahelsim.model.SahelModel;
import sahelsim.model.TownState;
import sahelsim.model.agents.ArmedUnit;
import sahelsim.model.agents.Mission;
import sahelsim.scenario.Scenario;
import sahelsim.scenario.TimelineAction;
import sahelsim.scenario.TimelineEvent;

/**
 * A faction gains recruits only while it is on the map, and contractors change strength only through their
 * scenario: no troops for a faction that never came or has left, and no reinforcement after an exit unless the
 * scenario says it still comes.
 */
class PresenceTest {

    private static final Path EXITS = Path.of("src/test/resources/scenarios/exits.yaml");
    private static final LocalDate EXIT = LocalDate.of(2022, 2, 1);
    private static final int SHORT_HORIZON_DAYS = 240;
    private static final LocalDate REINFORCEMENT = LocalDate.of(2022, 3, 1);

    private static SahelModel model(Path file, String... settings) {
        Scenario scenario = ScenarioLoader.shipped().load(file,
                Arrays.stream(settings).map(ScenarioLoader.Setting::parse).toList());
        return new SahelModel(scenario, ShippedGeography.grid(scenario.resolution()), 1);
    }

    private static boolean holdsATown(SahelModel model, int faction) {
        return model.towns().stream().map(TownState::holder).anyMatch(h -> h == faction);
    }

    @Test
    void withoutWagnerThereAreNoWagnerTroopsEventsOrTownsOnAnyDay() {
        SahelModel model = model(Path.of("scenarios/no-wagner.yaml"));
        List<ModelEvent> wagnerEvents = new ArrayList<>();
        model.setEventSink(e -> {
            int w = model.wagnerFaction();
            if (e.actor1() == w || e.actor2() == w) {
                wagnerEvents.add(e);
            }
        });
        model.start();
        int wagner = model.wagnerFaction();
        // Eight months: long enough for a daily trickle of recruits to fill a band of 150.
        for (int day = 0; day < SHORT_HORIZON_DAYS; day++) {
            model.schedule.step(model);
            assertEquals(0, model.troops(wagner), "Wagner troops on " + model.date());
            assertTrue(!holdsATown(model, wagner), "Wagner holds a town on " + model.date());
        }
        assertEquals(List.of(), wagnerEvents);
        assertEquals(0, model.faction(wagner).recruitsTotal(), 0.0);
    }

    @Test
    void contractorsWhoNeverCameGetNoReinforcements() {
        // The zero level of sweeps/withdrawal-wagner.yaml: the rotation of July 2022 reinforces nobody.
        SahelModel model = model(Path.of("scenarios/historical-2022.yaml"), "wagner.strength=0");
        model.start();
        int wagner = model.wagnerFaction();
        for (int day = 0; day < SHORT_HORIZON_DAYS; day++) {
            model.schedule.step(model);
            assertEquals(0, model.troops(wagner), "Wagner troops on " + model.date());
        }
        assertTrue(!model.world().wagnerPresent());
    }

    @Test
    void aFactionWithdrawnMidRunGetsNoRecruitsAndHasNoTroopsAfterwards() {
        SahelModel model = model(EXITS);
        model.start();
        int issp = model.factionIndex("issp");
        double recruitsAtExit = -1;
        while (model.schedule.step(model)) {
            if (model.date().isBefore(EXIT)) {
                continue;
            }
            if (recruitsAtExit < 0) {
                recruitsAtExit = model.faction(issp).recruitsTotal();
            }
            assertEquals(recruitsAtExit, model.faction(issp).recruitsTotal(), 0.0, "ISSP recruits on " + model.date());
            assertEquals(0, model.troops(issp), "ISSP troops on " + model.date());
            assertTrue(!holdsATown(model, issp), "ISSP holds a town on " + model.date());
        }
        assertTrue(recruitsAtExit > 0, "ISSP recruited before it was withdrawn");
    }

    @Test
    void aReinforcementAfterTheContractorsLeaveDoesNotComeUnlessMarked() {
        SahelModel unmarked = model(EXITS);
        List<String> afterExit = new ArrayList<>();
        List<ModelEvent> truces = new ArrayList<>();
        unmarked.setEventSink(e -> {
            if (e.kind() == EventKind.TRUCE_ENDS) {
                truces.add(e);
            }
            int w = unmarked.wagnerFaction();
            if ((e.actor1() == w || e.actor2() == w) && !unmarked.date().isBefore(EXIT)) {
                afterExit.add(unmarked.date() + " " + e.notes());
            }
        });
        unmarked.start();
        int wagner = unmarked.wagnerFaction();
        while (unmarked.schedule.step(unmarked)) {
            if (!unmarked.date().isBefore(EXIT)) {
                assertEquals(0, unmarked.troops(wagner), "Wagner troops on " + unmarked.date());
            }
        }
        assertEquals(List.of(EXIT + " Wagner / Africa Corps leaves"), afterExit, "nothing after their exit");
        assertEquals(1, truces.size(), "the army's truce with the CSP broke at Ber, not theirs: " + truces);
        assertEquals(-1, unmarked.objectives().town(wagner), "gone, they take up no objective");

        SahelModel marked = model(EXITS, "timeline.wagner-returns.evenIfAbsent=true");
        marked.start();
        while (marked.schedule.step(marked)) {
            LocalDate day = marked.date();
            if (!day.isBefore(EXIT) && day.isBefore(REINFORCEMENT)) {
                assertEquals(0, marked.troops(wagner), "Wagner troops on " + day);
            } else if (day.equals(REINFORCEMENT)) {
                assertTrue(marked.troops(wagner) > 400, "the marked reinforcement came: " + marked.troops(wagner));
                assertTrue(marked.world().wagnerPresent(), "the contractors are back on the map");
            }
        }
        assertEquals(marked.townIndex("kidal"), marked.objectives().town(wagner), "back, they take up the objective");
    }

    @Test
    void aReinforcementFirstRefitsBandsRestingAtHome() {
        SahelModel model = model(EXITS);
        model.start();
        int wagner = model.wagnerFaction();
        ArmedUnit resting = model.units().stream().filter(u -> u.faction() == wagner).findFirst().orElseThrow();
        resting.removeStrength(resting.strength() - 40);
        resting.assign(Mission.RECRUIT, resting.homeTown(), resting.cell(), -1);
        int units = model.units().size();
        long troops = model.troops(wagner);
        model.timeline().apply(new TimelineEvent("rotation", model.date(), TimelineAction.REINFORCE, null, "wagner",
                300, null, null, null, List.of(), null, null, false, true));
        assertEquals(150, resting.strength(), "the weak band is refilled to a full band");
        assertEquals(units + 2, model.units().size(), "the other 190 form a band of 150 and one of 40");
        assertEquals(troops + 300, model.troops(wagner));
    }
}
