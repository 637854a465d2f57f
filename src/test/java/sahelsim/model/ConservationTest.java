package sahelsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import sahelsim.load.ShippedGeography;
import sahelsim.model.agents.ArmedUnit;
import sahelsim.model.agents.Garrison;
import sahelsim.model.agents.Population;
import sahelsim.model.flight.Flight;
import sahelsim.model.flight.Places;
import sahelsim.observe.Observer;
import sahelsim.scenario.Scenario;

/**
 * People are neither created nor lost, and no count goes negative, every day: residents + displaced + refugees
 * + killed + recruited = the starting population + births, per cell and in total, and each district's people
 * away are exactly those the flight holds for it (in towns, in camps and on the road).
 */
class ConservationTest {

    @Test
    void everyCellBalancesItsLedgerEveryDayAndNothingGoesNegative() {
        Scenario scenario = ScenarioRuns.load("scenarios/class-2023-bases.yaml");
        SahelModel model = new SahelModel(scenario, ShippedGeography.grid(scenario.resolution()), 7);
        Observer.attach(model);
        model.start();
        Population pop = model.population();
        Flight flight = model.flight();
        Places places = flight.places();
        long initialTotal = pop.initialTotal();
        long returned = 0;
        for (int day = 0; day < 200; day++) {
            assertTrue(model.schedule.step(model));
            returned += flight.returnedToday();
            long sum = 0;
            long[] away = new long[places.towns()];
            for (int i = 0; i < pop.size(); i++) {
                assertTrue(pop.residents(i) >= 0 && pop.away(i) >= 0 && pop.killed(i) >= 0 && pop.recruited(i) >= 0
                        && pop.jailed(i) >= 0, "negative count in cell " + i);
                long people = (long) pop.residents(i) + pop.away(i) + pop.killed(i) + pop.recruited(i) + pop.jailed(i);
                assertEquals(pop.initial(i) + pop.born(i), people, "cell " + i + " on day " + day);
                sum += people;
                away[places.district(i)] += pop.away(i);
            }
            assertEquals(initialTotal + pop.bornTotal(), sum);
            assertEquals(initialTotal + pop.bornTotal(), pop.residentsTotal() + flight.displacedTotal()
                    + flight.refugeesTotal() + pop.killedTotal() + pop.recruitedTotal() + pop.jailedTotal(), "day " + day);
            for (int d = 0; d < places.towns(); d++) {
                assertEquals(away[d], flight.peopleFrom(d), "district " + places.id(d) + " on day " + day);
            }
            for (int p = 0; p < places.size(); p++) {
                assertTrue(flight.at(p) >= 0, places.id(p));
            }
            for (Garrison g : model.garrisons()) {
                assertTrue(g.troops() > 0 && g.supply() >= 0, g.toString());
            }
            for (ArmedUnit u : model.units()) {
                assertTrue(u.strength() > 0, u.toString());
            }
        }
        assertTrue(pop.killedTotal() > 0 && flight.displacedTotal() > 0 && flight.refugeesTotal() > 0
                && flight.onTheRoad() > 0 && returned > 0 && pop.recruitedTotal() > 0 && pop.bornTotal() > 0
                && pop.jailedTotal() > 0 && model.rebellion().arrests(model.factionIndex("fama")) > 0,
                "the ledger test needs a run where people die, flee, travel, cross borders, come home, join, are "
                        + "born and are jailed");
    }
}
