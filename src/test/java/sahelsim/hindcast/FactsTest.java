package sahelsim.hindcast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sahelsim.hindcast.HandMadeRun.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import sahelsim.model.EventKind;
import sahelsim.observe.Measure;

/**
 * Each fact judged on outputs written by hand: one that shows the fact and, changed as little as possible, one
 * that does not, so that every threshold is seen to bite.
 */
class FactsTest {

    @Test
    void aRunInWhichNothingHappensReproducesNoFact() {
        HandMadeRun quiet = new HandMadeRun();
        for (Fact f : Facts.all()) {
            assertFalse(quiet.judge(f).reproduced(), f.id() + " is reproduced by a run in which nothing happens");
        }
    }

    @Test
    void factsHaveDistinctIdsAndSayWhatTheyTest() {
        assertEquals(Facts.all().size(), new TreeSet<>(Facts.all().stream().map(Fact::id).toList()).size());
        for (Fact f : Facts.all()) {
            assertTrue(f.id().matches("[a-z0-9_]+"), f.id());
            assertFalse(f.title().isBlank() || f.historical().isBlank() || f.test().isBlank() || f.observed().isBlank()
                    || f.historicalFigure().isBlank(),
                    f.id());
            assertTrue(f.historical().contains("mali-facts"), f.id() + " does not cite its source");
        }
    }

    @Test
    void violenceRisingAroundADepartedBase() {
        Fact fact = new ViolenceAfterWithdrawal();
        // Barkhane left Gao on 15 Aug 2022.
        HandMadeRun after = new HandMadeRun().clash(date(2022, 9, 1), "jnim", "fama", "gao", 100);
        Verdict v = after.judge(fact);
        assertTrue(v.reproduced(), v.reading());
        assertEquals(101, v.observed(), 1e-9);
        HandMadeRun steady = new HandMadeRun().clash(date(2022, 7, 1), "jnim", "fama", "gao", 100)
                .clash(date(2022, 9, 1), "jnim", "fama", "gao", 100);
        assertFalse(steady.judge(fact).reproduced());
        HandMadeRun farAway = new HandMadeRun().clash(date(2022, 9, 1), "jnim", "fama", "mopti", 100);
        assertFalse(farAway.judge(fact).reproduced());
    }

    @Test
    void formerTrucePartnersFightingNearAVacatedBase() {
        Fact fact = new RaceForVacatedBases();
        // MINUSMA left Ber on 13 Aug 2023; the CSP and FAMa start the run at truce.
        HandMadeRun ber = new HandMadeRun().clash(date(2023, 8, 20), "fama", "csp", "ber", 10);
        Verdict v = ber.judge(fact);
        assertTrue(v.reproduced(), v.reading());
        assertEquals(1, v.observed());
        assertFalse(new HandMadeRun().clash(date(2023, 8, 20), "fama", "jnim", "ber", 10).judge(fact).reproduced(),
                "FAMa and JNIM were never at truce");
        assertFalse(new HandMadeRun().clash(date(2023, 8, 1), "fama", "csp", "ber", 10).judge(fact).reproduced(),
                "a fight before the base was left");
        assertFalse(new HandMadeRun().clash(date(2025, 6, 1), "fama", "csp", "ber", 10).judge(fact).reproduced(),
                "a fight long after every base near Ber was left");
        assertFalse(new HandMadeRun().clash(date(2023, 8, 20), "fama", "csp", "kidal", 10).judge(fact).reproduced(),
                "Kidal's camp was left only on 31 Oct 2023, and Ber lies over 100 km away");
        assertFalse(new HandMadeRun().event(date(2023, 8, 14), EventKind.TRUCE_ENDS, "csp", "fama", "ber", 0, 0, 0)
                .judge(fact).reproduced(), "a truce ending without fighting");
    }

