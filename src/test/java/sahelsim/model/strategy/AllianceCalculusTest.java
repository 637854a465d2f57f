package sahelsim.model.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import sahelsim.scenario.AllianceParams;
import sahelsim.scenario.CoalitionLevel;

/**
 * The alliance rule on numbers written by hand: two groups facing an enemy of power 100, the shipped defaults
 * (seek allies below half the enemy's power; a full alliance between groups 1 apart costs 0.5, a tactical one 0.4
 * of that; leave below half the cost).
 */
class AllianceCalculusTest {

    private static final AllianceParams DEFAULTS = new AllianceParams(0.5, 0.5, 0.4, 0.5);
    private final AllianceCalculus calculus = new AllianceCalculus(DEFAULTS);

    private CoalitionLevel level(double a, double b, double threat, double distance, CoalitionLevel most,
                                 CoalitionLevel now) {
        return calculus.level(new double[] {a, b}, threat, distance, most, now);
    }

    @Test
    void twoWeakGroupsFacingAStrongEnemyAllyTactically() {
        // Each gains 0.2 of the enemy's power; tactical costs 0.5 x 0.6 x 0.4 = 0.12, full 0.3.
        assertEquals(CoalitionLevel.TACTICAL, level(20, 20, 100, 0.6, CoalitionLevel.FULL, CoalitionLevel.NONE));
    }

    @Test
    void closeAimsMakeOneFlag() {
        // Full costs 0.5 x 0.2 = 0.1, below the 0.2 each gains.
        assertEquals(CoalitionLevel.FULL, level(20, 20, 100, 0.2, CoalitionLevel.FULL, CoalitionLevel.NONE));
        assertEquals(CoalitionLevel.TACTICAL, level(20, 20, 100, 0.2, CoalitionLevel.TACTICAL, CoalitionLevel.NONE),
                "the scenario caps the level");
    }

    @Test
    void aGroupThatCanStandAloneDoesNotAlly() {
        assertEquals(CoalitionLevel.NONE, level(60, 20, 100, 0.1, CoalitionLevel.FULL, CoalitionLevel.NONE));
    }

    @Test
    void noSharedEnemyNoAlliance() {
        assertEquals(CoalitionLevel.NONE, level(20, 20, 0, 0.1, CoalitionLevel.FULL, CoalitionLevel.NONE));
    }

    @Test
    void distantAimsCostMoreThanTheGain() {
        // Tactical costs 0.5 x 1.0 x 0.4 = 0.2, exactly what each gains: no.
        assertEquals(CoalitionLevel.NONE, level(20, 20, 100, 1.0, CoalitionLevel.FULL, CoalitionLevel.NONE));
    }

    @Test
    void aPartnerTooSmallToMatterIsNotWorthItsCost() {
        // The strong one gains only 0.05 of the enemy's power from a partner of 5.
        assertEquals(CoalitionLevel.NONE, level(40, 5, 100, 0.6, CoalitionLevel.FULL, CoalitionLevel.NONE));
    }

    @Test
    void gainsStopWhereTheCoalitionMatchesTheEnemy() {
        assertEquals(0.55, AllianceCalculus.gain(45, 160, 100), 1e-12, "the coalition's standing is capped at 1");
    }

    @Test
    void anAllianceHoldsOnAShiftTooSmallToBreakItAndBreaksOnALargerOne() {
        // Formed at gains of 0.2 > 0.12; the partner weakens to 8: gains 0.08, above half the cost (0.06): it holds.
        assertEquals(CoalitionLevel.TACTICAL, level(20, 8, 100, 0.6, CoalitionLevel.FULL, CoalitionLevel.TACTICAL));
        assertEquals(CoalitionLevel.NONE, level(20, 8, 100, 0.6, CoalitionLevel.FULL, CoalitionLevel.NONE),
                "the same balance would not have made it");
        // Down to 5: 0.05 < 0.06, the stronger member leaves.
        assertEquals(CoalitionLevel.NONE, level(20, 5, 100, 0.6, CoalitionLevel.FULL, CoalitionLevel.TACTICAL));
        // The enemy shrinks: the first can stand alone and leaves.
        assertEquals(CoalitionLevel.NONE, level(20, 20, 30, 0.6, CoalitionLevel.FULL, CoalitionLevel.TACTICAL));
    }
}
