package sahelsim.model.rebellion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;
import sahelsim.model.Seeds;

/** The formulas of Epstein (2002) Model I, with values worked by hand. */
class RebellionRulesTest {

    private final RebellionRules whole = RebellionRules.paper();
    private final RebellionRules exact = RebellionRules.paper().withRatio(RebellionRules.CopRatio.EXACT);

    @Test
    void grievanceIsHardshipNotExcusedByLegitimacy() {
        assertEquals(0.18 * 0.5, RebellionRules.grievance(0.5, 0.82), 1e-12);
        assertEquals(0.0, RebellionRules.grievance(0.9, 1.0), 1e-12);
        assertEquals(0.9, RebellionRules.grievance(0.9, 0.0), 1e-12);
    }

    @Test
    void kMakesOneCopAgainstOneActiveAnEstimateOfNinetyPercent() {
        // The paper sets k = 2.3 so that C = 1, A = 1 gives P = 0.9 (1 - e^-2.3 = 0.8997).
        assertEquals(0.8997, whole.arrestProbability(1, 1), 1e-4);
        assertEquals(0.8997, exact.arrestProbability(1, 1), 1e-4);
        assertEquals(0.0, whole.arrestProbability(0, 5), 1e-12);
    }

    @Test
    void theCivilianCountsItselfSoNoActivesInSightIsAnAOfOne() {
        // A counts the deciding civilian; a count of 0 is floored at 1 rather than dividing by zero.
        assertEquals(whole.arrestProbability(3, 1), whole.arrestProbability(3, 0), 1e-12);
        assertEquals(1 - Math.exp(-2.3 * 3), exact.arrestProbability(3, 0), 1e-12);
    }

    @Test
    void theExactRatioIsTheQuotientAndTheWholeRatioRoundsItDown() {
        // Two cops, three actives (the civilian and two others): C/A = 2/3.
        assertEquals(1 - Math.exp(-2.3 * 2.0 / 3.0), exact.arrestProbability(2, 3), 1e-12);
        assertEquals(0.0, whole.arrestProbability(2, 3), 1e-12);
        // Five cops, two actives: 2.5 exactly, 2 whole.
        assertEquals(1 - Math.exp(-2.3 * 2.5), exact.arrestProbability(5, 2), 1e-12);
        assertEquals(1 - Math.exp(-2.3 * 2), whole.arrestProbability(5, 2), 1e-12);
    }

    @Test
    void aCivilianGoesActiveWhenGrievanceLessNetRiskExceedsTheThreshold() {
        assertTrue(whole.activates(0.5, 0.3, 0.9), "0.5 - 0.27 = 0.23 > 0.1");
        assertFalse(whole.activates(0.5, 0.9, 0.9), "0.5 - 0.81 < 0.1");
        assertFalse(whole.activates(0.1, 0.0, 0.0), "G - N must exceed T, not equal it");
    }

    @Test
    void jailTermsCoverZeroToJMaxBothIncluded() {
        RebellionRules rules = new RebellionRules(0.1, 2.3, 3, RebellionRules.CopRatio.WHOLE);
        MersenneTwisterFast random = Seeds.generator(7);
        int[] seen = new int[5];
        for (int i = 0; i < 2000; i++) {
            seen[rules.jailTerm(random)]++;
        }
        for (int term = 0; term <= 3; term++) {
            assertTrue(seen[term] > 400, "term " + term + " drawn " + seen[term] + " times in 2000");
        }
        assertEquals(0, seen[4]);
    }

    @Test
    void badRulesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RebellionRules(-0.1, 2.3, 30, RebellionRules.CopRatio.WHOLE));
        assertThrows(IllegalArgumentException.class, () -> new RebellionRules(0.1, 0, 30, RebellionRules.CopRatio.WHOLE));
        assertThrows(IllegalArgumentException.class, () -> new RebellionRules(0.1, 2.3, -1, RebellionRules.CopRatio.WHOLE));
        assertThrows(IllegalArgumentException.class, () -> whole.arrestProbability(-1, 1));
    }
}
