package sahelsim.model.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import sahelsim.model.Objectives;

/** Offensives chosen on a hand-made world (launch score 1.5, the shipped defaults). */
class OffensivePlannerTest {

    @Test
    void theStateGoesForTheWeakerOfTwoSimilarTownsAndTheContractorsJoinIt() {
        StrategyWorld w = new StrategyWorld();
        w.post(w.jnim, "mopti", 50);
        w.post(w.jnim, "djenne", 2000);
        w.band(w.fama, "sevare", 600);
        w.band(w.wagner, "sevare", 150);
        w.offensives.review(w.fama);
        assertEquals(w.town("mopti"), w.world.objectives().town(w.fama), w.events.toString());
        assertEquals(Objectives.Mode.ASSAULT, w.world.objectives().mode(w.fama));
        assertEquals(w.town("mopti"), w.world.objectives().town(w.wagner), "the contractors join");
    }

    @Test
    void contractorsAndForeignForcesLeadNoOffensive() {
        StrategyWorld w = new StrategyWorld();
        assertFalse(w.offensives.plans(w.wagner));
        assertTrue(w.offensives.plans(w.fama));
    }

    @Test
    void anArmedGroupFightsOnlyInItsOwnCountry() {
        StrategyWorld w = new StrategyWorld();
        w.post(w.fama, "gao", 20);
        w.band(w.jnim, "gao", 1000);
        w.offensives.review(w.jnim);
        assertEquals(-1, w.world.objectives().town(w.jnim), "Gao lies outside JNIM's home areas (Mopti region)");
        w.post(w.fama, "djenne", 20);
        w.offensives.review(w.jnim);
        assertEquals(w.town("djenne"), w.world.objectives().town(w.jnim));
        assertEquals(Objectives.Mode.SIEGE, w.world.objectives().mode(w.jnim),
                "JNIM keeps no town (hold 0.1): it starves Djenné instead of storming it");
    }

    @Test
    void aTrucePartnersTownIsNoTargetWithoutTheOffensiveRule() {
        StrategyWorld w = new StrategyWorld();
        w.post(w.csp, "kidal", 50);
        w.band(w.fama, "gao", 1200);
        w.offensives.review(w.fama);
        assertEquals(-1, w.world.objectives().town(w.fama), "csp-fama does not list offensive");
        assertTrue(w.world.relations().atTruce(w.csp, w.fama));
    }

    @Test
    void anObjectiveTakenIsDroppedAndTheFactionRegroupsBeforeTheNext() {
        StrategyWorld w = new StrategyWorld();
        w.post(w.jnim, "mopti", 50);
        w.post(w.jnim, "djenne", 50);
        w.band(w.fama, "sevare", 600);
        w.offensives.review(w.fama);
        int first = w.world.objectives().town(w.fama);
        w.world.removeGarrison(w.world.garrisonOf(w.jnim, first));
        w.offensives.review(w.fama);
        assertEquals(-1, w.world.objectives().town(w.fama));
        assertEquals(-1, w.world.objectives().town(w.wagner), "a partner drops it with the leader");
        assertTrue(w.said("left empty"), w.events.toString());
        w.offensives.review(w.fama);
        assertTrue(w.world.objectives().town(w.fama) >= 0, "the next review takes up the other town");
    }

    @Test
    void theColumnsThatWouldComeToATownsAidCountAgainstTheOdds() {
        StrategyWorld alone = new StrategyWorld();
        alone.post(alone.fama, "djenne", 20);
        alone.band(alone.jnim, "djenne", 300);
        alone.offensives.review(alone.jnim);
        assertEquals(alone.town("djenne"), alone.world.objectives().town(alone.jnim), "a weak post and no help near");

        StrategyWorld helped = new StrategyWorld();
        helped.post(helped.fama, "djenne", 20);
        helped.band(helped.jnim, "djenne", 300);
        helped.band(helped.fama, "mopti", 3000);
        helped.offensives.review(helped.jnim);
        assertEquals(-1, helped.world.objectives().town(helped.jnim),
                "FAMa's column at Mopti would come to Djenné's aid: " + helped.events);
    }

    @Test
    void aFactionThatBleedsBreaksOffItsObjective() {
        StrategyWorld w = new StrategyWorld();
        w.post(w.fama, "djenne", 20);
        var band = w.band(w.jnim, "djenne", 1000);
        w.offensives.review(w.jnim);
        assertEquals(w.town("djenne"), w.world.objectives().town(w.jnim));
        band.removeStrength(200);
        w.offensives.review(w.jnim);
        assertEquals(w.town("djenne"), w.world.objectives().town(w.jnim), "a fifth lost: it holds on");
        band.removeStrength(100);
        w.offensives.review(w.jnim);
        assertEquals(-1, w.world.objectives().town(w.jnim), "30% lost, over breakOffLosses 0.25");
        assertTrue(w.said("breaks off at Djenné: it has lost 30% of its fighters"), w.events.toString());
    }
}
