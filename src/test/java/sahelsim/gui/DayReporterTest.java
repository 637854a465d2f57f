package sahelsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import sahelsim.observe.Measure;
import sahelsim.observe.RunRecord;
import sahelsim.scenario.Scenario;

/** What the charts and the ticker get after each day is what the observer recorded, each day once. */
class DayReporterTest {

    @Test
    void eachDayIsReportedOnceWithTheRecordsValues() {
        Scenario scenario = GuiTestScenarios.load(GuiTestScenarios.SHORT);
        ClassroomRun run = new ClassroomRun(4, scenario, GuiTestScenarios.grid(scenario), 5);
        run.model().start();
        DayReporter reporter = new DayReporter(run);
        assertNull(reporter.next(), "nothing to report before the first day");
        List<DayReport> reports = new ArrayList<>();
        for (int d = 0; d < 45; d++) {
            run.model().schedule.step(run.model());
            reports.add(reporter.next());
            assertNull(reporter.next(), "a day is reported once");
        }
        RunRecord record = run.record();
        DayReport last = reports.get(44);
        assertEquals(4, last.run());
        assertEquals(record.date(44), last.date());
        List<String> factions = record.factions();
        double killedInFebruary = 0;
        for (int f = 0; f < factions.size(); f++) {
            assertEquals(record.value(Measure.CONTROL_SHARE_POPULATION, factions.get(f), 44), last.controlShare()[f]);
            killedInFebruary += last.monthKilled()[f];
        }
        assertEquals(record.value(Measure.CONTROL_SHARE_POPULATION, "none", 44), last.controlShare()[factions.size()]);
        // 14 February is day 44: the month so far is days 31 to 44.
        assertEquals(record.sum(Measure.FATALITIES, "", 31, 45), killedInFebruary, 1e-6);
        int headlines = reports.stream().mapToInt(r -> r.news().size()).sum();
        long expected = run.observer().log().events().stream().filter(e -> NewsLines.of(e, run.model()) != null)
                .count();
        assertEquals(expected, headlines);
        assertTrue(headlines > 0, "45 days without a headline");
    }
}
