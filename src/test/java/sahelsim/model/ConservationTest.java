package sahelsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import sahelsim.load.ShippedGeography;
import sahelsim.model.agents.ArmedUnit;
import sahelsim.model.agents.Garrison;
import sahelsim.model.agents.Population;
import sahelsim.observe.Observer;
import sahelsim.scenario.Scenario;

/** People are neither created nor lost, and no count goes negative, day after day. */
class ConservationTest {

    @Test
    void everyCellBalancesItsLedgerEveryDayAndNothingGoesNegative() {
        Scenario scenario = ScenarioRuns.load("scenarios/class-2023-bases.yaml");
        SahelModel model = new SahelModel(scenario, ShippedGeography.grid(scenario.resolution()), 7);
        Observer.attach(model);
        model.start();
        Population pop = model.population();
        long initialTotal = pop.initialTotal();
        for (int day = 0; day < 200; day++) {
            assertTrue(model.schedule.step(model));
            if (day % 20 != 19) {
                continue;
            }
            long sum = 0;
            for (int i = 0; i < pop.size(); i++) {
                assertTrue(pop.residents(i) >= 0 && pop.displaced(i) >= 0 && pop.refugees(i) >= 0
                        && pop.killed(i) >= 0 && pop.recruited(i) >= 0 && pop.jailed(i) >= 0,
                        "negative count in cell " + i);
                long people = (long) pop.residents(i) + pop.displaced(i) + pop.refugees(i) + pop.killed(i)
                        + pop.recruited(i) + pop.jailed(i);
                assertEquals(pop.initial(i) + pop.born(i), people, "cell " + i + " on day " + day);
                sum += people;
            }
            assertEquals(initialTotal + pop.bornTotal(), sum);
            assertEquals(sum, pop.residentsTotal() + pop.displacedTotal() + pop.refugeesTotal() + pop.killedTotal()
                    + pop.recruitedTotal() + pop.jailedTotal());
            for (Garrison g : model.garrisons()) {
                assertTrue(g.troops() > 0 && g.supply() >= 0, g.toString());
            }
            for (ArmedUnit u : model.units()) {
                assertTrue(u.strength() > 0, u.toString());
            }
        }
        assertTrue(pop.killedTotal() > 0 && pop.displacedTotal() > 0 && pop.recruitedTotal() > 0 && pop.bornTotal() > 0
                        && pop.jailedTotal() > 0 && model.rebellion().arrests(model.factionIndex("fama")) > 0,
                "the ledger test needs a run where people die, flee, join, are born and are jailed");
    }
}
