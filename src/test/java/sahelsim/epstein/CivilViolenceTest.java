package sahelsim.epstein;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import sahelsim.model.rebellion.RebellionRules;

/** Rules A, C and M and the jail on tiny hand-made tori. */
class CivilViolenceTest {

    /** A 7 x 7 torus where vision 2 covers the 12 sites within two lattice steps. */
    private static Lattice tiny(int maxJailTerm) {
        return new Lattice(7, 7, 0.0, 0.0, 2, 2, new RebellionRules(0.1, 2.3, maxJailTerm,
                RebellionRules.CopRatio.WHOLE));
    }

    private static final LegitimacyPath HALF = LegitimacyPath.constant(0.5);

    @Test
    void aCivilianWhoseGrievanceOutweighsItsRiskGoesActive() {
        // G = 0.9 (1 - 0.5) = 0.45, no cop in sight so P = 0: 0.45 > 0.1.
        CivilViolence run = CivilViolence.builder(tiny(5), HALF, 1).citizen(3, 3, 0.9, 0.9).build();
        run.decide(0);
        assertTrue(run.isActive(0));
    }

    @Test
    void aRiskAverseCivilianBesideACopWithNoOtherActiveStaysQuiet() {
        // C = 1, A = 1 (itself): P = 0.9; G - R P = 0.45 - 0.9 * 0.9 < 0.1.
        CivilViolence run = CivilViolence.builder(tiny(5), HALF, 1).citizen(3, 3, 0.9, 0.9).cop(4, 3).build();
        run.decide(0);
        assertFalse(run.isActive(0));
        // With little risk aversion the same civilian goes active beside the cop: 0.45 - 0.05 * 0.9 > 0.1.
        CivilViolence bold = CivilViolence.builder(tiny(5), HALF, 1).citizen(3, 3, 0.9, 0.05).cop(4, 3).build();
        bold.decide(0);
        assertTrue(bold.isActive(0));
    }

    @Test
    void theCivilianCountsItselfAmongTheActives() {
        // One other active and one cop: A = 2 with itself, so C/A = 1/2, whole cops per active 0, P = 0 and the
        // risk-averse civilian goes active. Without counting itself A would be 1 and P 0.9, and it would stay quiet.
        CivilViolence run = CivilViolence.builder(tiny(5), HALF, 1)
                .citizen(3, 3, 0.9, 0.9).citizen(2, 3, 1.0, 0.0).cop(4, 3).build();
        run.decide(1);
        assertTrue(run.isActive(1));
        run.decide(0);
        assertTrue(run.isActive(0));
    }

    @Test
    void actorsOutnumberingTheCopsInSightEmboldenARiskAverseCivilian() {
        // Two actives already out beside it: A = 3 against C = 1, so whole cops per active is 0 and P = 0.
        CivilViolence run = CivilViolence.builder(tiny(5), HALF, 1)
                .citizen(3, 3, 0.9, 0.9).citizen(2, 3, 1.0, 0.0).citizen(3, 2, 1.0, 0.0).cop(4, 3).build();
        run.decide(1);
        run.decide(2);
        run.decide(0);
        assertTrue(run.isActive(0));
    }

    @Test
    void aCopJailsAnActiveInSightAndTheCitizenIsOffTheLatticeForItsTermThenBackQuiet() {
        // Legitimacy 1 from step 1 on: once back, the citizen has no grievance and cannot be arrested again.
        CivilViolence run = CivilViolence.builder(tiny(4), LegitimacyPath.sudden(0.5, 1.0, 1), 3)
                .citizen(3, 3, 1.0, 0.0).cop(4, 3).build();
        run.decide(0);
        assertTrue(run.isActive(0));
        run.arrest(0);
        assertTrue(run.isJailed(0));
        assertFalse(run.isActive(0));
        assertEquals(-1, run.siteOf(0));
        assertEquals(1, run.jailedCount());
        int back = run.releaseStep(0);
        int term = back - 1;
        assertTrue(term >= 0 && term <= 4, "term " + term);
        while (run.stepNumber() + 1 < back) {
            run.step();
            assertTrue(run.isJailed(0), "still in jail at step " + run.stepNumber());
            assertEquals(0, run.activeCount());
        }
        run.step();
        assertFalse(run.isJailed(0), "back at step " + back);
        assertNotEquals(-1, run.siteOf(0));
        assertEquals(0, run.jailedCount());
    }

    @Test
    void everyJailTermIsServedInFull() {
        // Over many arrests, a citizen comes back exactly at the step its term says, never sooner nor later.
        CivilViolence run = CivilViolence.builder(tiny(6), HALF, 11).citizen(1, 1, 1.0, 0.0).citizen(5, 5, 1.0, 0.0)
                .cop(3, 3).build();
        int[] due = {-1, -1};
        int arrests = 0;
        for (int t = 1; t <= 300; t++) {
            run.step();
            for (int i = 0; i < 2; i++) {
                if (run.isJailed(i)) {
                    int back = run.releaseStep(i);
                    if (back != due[i]) {
                        // Arrested this step: free until now, or back this very step and taken again.
                        assertTrue(due[i] < 0 || due[i] == t, "came back at " + t + " though due at " + due[i]);
                        assertTrue(back - t - 1 >= 0 && back - t - 1 <= 6, "a term of " + (back - t - 1));
                        arrests++;
                    }
                    due[i] = back;
                } else {
                    assertTrue(due[i] < 0 || due[i] == t, "free at " + t + " though due back at " + due[i]);
                    due[i] = -1;
                }
            }
        }
        assertTrue(arrests > 10, "only " + arrests + " arrests in 300 steps");
    }

    @Test
    void agentsMoveOnlyToEmptySitesWithinTheirVision() {
        Lattice lattice = tiny(5);
        CivilViolence run = CivilViolence.builder(lattice, LegitimacyPath.constant(1.0), 5)
                .citizen(3, 3, 0.5, 0.5).citizen(0, 0, 0.5, 0.5).cop(6, 6).build();
        Torus torus = run.torus();
        for (int t = 0; t < 50; t++) {
            int before = run.siteOf(0);
            run.step();
            int after = run.siteOf(0);
            int dx = Math.abs(torus.x(after) - torus.x(before));
            int dy = Math.abs(torus.y(after) - torus.y(before));
            int steps = Math.min(dx, 7 - dx) + Math.min(dy, 7 - dy);
            assertTrue(steps >= 1 && steps <= 2, "moved " + steps + " lattice steps");
            assertNotEquals(run.siteOf(1), after);
        }
    }

    @Test
    void theVisionIsTheVonNeumannNeighbourhood() {
        int[][] within = new Torus(40, 40).sitesWithin(7);
        assertEquals(2 * 7 * 8, within[0].length);
        assertEquals(within[0].length, Arrays.stream(within[0]).distinct().count());
        assertThrows(IllegalArgumentException.class, () -> new Torus(7, 7).sitesWithin(4));
    }

    @Test
    void thePaperLatticeHoldsItsCitizensAndCopsAndCountsAddUp() {
        CivilViolence run = CivilViolence.start(Lattice.paper(), LegitimacyPath.constant(0.82), 3);
        assertEquals(1120, run.citizens());
        assertEquals(1120, run.quietCount());
        for (int t = 0; t < 30; t++) {
            run.step();
            assertEquals(1120, run.activeCount() + run.jailedCount() + run.quietCount());
        }
    }

    @Test
    void aSiteHoldsOneAgent() {
        assertThrows(IllegalArgumentException.class,
                () -> CivilViolence.builder(tiny(5), HALF, 1).citizen(1, 1, 0.5, 0.5).cop(1, 1).build());
    }
}