    @Test
    void aLargeTownBlockadedButNotStormed() {
        Fact fact = new BlockadesNotAssaults();
        HandMadeRun blockade = new HandMadeRun().blockaded("timbuktu", "jnim", date(2023, 8, 8), date(2023, 10, 6));
        Verdict v = blockade.judge(fact);
        assertTrue(v.reproduced(), v.reading());
        assertEquals(60, v.observed());
        blockade.event(date(2023, 11, 1), EventKind.TERRITORY_TAKEN, "jnim", "fama", "timbuktu", 5, 20, 0);
        assertFalse(blockade.judge(fact).reproduced(), "the town was stormed");
        HandMadeRun smallTown = new HandMadeRun().blockaded("ber", "jnim", date(2023, 8, 8), date(2023, 10, 6));
        assertFalse(smallTown.judge(fact).reproduced(), "Ber is not a large town");
        HandMadeRun brief = new HandMadeRun().blockaded("timbuktu", "jnim", date(2023, 8, 8), date(2023, 8, 20));
        assertFalse(brief.judge(fact).reproduced());
    }

    @Test
    void postsOverrunAndNotKept() {
        Fact fact = new CampsRaidedAndLeft();
        HandMadeRun lost = new HandMadeRun()
                .event(date(2023, 9, 1), EventKind.POST_OVERRUN, "csp", "fama", "bourem", 3, 10, 0)
                .event(date(2023, 9, 1), EventKind.POST_OVERRUN, "csp", "fama", "lere", 3, 10, 0)
                .event(date(2023, 9, 1), EventKind.TERRITORY_TAKEN, "csp", "fama", "boni", 3, 10, 0)
                .held("boni", "csp", date(2023, 9, 1), date(2023, 9, 20))
                .held("boni", "fama", date(2023, 9, 21), date(2025, 12, 31));
        Verdict v = lost.judge(fact);
        assertTrue(v.reproduced(), v.reading());
        assertEquals(1.0, v.observed());
        HandMadeRun raidsOnly = new HandMadeRun();
        for (String town : List.of("bourem", "lere", "boni")) {
            raidsOnly.event(date(2023, 9, 1), EventKind.POST_OVERRUN, "csp", "fama", town, 3, 10, 0);
        }
        assertTrue(raidsOnly.judge(fact).reproduced(), "a group that could hold chose to raid and leave");
        HandMadeRun kept = new HandMadeRun()
                .event(date(2023, 9, 1), EventKind.POST_OVERRUN, "csp", "fama", "bourem", 3, 10, 0)
                .event(date(2023, 9, 1), EventKind.TERRITORY_TAKEN, "csp", "fama", "lere", 3, 10, 0)
                .event(date(2023, 9, 1), EventKind.TERRITORY_TAKEN, "csp", "fama", "boni", 3, 10, 0)
                .held("lere", "csp", date(2023, 9, 1), date(2025, 12, 31))
                .held("boni", "csp", date(2023, 9, 1), date(2025, 12, 31));
        assertFalse(kept.judge(fact).reproduced(), "two of three posts kept");
        HandMadeRun jihadists = new HandMadeRun()
                .event(date(2023, 9, 1), EventKind.POST_OVERRUN, "jnim", "fama", "bourem", 3, 10, 0)
                .event(date(2023, 9, 1), EventKind.POST_OVERRUN, "jnim", "fama", "lere", 3, 10, 0)
                .event(date(2023, 9, 1), EventKind.TERRITORY_TAKEN, "jnim", "fama", "boni", 3, 10, 0);
        assertFalse(jihadists.judge(fact).reproduced(), "JNIM's aims never keep a town: it cannot show the choice");
    }

    @Test
    void recruitmentRisingAfterAMassacreByTheStateSide() {
        Fact fact = new AbuseDrivesRecruitment();
        LocalDate massacre = date(2022, 6, 1);
        HandMadeRun steady = new HandMadeRun()
                .set(Measure.RECRUITS, "jnim", HandMadeRun.SCENARIO.start(), HandMadeRun.SCENARIO.end(), 1)
                .event(massacre, EventKind.CIVILIANS_ATTACKED, "wagner", "civilians", "mopti", 0, 0, 300);
        Verdict flat = steady.judge(fact);
        assertFalse(flat.reproduced(), flat.reading());
        assertEquals(1.0, flat.observed(), 1e-9);
        steady.set(Measure.RECRUITS, "jnim", massacre, massacre.plusDays(89), 5);
        Verdict surge = steady.judge(fact);
        assertTrue(surge.reproduced(), surge.reading());
        HandMadeRun rebelMassacre = new HandMadeRun()
                .set(Measure.RECRUITS, "jnim", HandMadeRun.SCENARIO.start(), HandMadeRun.SCENARIO.end(), 1)
                .set(Measure.RECRUITS, "jnim", massacre, massacre.plusDays(89), 5)
                .event(massacre, EventKind.CIVILIANS_ATTACKED, "issp", "civilians", "mopti", 0, 0, 300);
        assertTrue(Double.isNaN(rebelMassacre.judge(fact).observed()), "only the state side's killings count");
    }

