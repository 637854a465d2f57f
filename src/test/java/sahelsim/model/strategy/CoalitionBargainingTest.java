package sahelsim.model.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import sahelsim.scenario.CoalitionLevel;

/** The CSP and JNIM weigh their coalition on a hand-made world, before and after the CSP's truce with FAMa ends. */
class CoalitionBargainingTest {

    @Test
    void noSharedEnemyWhileTheCspIsAtTruceThenATacticalAllianceOnceItBreaks() {
        StrategyWorld w = new StrategyWorld();
        w.post(w.fama, "gao", 8000);
        w.band(w.csp, "kidal", 1000);
        w.band(w.jnim, "mopti", 1000);
        PowerBalance balance = new PowerBalance(w.world);
        assertEquals(0, balance.sharedThreat(new int[] {w.csp, w.jnim}, balance.powers()), 1e-9,
                "at truce, the CSP is at war with nobody JNIM fights");
        w.bargaining.review(0);
        assertEquals(CoalitionLevel.NONE, w.coalitions.level(0));
        w.truces.breakTruce(w.csp, w.fama, "a test");
        assertEquals(8000, balance.sharedThreat(new int[] {w.csp, w.jnim}, balance.powers()), 1e-9);
        w.bargaining.review(0);
        assertEquals(CoalitionLevel.TACTICAL, w.coalitions.level(0), "each gains 1/8 of the enemy's power, "
                + "above the tactical cost 0.5 x 0.6 x 0.4 = 0.12");
    }

    @Test
    void aMemberStrongEnoughToStandAloneBreaksItUp() {
        StrategyWorld w = new StrategyWorld();
        w.post(w.fama, "gao", 8000);
        w.band(w.csp, "kidal", 1000);
        w.band(w.jnim, "mopti", 1000);
        w.truces.breakTruce(w.csp, w.fama, "a test");
        w.bargaining.review(0);
        w.band(w.jnim, "djenne", 3000);
        w.bargaining.review(0);
        assertEquals(CoalitionLevel.NONE, w.coalitions.level(0), "JNIM at 4,000 of 8,000 can face the state alone");
    }
}
