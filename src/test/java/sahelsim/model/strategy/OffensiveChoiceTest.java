package sahelsim.model.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import sahelsim.model.Objectives;
import sahelsim.scenario.OffensiveParams;

/** The choice of an objective on prospects written by hand, with a threshold of 1.5 and bonuses of 1 and 0.5. */
class OffensiveChoiceTest {

    private static final OffensiveParams PARAMS = new OffensiveParams(1.5, 1.0, 180, 0.5, 0.5, 1.0, 1.0, 90, 365, 1.0, 0.25);
    private final OffensiveChoice choice = new OffensiveChoice(PARAMS);

    private static Prospect town(int index, double worth, double odds) {
        return new Prospect(index, worth, odds, false, false, false, 0, false, true);
    }

    @Test
    void aWeakGarrisonIsChosenOverAStrongOneOfTheSameWorth() {
        OffensiveChoice.Decision d = choice.choose(List.of(town(0, 4, 0.8), town(1, 4, 3)));
        assertEquals(1, d.town());
        assertEquals(Objectives.Mode.ASSAULT, d.mode());
        assertEquals(4 * 0.9, d.score(), 1e-12, "odds 3 give a chance of 9/10");
    }

    @Test
    void aVacatedBaseTurnsAMarginalTownIntoAnObjective() {
        Prospect plain = town(0, 2, 1);
        assertNull(choice.choose(List.of(plain)), "2 x 1/2 = 1 is below 1.5");
        Prospect vacated = new Prospect(0, 2, 1, true, false, false, 0, false, true);
        assertEquals(2.0, choice.choose(List.of(vacated)).score(), 1e-12);
    }

    @Test
    void cutOffAndUncoveredTownsAndEnemiesAtHomeWeighMore() {
        assertEquals(1.5, choice.weigh(new Prospect(0, 2, 1, false, true, false, 0, false, true)).score(), 1e-12);
        assertEquals(1.5, choice.weigh(new Prospect(0, 2, 1, false, false, true, 0, false, true)).score(), 1e-12);
        assertEquals(2.0, choice.weigh(new Prospect(0, 2, 1, false, false, false, 1, false, true)).score(), 1e-12);
    }

    @Test
    void aTownTooStrongToStormIsStarvedByAFactionThatBlockades() {
        Prospect strong = new Prospect(0, 6, 0.5, false, false, false, 0, true, true);
        OffensiveChoice.Decision d = choice.weigh(strong);
        assertEquals(Objectives.Mode.SIEGE, d.mode());
        assertEquals(6 * 0.5, d.score(), 1e-12, "a siege at odds 0.5 has the chance of an assault at odds 1");
        assertEquals(Objectives.Mode.ASSAULT, choice.weigh(new Prospect(0, 6, 0.5, false, false, false, 0, false, true)).mode(),
                "a faction that does not blockade can only storm it");
        assertEquals(Objectives.Mode.ASSAULT, choice.weigh(new Prospect(0, 6, 2, false, false, false, 0, true, true)).mode(),
                "good odds: storm it");
    }

    @Test
    void aFactionThatDoesNotKeepTownsStarvesOrCampaignsButNeverStorms() {
        Prospect weak = new Prospect(0, 6, 3, false, false, false, 0, true, false);
        assertEquals(Objectives.Mode.SIEGE, choice.weigh(weak).mode(), "good odds, but it would not keep the town");
        Prospect noRoads = new Prospect(0, 6, 3, false, false, false, 0, false, false);
        assertEquals(Objectives.Mode.CAMPAIGN, choice.weigh(noRoads).mode());
        assertEquals(6 * OffensiveChoice.success(6), choice.weigh(noRoads).score(), 1e-12);
    }

    @Test
    void theStakeGrowsWithTheScoreToOneAtTwiceTheThreshold() {
        assertEquals(2.0 / 3.0, choice.weigh(new Prospect(0, 2, 1, true, false, false, 0, false, true)).stake(), 1e-12);
        assertEquals(1.0, choice.weigh(town(0, 10, 3)).stake(), 1e-12);
    }

    @Test
    void anObjectiveIsKeptWhileItScoresHalfTheThreshold() {
        assertTrue(choice.worthKeeping(town(0, 1.5, 1)));
        assertFalse(choice.worthKeeping(town(0, 1.4, 1)));
    }
}