    @Test
    void jnimAndIsspAtWarIn2022And2023() {
        Fact fact = new JihadistWar();
        HandMadeRun war = new HandMadeRun();
        HandMadeRun later = new HandMadeRun();
        for (int i = 0; i < 10; i++) {
            war.clash(date(2022, 9, 1 + i), "jnim", "issp", "menaka", 10);
            later.clash(date(2024, 9, 1 + i), "jnim", "issp", "menaka", 10);
        }
        assertTrue(war.judge(fact).reproduced());
        assertEquals(100, war.judge(fact).observed());
        assertFalse(later.judge(fact).reproduced(), "fighting outside 2022-2023");
        HandMadeRun skirmishes = new HandMadeRun();
        for (int i = 0; i < 10; i++) {
            skirmishes.clash(date(2022, 9, 1 + i), "jnim", "issp", "menaka", 9);
        }
        assertFalse(skirmishes.judge(fact).reproduced(), "90 deaths");
    }

    @Test
    void rebelsAndJihadistsBothFightTheStateInTheNorth() {
        Fact fact = new RebelJihadistConvergence();
        HandMadeRun both = new HandMadeRun().clash(date(2023, 1, 1), "csp", "jnim", "anefis", 10);
        for (int k = 0; k < 3; k++) {
            both.clash(date(2023, 9, 12 + k), "csp", "fama", "bourem", 10)
                    .clash(date(2023, 10, 1 + k), "wagner", "jnim", "ber", 10);
        }
        Verdict v = both.judge(fact);
        assertTrue(v.reproduced(), "a fight before the war does not count: " + v.reading());
        both.clash(date(2023, 11, 1), "jnim", "csp", "anefis", 4);
        assertFalse(both.judge(fact).reproduced(), "one CSP-JNIM fight for three with the state");
        HandMadeRun centre = new HandMadeRun();
        for (int k = 0; k < 3; k++) {
            centre.clash(date(2023, 9, 12 + k), "csp", "fama", "bourem", 10)
                    .clash(date(2023, 10, 1 + k), "jnim", "fama", "djenne", 10);
        }
        assertFalse(centre.judge(fact).reproduced(), "JNIM fights the state only in the centre");
        HandMadeRun late = new HandMadeRun();
        for (int k = 0; k < 3; k++) {
            late.clash(date(2023, 9, 12 + k), "csp", "fama", "bourem", 10)
                    .clash(date(2024, 6, 1 + k), "jnim", "fama", "ber", 10);
        }
        assertFalse(late.judge(fact).reproduced(), "JNIM joins nine months later");
        assertFalse(new HandMadeRun().clash(date(2023, 10, 1), "jnim", "fama", "ber", 10).judge(fact).reproduced(),
                "the CSP never fought the state");
    }

    @Test
    void fatalitiesDoNotFallAfter2022() {
        Fact fact = new NewPartnerNoFewerDeaths();
        HandMadeRun steady = new HandMadeRun().set(Measure.FATALITIES, "", HandMadeRun.SCENARIO.start(),
                HandMadeRun.SCENARIO.end(), 4);
        Verdict v = steady.judge(fact);
        assertTrue(v.reproduced(), v.reading());
        assertEquals(1.0, v.observed(), 1e-9);
        steady.set(Measure.FATALITIES, "", date(2024, 1, 1), date(2024, 12, 31), 2.9);
        assertFalse(steady.judge(fact).reproduced(), "2024 at 0.73 x 2022");
    }

    @Test
    void convoysAmbushedAndTurnedBack() {
        Fact fact = new LogisticsChokepoints();
        HandMadeRun run = new HandMadeRun();
        for (int i = 0; i < 10; i++) {
            run.event(date(2022, 3, 1 + i), EventKind.IED, "jnim", "fama", "douentza", 0, 2, 0);
        }
        assertFalse(run.judge(fact).reproduced(), "no convoy turned back");
        run.event(date(2023, 9, 1), EventKind.CONVOY_TURNED_BACK, "fama", "jnim", "timbuktu", 0, 0, 0);
        assertTrue(run.judge(fact).reproduced());
    }

