package sahelsim.model.mechanics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import sahelsim.load.ScenarioLoader;
import sahelsim.load.ShippedGeography;
import sahelsim.model.SahelModel;
import sahelsim.scenario.Scenario;
import sahelsim.scenario.TimelineAction;
import sahelsim.scenario.TimelineEvent;

/** Events added during a run (the window's levers) apply on their day, and only on a day still to come. */
class TimelineAddTest {

    private static SahelModel started() {
        Scenario scenario = ScenarioLoader.shipped().load(Path.of("src/test/resources/scenarios/classroom-test.yaml"));
        SahelModel model = new SahelModel(scenario, ShippedGeography.grid(scenario.resolution()), 1);
        model.start();
        return model;
    }

    private static TimelineEvent legitimacy(LocalDate date, double value) {
        return new TimelineEvent("lever-1", date, TimelineAction.SET, null, null, 0, null, "civilians.legitimacy",
                value, List.of(), null, null, false, true);
    }

    @Test
    void anAddedEventAppliesOnItsDayAndNotBefore() {
        SahelModel model = started();
        model.timeline().add(legitimacy(LocalDate.of(2022, 1, 3), 0.2));
        model.schedule.step(model);
        model.schedule.step(model);
        assertEquals(0.45, model.legitimacyBaseline(), 1e-9, "applied before its day");
        model.schedule.step(model);
        assertEquals(0.2, model.legitimacyBaseline(), 1e-9, "not applied on its day");
    }

    @Test
    void aDayThatHasBegunOrLiesBeyondTheCalendarIsRefused() {
        SahelModel model = started();
        model.timeline().add(legitimacy(LocalDate.of(2022, 1, 1), 0.3));
        model.schedule.step(model);
        assertThrows(IllegalArgumentException.class, () -> model.timeline().add(legitimacy(LocalDate.of(2022, 1, 1),
                0.3)), "the first day is over");
        assertThrows(IllegalArgumentException.class, () -> model.timeline().add(legitimacy(LocalDate.of(2022, 5, 1),
                0.3)), "the calendar ends on 30 April");
        model.timeline().add(legitimacy(LocalDate.of(2022, 1, 2), 0.3));
    }
}
