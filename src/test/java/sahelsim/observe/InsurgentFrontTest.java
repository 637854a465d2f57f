package sahelsim.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import sahelsim.load.ShippedGeography;
import sahelsim.map.Grid;
import sahelsim.model.SahelModel;
import sahelsim.model.agents.ArmedUnit;
import sahelsim.model.agents.Population;
import sahelsim.scenario.Scenario;
import sahelsim.scenario.ScenarioFiles;

/**
 * The front from Bamako on a hand-made map: one JNIM band north, moved south, and a second band roaming an
 * emptied district at the map's south-western corner, where nobody is left to rule.
 */
class InsurgentFrontTest {

    private static final Scenario SCENARIO = ScenarioFiles.build(ScenarioFiles.HEADER + """
            factions:
              - {id: fama, name: FAMa, kind: state, side: government, colour: "#0072B2"}
              - {id: jnim, name: JNIM, kind: jihadist, side: insurgent, colour: "#D55E00"}
            civilians: {returnRate: 0, flightRate: 0}
            """);

    @Test
    void theFrontMovesSouthWithTheBandAndIgnoresADistrictWithNobodyInIt() {
        Grid grid = ShippedGeography.grid(SCENARIO.resolution());
        SahelModel model = new SahelModel(SCENARIO, grid, 1);
        Observer observer = Observer.attach(model);
        model.start();
        int jnim = model.factionIndex("jnim");
        ArmedUnit north = model.world().newUnit(jnim, 2000, model.town(model.townIndex("timbuktu")).cell(),
                model.townIndex("timbuktu"));
        int corner = grid.cellOf(13.05, -6.55);
        model.world().newUnit(jnim, 500, corner, model.townIndex("segou"));
        Population pop = model.population();
        int emptied = 0;
        for (int i = 0; i < pop.size(); i++) {
            if (grid.kmBetween(grid.landCell(i), corner) < 120) {
                pop.leave(i, pop.residents(i));
                emptied++;
            }
        }
        assertTrue(emptied > 50, "the corner's district is emptied: " + emptied + " cells");
        model.schedule.step(model);
        double atTimbuktu = observer.record().value(Measure.INSURGENT_FRONT_KM, "", 0);
        north.moveTo(model.town(model.townIndex("mopti")).cell());
        model.schedule.step(model);
        double atMopti = observer.record().value(Measure.INSURGENT_FRONT_KM, "", 1);
        assertTrue(atTimbuktu > 600 && atTimbuktu < 706, "the band at Timbuktu, 706 km from Bamako (mali-facts 1.1), "
                + "holds people a little nearer: " + atTimbuktu);
        assertTrue(atMopti > 380 && atMopti < 460, "moved to Mopti, 460 km from Bamako: " + atMopti);
        assertEquals(grid.kmToBamako(corner), 163.4, 0.1, "the emptied corner is the map's nearest cell to Bamako");
    }
}
