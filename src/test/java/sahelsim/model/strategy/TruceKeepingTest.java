package sahelsim.model.strategy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The truce rules on a hand-made world: FAMa and the CSP at truce, breaking on a post taken or an incursion. */
class TruceKeepingTest {

    @Test
    void aNewPostInTheOtherSidesAreasBreaksTheTruceAndItsCascade() {
        StrategyWorld w = new StrategyWorld();
        w.post(w.fama, "tessalit", 300);
        w.truces.step();
        w.truces.step();
        assertTrue(w.world.relations().atTruce(w.csp, w.fama), "a post held when the truce began is no breach");
        w.post(w.fama, "ber", 200);
        w.truces.step();
        assertFalse(w.world.relations().atTruce(w.csp, w.fama));
        assertFalse(w.world.relations().atTruce(w.csp, w.wagner), "the contractors fight beside FAMa: their truce ends too");
        assertTrue(w.said("sets up a post at Ber"), w.events.toString());
    }

    @Test
    void aPostOutsideTheOtherSidesAreasDoesNotBreakIt() {
        StrategyWorld w = new StrategyWorld();
        w.truces.step();
        w.post(w.fama, "mopti", 200);
        w.truces.step();
        assertTrue(w.world.relations().atTruce(w.csp, w.fama));
    }

    @Test
    void troopsOperatingInTheAreasBreakItAtTheThresholdButColumnsPassingThroughDoNot() {
        StrategyWorld w = new StrategyWorld();
        w.truces.step();
        w.operating(w.fama, "kidal", 299);
        w.band(w.fama, "aguelhok", 300);
        w.truces.step();
        assertTrue(w.world.relations().atTruce(w.csp, w.fama), "299 operating and an idle column");
        w.operating(w.fama, "aguelhok", 1);
        w.truces.step();
        assertFalse(w.world.relations().atTruce(w.csp, w.fama));
        assertTrue(w.said("300 of FAMa's fighters operate in CSP's areas"), w.events.toString());
    }

    @Test
    void aPairWithoutRulesKeepsItsTruce() {
        StrategyWorld w = new StrategyWorld();
        w.truces.step();
        w.post(w.wagner, "kidal", 200);
        w.operating(w.wagner, "anefis", 1000);
        w.truces.step();
        assertTrue(w.world.relations().atTruce(w.csp, w.wagner), "csp-wagner lists no rule");
    }
}
