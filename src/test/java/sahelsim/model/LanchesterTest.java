package sahelsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import sahelsim.load.ShippedGeography;
import sahelsim.model.agents.ArmedUnit;
import sahelsim.model.mechanics.Combat;
import sahelsim.scenario.Scenario;

/**
 * A homogeneous two-force engagement with aimed fire follows Lanchester's square law: the winner keeps
 * sqrt(A0^2 - B0^2) of its strength (Lanchester 1916).
 */
class LanchesterTest {

    private final Scenario scenario = ScenarioRuns.load("src/test/resources/scenarios/lanchester.yaml");

    private double meanSurvivors(int a0, int b0, int battles) {
        double sum = 0;
        for (int k = 0; k < battles; k++) {
            SahelModel model = new SahelModel(scenario, ShippedGeography.grid(scenario.resolution()), 100 + k);
            model.start();
            int cell = model.town(model.townIndex("douentza")).cell();
            ArmedUnit red = model.world().newUnit(0, a0, cell, model.townIndex("douentza"));
            ArmedUnit blue = model.world().newUnit(1, b0, cell, model.townIndex("douentza"));
            Combat.Battle battle = model.combat().clash(red, blue);
            for (int day = 0; day < 200 && !battle.over(); day++) {
                model.combat().step();
            }
            assertTrue(battle.over(), "the battle never ended");
            assertEquals(0, blue.strength(), "the weaker force fights to the end here");
            sum += red.strength();
        }
        return sum / battles;
    }

    @Test
    void theWinnerKeepsTheSquareLawsShare() {
        assertEquals(Math.sqrt(1000 * 1000 - 600 * 600), meanSurvivors(1000, 600, 10), 800 * 0.05);
        assertEquals(Math.sqrt(1000 * 1000 - 800 * 800), meanSurvivors(1000, 800, 10), 600 * 0.08);
    }

    @Test
    void doublingAForceQuadruplesItsWeight() {
        // Square law: 2000 against 1000 leaves sqrt(3) * 1000, far more than the linear law's 1000.
        assertEquals(Math.sqrt(3) * 1000, meanSurvivors(2000, 1000, 5), 1732 * 0.05);
    }
}
