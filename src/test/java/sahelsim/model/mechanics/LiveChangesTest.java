package sahelsim.model.mechanics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import sahelsim.load.ScenarioLoader;
import sahelsim.load.ShippedGeography;
import sahelsim.model.EventKind;
import sahelsim.model.ModelEvent;
import sahelsim.model.SahelModel;
import sahelsim.scenario.CoalitionLevel;
import sahelsim.scenario.Scenario;
import sahelsim.scenario.TimelineAction;
import sahelsim.scenario.TimelineEvent;

/** Changes made during a run, by the timeline or a lever, hold and can be undone exactly. */
class LiveChangesTest {

    private static SahelModel started(String file) {
        Scenario scenario = ScenarioLoader.shipped().load(Path.of(file));
        SahelModel model = new SahelModel(scenario, ShippedGeography.grid(scenario.resolution()), 1);
        model.start();
        return model;
    }

    private static TimelineEvent event(LocalDate date, TimelineAction action, String key, Double value,
                                       String coalition) {
        return new TimelineEvent("lever-" + date, date, action, null, null, 0, null, key, value, List.of(), coalition,
                null, false, true);
    }

    @Test
    void aCoalitionBrokenByALeverStaysBrokenThoughItsTriggerDateIsPast() {
        // short-2022 forms csp-jnim on 1 March 2022.
        SahelModel model = started("src/test/resources/short-2022.yaml");
        int k = model.coalitions().index("csp-jnim");
        model.timeline().add(event(LocalDate.of(2022, 3, 10), TimelineAction.BREAK_COALITION, null, null, "csp-jnim"));
        model.timeline().add(event(LocalDate.of(2022, 3, 20), TimelineAction.FORM_COALITION, null, null, "csp-jnim"));
        // Day 59 is 1 March, day 68 the 10th, day 78 the 20th.
        for (int day = 0; day < 66; day++) {
            model.schedule.step(model);
        }
        assertEquals(CoalitionLevel.TACTICAL, model.coalitions().level(k), "formed on its trigger date");
        for (int day = 66; day < 78; day++) {
            model.schedule.step(model);
            if (day >= 68) {
                assertEquals(CoalitionLevel.NONE, model.coalitions().level(k), "re-formed by its trigger on day " + day);
            }
        }
        model.schedule.step(model);
        assertEquals(CoalitionLevel.TACTICAL, model.coalitions().level(k), "an event forms it again");
    }

    @Test
    void hardshipSetTwiceAndBackIsWhatItWasInEveryCell() {
        SahelModel model = started("src/test/resources/scenarios/classroom-test.yaml");
        int cells = model.population().size();
        double[] before = new double[cells];
        for (int i = 0; i < cells; i++) {
            before[i] = model.population().hardship(i);
        }
        model.world().setHardship(0.95);
        model.world().setHardship(0.8);
        double high = model.population().hardship(0);
        model.world().setHardship(model.scenario().civilians().hardship());
        for (int i = 0; i < cells; i++) {
            assertEquals(before[i], model.population().hardship(i), 0.0, "cell " + i);
        }
        assertEquals(Math.min(1, before[0] + 0.8 - model.scenario().civilians().hardship()), high, 1e-6,
                "a second setting replaces the first rather than adding to it");
    }

    @Test
    void legitimacyMovedToAnExtremeAndBackIsWhatItWasInEveryCell() {
        for (double extreme : new double[] {0.95, 0.05}) {
            SahelModel model = started("src/test/resources/scenarios/classroom-test.yaml");
            // Four months of abuses and recoveries leave local legitimacy uneven: some cells well below the
            // national level, where a lever to 0.05 pushes them past 0.
            for (int day = 0; day < 110; day++) {
                model.schedule.step(model);
            }
            double original = model.legitimacyBaseline();
            int cells = model.population().size();
            float[] before = new float[cells];
            double lowest = 1;
            for (int i = 0; i < cells; i++) {
                before[i] = model.population().legitimacy(i);
                lowest = Math.min(lowest, before[i]);
            }
            if (extreme < original) {
                assertTrue(lowest < original - extreme - 1e-3, "some cell lies far enough below the national "
                        + "level to reach 0 at the lever's low end: " + lowest);
            }
            model.world().setLegitimacy(extreme);
            assertEquals(extreme, model.legitimacyBaseline(), 0.0);
            model.world().setLegitimacy(original);
            for (int i = 0; i < cells; i++) {
                assertEquals(before[i], model.population().legitimacy(i), 0.0, "cell " + i + " after " + extreme);
            }
        }
    }

    @Test
    void aBrokenTruceEndsTheTrucesWithTheOtherSidesPartnersWhicheverIsNamedFirst() {
        for (boolean stateFirst : new boolean[] {true, false}) {
            SahelModel model = started("src/test/resources/scenarios/classroom-test.yaml");
            int fama = model.factionIndex("fama");
            int csp = model.factionIndex("csp");
            int wagner = model.factionIndex("wagner");
            int barkhane = model.factionIndex("barkhane");
            assertTrue(model.relations().atTruce(csp, wagner) && model.relations().atTruce(csp, barkhane));
            if (stateFirst) {
                model.relations().breakTruce(fama, csp);
            } else {
                model.relations().breakTruce(csp, fama);
            }
            assertFalse(model.relations().atTruce(csp, fama));
            assertFalse(model.relations().atTruce(csp, wagner), "the contractors fight beside the army");
            assertTrue(model.relations().atTruce(csp, barkhane), "a foreign contingent keeps its own truce");
        }
    }

    @Test
    void aTimelineTruceBreakLogsEachTruceThatEndsAndNoneThatWasAlreadyOver() {
        Scenario scenario = ScenarioLoader.shipped().load(Path.of("src/test/resources/scenarios/classroom-test.yaml"));
        SahelModel model = new SahelModel(scenario, ShippedGeography.grid(scenario.resolution()), 1);
        List<ModelEvent> ends = new ArrayList<>();
        model.setEventSink(e -> {
            if (e.kind() == EventKind.TRUCE_ENDS) {
                ends.add(e);
            }
        });
        model.start();
        int fama = model.factionIndex("fama");
        int csp = model.factionIndex("csp");
        int wagner = model.factionIndex("wagner");
        for (int n = 0; n < 2; n++) {
            model.timeline().add(new TimelineEvent("break-" + n, model.calendar().date(n), TimelineAction.BREAK_TRUCE,
                    null, null, 0, null, null, null, List.of("fama", "csp"), null, null, false, true));
        }
        model.schedule.step(model);
        model.schedule.step(model);
        assertEquals(2, ends.size(), "the named truce and the contractors' with the rebels, once: " + ends);
        assertTrue(ends.stream().anyMatch(e -> e.actor1() == fama && e.actor2() == csp));
        assertTrue(ends.stream().anyMatch(e -> e.actor1() == csp && e.actor2() == wagner
                || e.actor1() == wagner && e.actor2() == csp));
    }
}