    @Test
    void civiliansKilledIn2022() {
        Fact fact = new CivilianDeaths2022();
        HandMadeRun like = new HandMadeRun().set(Measure.CIVILIAN_DEATHS, "", date(2022, 1, 1), date(2022, 12, 31), 3.5);
        Verdict v = like.judge(fact);
        assertTrue(v.reproduced(), v.reading());
        assertEquals(1277.5, v.observed(), 1e-3);
        HandMadeRun many = new HandMadeRun().set(Measure.CIVILIAN_DEATHS, "", date(2022, 1, 1), date(2022, 12, 31), 11);
        assertFalse(many.judge(fact).reproduced(), "4,015 killed is more than three times the UN's count");
        HandMadeRun few = new HandMadeRun().set(Measure.CIVILIAN_DEATHS, "", date(2022, 1, 1), date(2022, 12, 31), 1);
        assertFalse(few.judge(fact).reproduced(), "365 killed is less than a third of the UN's count");
    }

    @Test
    void displacedAgainstEachDtmCount() {
        Fact fact = new DisplacedSeries();
        HandMadeRun run = new HandMadeRun();
        HistoricalFigures.DTM_DISPLACED.forEach((d, v) -> run.set(Measure.DISPLACED, "", d, v));
        Verdict v = run.judge(fact);
        assertTrue(v.reproduced(), v.reading());
        assertEquals(1.0, v.observed(), 1e-9);
        run.set(Measure.DISPLACED, "", date(2023, 9, 30), 391_961.0 * 1.6);
        Verdict off = run.judge(fact);
        assertFalse(off.reproduced(), off.reading());
        assertEquals(1.6, off.observed(), 1e-6);
    }

    @Test
    void refugeesInApril2023() {
        Fact fact = new Refugees2023();
        HandMadeRun run = new HandMadeRun().set(Measure.REFUGEES, "", date(2023, 4, 30), 300_000);
        assertTrue(run.judge(fact).reproduced());
        run.set(Measure.REFUGEES, "", date(2023, 4, 30), 420_000);
        assertFalse(run.judge(fact).reproduced());
    }

    @Test
    void kidalTakenAfterTheUnLeavesAndKept() {
        Fact fact = new KidalChangesHands();
        HandMadeRun taken = new HandMadeRun().held("kidal", "csp", date(2022, 1, 1), date(2023, 11, 13))
                .held("kidal", "fama", date(2023, 11, 14), date(2025, 12, 31));
        Verdict v = taken.judge(fact);
        assertTrue(v.reproduced(), v.reading());
        assertEquals(14, v.observed());
        HandMadeRun kept = new HandMadeRun().held("kidal", "csp", date(2022, 1, 1), date(2025, 12, 31));
        assertFalse(kept.judge(fact).reproduced());
        HandMadeRun tooLate = new HandMadeRun().held("kidal", "csp", date(2022, 1, 1), date(2024, 8, 1))
                .held("kidal", "fama", date(2024, 8, 2), date(2025, 12, 31));
        assertFalse(tooLate.judge(fact).reproduced());
        HandMadeRun alwaysState = new HandMadeRun().held("kidal", "fama", date(2022, 1, 1), date(2025, 12, 31));
        assertFalse(alwaysState.judge(fact).reproduced(), "Kidal must be held against the state first");
        HandMadeRun retaken = new HandMadeRun().held("kidal", "csp", date(2022, 1, 1), date(2023, 11, 13))
                .held("kidal", "fama", date(2023, 11, 14), date(2024, 5, 1))
                .held("kidal", "csp", date(2024, 5, 2), date(2025, 12, 31));
        assertFalse(retaken.judge(fact).reproduced(), "the rebels take it back in May 2024");
    }

