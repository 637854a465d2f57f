package sahelsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import sahelsim.load.ScenarioLoader;
import sahelsim.load.ShippedGeography;
import sahelsim.observe.Measure;
import sahelsim.observe.Observer;
import sahelsim.scenario.Scenario;

/**
 * The spin-up: days simulated before the start and left out of every output. The 2022 classroom scenario at
 * 0.2 degree, run with and without 60 days of spin-up.
 */
class SpinUpTest {

    private static Scenario scenario(int spinUp) {
        return ScenarioLoader.shipped().load(Path.of("scenarios/class-2022-vacuum.yaml"), List.of(
                ScenarioLoader.Setting.parse("map.resolution=0.2"),
                ScenarioLoader.Setting.parse("calendar.spinUpDays=" + spinUp)));
    }

    private static SahelModel started(Scenario s, List<ModelEvent> events) {
        SahelModel model = new SahelModel(s, ShippedGeography.grid(s.resolution()), 3);
        model.setEventSink(events::add);
        return model;
    }

    @Test
    void theOutputsBeginAtTheStartAndTheBooksOpenWithTheForcesThenOnTheMap() {
        List<ModelEvent> events = new java.util.ArrayList<>();
        SahelModel model = started(scenario(60), events);
        Observer observer = Observer.attach(model);
        model.start();
        assertEquals(-1, model.day(), "a started model has done the spin-up: its next day is the start");
        assertEquals(scenario(60).start().minusDays(1), model.date());
        assertTrue(events.isEmpty(), "the spin-up's events are left out: " + events.size());
        long[] atStart = new long[model.factions().size()];
        for (int f = 0; f < atStart.length; f++) {
            atStart[f] = model.troops(f);
        }
        while (model.schedule.step(model)) {
            // to the end
        }
        assertTrue(events.stream().allMatch(e -> e.day() >= 0));
        for (Faction f : model.factions()) {
            double arrivedDay0 = observer.record().value(Measure.TROOPS_ARRIVED, f.id(), 0);
            assertTrue(arrivedDay0 >= atStart[f.index()], f.id() + ": the opening balance is booked on the first day");
        }
        assertEquals(scenario(60).days(), observer.record().days(), "one row per day of the calendar, none for the spin-up");
    }

    @Test
    void theSpinUpRunsTheWorldBeforeTheStart() {
        SahelModel spun = started(scenario(60), new java.util.ArrayList<>());
        spun.start();
        SahelModel cold = started(scenario(0), new java.util.ArrayList<>());
        cold.start();
        int jnim = cold.world().factionIndex("jnim");
        assertEquals(4000, cold.troops(jnim), "without a spin-up JNIM starts as the scenario places it");
        assertNotEquals(4000, spun.troops(jnim), "sixty days of fighting and recruiting before the start");
        assertFalse(spun.flight().displacedTotal() == cold.flight().displacedTotal(),
                "people fled and returned in the spin-up");
    }
}