    @Test
    void theRebelsWarResumingInTheSecondHalfOf2023() {
        Fact fact = new CeasefireBreaks2023();
        HandMadeRun ber = new HandMadeRun().clash(date(2023, 8, 7), "fama", "csp", "ber", 10)
                .clash(date(2023, 9, 12), "csp", "fama", "bourem", 10).clash(date(2023, 9, 17), "csp", "fama", "lere", 5);
        Verdict v = ber.judge(fact);
        assertTrue(v.reproduced(), v.reading());
        assertEquals(0, v.observed());
        assertFalse(new HandMadeRun().clash(date(2023, 8, 7), "fama", "csp", "ber", 10).judge(fact).reproduced(),
                "one battle is not a war");
        HandMadeRun militia = new HandMadeRun().clash(date(2022, 5, 1), "platform", "csp", "anefis", 3)
                .clash(date(2023, 8, 7), "fama", "csp", "ber", 10).clash(date(2023, 9, 12), "csp", "fama", "bourem", 10)
                .clash(date(2023, 9, 17), "csp", "fama", "lere", 5);
        assertTrue(militia.judge(fact).reproduced(), "the militias were never party to the ceasefire");
        ber.clash(date(2022, 5, 1), "wagner", "csp", "anefis", 3);
        assertFalse(ber.judge(fact).reproduced(), "a fight with the contractors in 2022");
        assertFalse(new HandMadeRun().event(date(2023, 8, 7), EventKind.TRUCE_ENDS, "fama", "csp", "ber", 0, 0, 0)
                .judge(fact).reproduced(), "a truce ending without a war");
    }

    @Test
    void timbuktuBlockadedFromAugust2023AndNotTaken() {
        Fact fact = new TimbuktuBlockade();
        HandMadeRun siege = new HandMadeRun().held("timbuktu", "fama", date(2022, 1, 1), date(2025, 12, 31))
                .blockaded("timbuktu", "jnim", date(2023, 8, 8), date(2023, 8, 20))
                .blockaded("timbuktu", "jnim", date(2023, 9, 1), date(2023, 9, 15));
        assertFalse(siege.judge(fact).reproduced(), "28 days");
        siege.blockaded("timbuktu", "jnim", date(2023, 10, 1), date(2023, 10, 2));
        Verdict v = siege.judge(fact);
        assertTrue(v.reproduced(), v.reading());
        assertEquals(30, v.observed());
        HandMadeRun early = new HandMadeRun().blockaded("timbuktu", "jnim", date(2022, 1, 1), date(2023, 7, 31));
        assertFalse(early.judge(fact).reproduced());
        HandMadeRun stormed = new HandMadeRun().held("timbuktu", "fama", date(2022, 1, 1), date(2023, 11, 30))
                .held("timbuktu", "jnim", date(2023, 12, 1), date(2025, 12, 31))
                .blockaded("timbuktu", "jnim", date(2023, 8, 8), date(2023, 11, 30));
        assertFalse(stormed.judge(fact).reproduced(), "JNIM takes the town in December");
    }

    @Test
    void heavyViolenceInMenakaAfterBarkhaneLeaves() {
        Fact fact = new MenakaOffensive();
        HandMadeRun run = new HandMadeRun().clash(date(2022, 7, 1), "issp", "platform", "menaka", 299);
        assertFalse(run.judge(fact).reproduced());
        run.event(date(2022, 7, 2), EventKind.CIVILIANS_ATTACKED, "issp", "civilians", "menaka", 0, 0, 1);
        assertTrue(run.judge(fact).reproduced());
        HandMadeRun elsewhere = new HandMadeRun().clash(date(2022, 7, 1), "issp", "fama", "gao", 400);
        assertFalse(elsewhere.judge(fact).reproduced());
        HandMadeRun others = new HandMadeRun().clash(date(2022, 7, 1), "issp", "platform", "menaka", 140)
                .clash(date(2022, 7, 1), "jnim", "fama", "menaka", 200);
        assertFalse(others.judge(fact).reproduced(), "most of the dead in fights without the ISSP");
    }

    @Test
    void aFactIsReproducedWhenAtLeastHalfTheRunsReproduceIt() {
        Fact fact = new LogisticsChokepoints();
        List<List<Verdict>> runs = new ArrayList<>();
        runs.add(List.of(Verdict.of(12, "", true)));
        runs.add(List.of(Verdict.of(3, "", false)));
        Hindcast.Score half = Hindcast.score(List.of(fact), runs).get(0);
        assertTrue(half.reproduced());
        assertEquals(0.5, half.share());
        assertEquals(7.5, half.median());
        runs.add(List.of(Verdict.of(Double.NaN, "", false)));
        Hindcast.Score third = Hindcast.score(List.of(fact), runs).get(0);
        assertFalse(third.reproduced());
        assertEquals(7.5, third.median(), "runs without a number are left out of the median");
    }
}
