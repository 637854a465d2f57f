package sahelsim.model.rebellion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import sahelsim.model.EventKind;
import sahelsim.model.ModelEvent;
import sahelsim.model.agents.Garrison;
import sahelsim.model.mechanics.Recruitment;
import sahelsim.observe.Measure;
import sahelsim.observe.RunRecord;

/**
 * Epstein's rules inside the Mali model, on hand-made worlds at Gao (a town of about 100,000, state troops posted by
 * the test) and Mopti (far out of their sight): who goes active, whom the troops deter, how long the arrested stay
 * in jail, what abusive arrests do to legitimacy, whom armed groups recruit, and which confrontations are logged.
 * Legitimacy 0.5 and hardship 0.5 everywhere make each civilian's grievance G = H/2 with H ~ U(0,1), as in the paper.
 */
class RebellionTest {

    private static final String[] PAPER_LIKE = {"civilians.legitimacy=0.5", "civilians.hardship=0.5"};

    private static String[] with(String... more) {
        String[] all = new String[PAPER_LIKE.length + more.length];
        System.arraycopy(PAPER_LIKE, 0, all, 0, PAPER_LIKE.length);
        System.arraycopy(more, 0, all, PAPER_LIKE.length, more.length);
        return all;
    }

    @Test
    void outOfSightOfStateTroopsACivilianIsActiveWhenItsGrievanceExceedsTheThreshold() {
        RebellionWorld w = new RebellionWorld(1, PAPER_LIKE);
        w.day();
        int mopti = w.at("mopti");
        for (int k = w.civilians.first(mopti); k < w.civilians.first(mopti + 1); k++) {
            assertEquals(w.activeByRule(mopti, k, 0), w.civilians.active(k), "representative " + k);
        }
        // G = H/2 > 0.1 for H > 0.2: about four in five.
        assertTrue(w.activeShare(mopti) > 0.6 && w.activeShare(mopti) < 0.95, "share " + w.activeShare(mopti));

        RebellionWorld calm = new RebellionWorld(1, with("civilians.rebellion.threshold=0.6"));
        calm.day();
        assertEquals(0, calm.rebellion.activeTotal(), "nobody's grievance reaches 0.6");
    }

    @Test
    void manyStateTroopsInSightDeterAllButTheBoldest() {
        RebellionWorld w = new RebellionWorld(1, PAPER_LIKE);
        w.post("fama", "gao", 1_000_000);
        w.day();
        int gao = w.at("gao");
        // Nobody was active yesterday: a civilian going active would be the only one, P = 1 - exp(-2.3 x 1,000,000).
        double p = w.rebellion.rules().arrestProbability(1_000_000, 1);
        for (int k = w.civilians.first(gao); k < w.civilians.first(gao + 1); k++) {
            assertEquals(w.activeByRule(gao, k, p), w.civilians.active(k), "representative " + k);
        }
        int mopti = w.at("mopti");
        assertTrue(w.rebellion.activePeople(gao) > 0, "the boldest defy the troops");
        assertTrue(w.activeShare(gao) < w.activeShare(mopti) / 2, w.activeShare(gao) + " at Gao against "
                + w.activeShare(mopti) + " out of sight of the troops");
    }

    @Test
    void aCrowdThatOutnumbersTheTroopsInSightCountsOnNoArrestWhenTheRatioIsWhole() {
        RebellionWorld whole = new RebellionWorld(1, PAPER_LIKE);
        whole.post("fama", "gao", 1000);
        whole.day();
        long boldest = whole.rebellion.activePeople(whole.at("gao"));
        assertTrue(boldest > 1000, "the boldest alone outnumber the troops: " + boldest);
        whole.day();
        int gao = whole.at("gao");
        for (int k = whole.civilians.first(gao); k < whole.civilians.first(gao + 1); k++) {
            assertEquals(whole.activeByRule(gao, k, 0), whole.civilians.active(k), "floor(C/A) = 0: P = 0");
        }

        RebellionWorld exact = new RebellionWorld(1, with("civilians.rebellion.copRatio=exact"));
        exact.post("fama", "gao", 1000);
        exact.day();
        exact.day();
        assertTrue(exact.rebellion.activePeople(gao) < whole.rebellion.activePeople(gao),
                "with C/A as a fraction the troops still deter some");
    }

    @Test
    void outOfSightOfTroopsCiviliansReconsiderWeeklyAndAsSoonAsTroopsLeave() {
        RebellionWorld w = new RebellionWorld(1, PAPER_LIKE);
        Garrison post = w.post("fama", "gao", 1_000_000);
        w.day();
        int mopti = w.at("mopti");
        int gao = w.at("gao");
        boolean[] before = flags(w, mopti);
        w.pop.lowerLegitimacy(mopti, 1);
        w.world.removeGarrison(post);
        w.day();
        assertArrayEquals(before, flags(w, mopti), "out of sight of troops, day 1 is not a day to reconsider");
        for (int k = w.civilians.first(gao); k < w.civilians.first(gao + 1); k++) {
            assertEquals(w.activeByRule(gao, k, 0), w.civilians.active(k), "the troops gone, Gao decides at once");
        }
        for (int day = 2; day <= 7; day++) {
            w.day();
        }
        boolean changed = false;
        for (int k = w.civilians.first(mopti); k < w.civilians.first(mopti + 1); k++) {
            assertEquals(w.activeByRule(mopti, k, 0, 0), w.civilians.active(k), "day 7, the week's first: L = 0");
            changed |= w.civilians.active(k) != before[k - w.civilians.first(mopti)];
        }
        assertTrue(changed, "legitimacy 0 makes some more civilians active");
    }

    private static boolean[] flags(RebellionWorld w, int i) {
        boolean[] out = new boolean[w.civilians.first(i + 1) - w.civilians.first(i)];
        for (int k = 0; k < out.length; k++) {
            out[k] = w.civilians.active(w.civilians.first(i) + k);
        }
        return out;
    }

    @Test
    void foreignForcesArrestNobodyAndDeterNobody() {
        RebellionWorld w = new RebellionWorld(1, PAPER_LIKE);
        w.post("minusma", "gao", 1_000_000);
        w.day();
        int gao = w.at("gao");
        for (int k = w.civilians.first(gao); k < w.civilians.first(gao + 1); k++) {
            assertEquals(w.activeByRule(gao, k, 0), w.civilians.active(k), "representative " + k);
        }
        assertEquals(0, w.pop.jailedTotal());
        assertEquals(0, w.rebellion.arrests(w.faction("minusma")));
    }

    @Test
    void theArrestedComeHomeOnEachDayOfTheirTermsAndNoneAfterTheLongest() {
        RebellionWorld w = new RebellionWorld(1, with("civilians.rebellion.maxJailDays=3",
                "civilians.rebellion.arrestsPerTroop=1"));
        Garrison post = w.post("fama", "gao", 500);
        w.day();
        long jailed = w.pop.jailedTotal();
        assertEquals(500, jailed, "500 soldiers, one arrest each");
        assertEquals(jailed, w.rebellion.arrests(w.faction("fama")));
        w.world.removeGarrison(post);
        for (int day = 1; day <= 4; day++) {
            w.day();
            long now = w.pop.jailedTotal();
            assertTrue(now < jailed, "terms drawn from 0 to 3 days: some come home each day, and nobody is "
                    + "arrested once the troops are gone; day " + day + ": " + now + " after " + jailed);
            jailed = now;
            for (int i = 0; i < w.pop.size(); i++) {
                long inJail = 0;
                for (int k = w.civilians.first(i); k < w.civilians.first(i + 1); k++) {
                    inJail += w.civilians.jailed(k);
                }
                assertEquals(w.pop.jailed(i), inJail, "cell " + i + " on day " + day);
            }
            if (day == 3) {
                assertTrue(jailed > 0, "terms of 3 days keep some in jail until the start of day 4");
            }
        }
        assertEquals(0, jailed, "arrested on day 0 with terms of at most 3 days: all home on day 4");
    }

    @Test
    void abusiveArrestsTakeFromLocalLegitimacyTheShareOfPeopleTheyReach() {
        RebellionWorld w = new RebellionWorld(1, with("wagner.abuse=1"));
        w.post("wagner", "gao", 20_000);
        double[] before = new double[w.pop.size()];
        double[] grievance = new double[w.pop.size()];
        for (int i = 0; i < before.length; i++) {
            before[i] = w.pop.legitimacy(i);
            grievance[i] = RebellionRules.grievance(w.pop.hardship(i), before[i]);
        }
        w.rebellion.step();
        int abused = 0;
        for (int i = 0; i < before.length; i++) {
            int arrested = w.pop.jailed(i);
            double reached = Math.min(1, 10.0 * arrested / (w.pop.residents(i) + arrested));
            assertEquals(before[i] * (1 - reached), w.pop.legitimacy(i), 1e-6, "cell " + i);
            if (arrested > 0) {
                abused++;
                assertTrue(RebellionRules.grievance(w.pop.hardship(i), w.pop.legitimacy(i)) > grievance[i],
                        "grievance rises where the contractors arrest");
            }
        }
        assertTrue(abused > 0);

        RebellionWorld clean = new RebellionWorld(1, PAPER_LIKE);
        clean.post("fama", "gao", 20_000);
        clean.rebellion.step();
        assertTrue(clean.pop.jailedTotal() > 0);
        for (int i = 0; i < before.length; i++) {
            assertEquals(0.5, clean.pop.legitimacy(i), 1e-6, "a faction with no indiscriminate violence abuses nobody");
        }
    }

    /** A faction's recruits on a week's first day, with a band of its own at Mopti, in its home region. */
    private static double recruits(String faction, String... settings) {
        String[] all = java.util.Arrays.copyOf(settings, settings.length + 1);
        all[settings.length] = "factions." + faction + ".behaviour.recruitment=1";
        RebellionWorld w = new RebellionWorld(1, with(all));
        int f = w.faction(faction);
        int mopti = w.model.townIndex("mopti");
        w.world.newUnit(f, 500, w.model.town(mopti).cell(), mopti);
        w.model.control().update(w.model.garrisons(), w.model.units(), w.pop);
        w.rebellion.step();
        new Recruitment(w.world, w.rebellion).step();
        return w.model.faction(f).recruitsTotal();
    }

    private static double jnimRecruits(String... settings) {
        return recruits("jnim", settings);
    }

    @Test
    void armedGroupsRecruitTheActiveCivilians() {
        double active = jnimRecruits();
        double nobodyActive = jnimRecruits("civilians.rebellion.threshold=0.6");
        double quietJoinToo = jnimRecruits("civilians.rebellion.threshold=0.6", "civilians.rebellion.quietRecruitment=1");
        assertTrue(active > 0, "active civilians join the group they lean to");
        assertEquals(0, nobodyActive, "quiet civilians do not join when quietRecruitment is 0");
        assertTrue(quietJoinToo > 0, "quietRecruitment 1: the quiet join as readily");
        assertTrue(active > jnimRecruits("civilians.rebellion.threshold=0.3"), "fewer active, fewer recruits");
    }

    @Test
    void quietCiviliansJoinAtQuietRecruitmentOfTheRateOfActiveOnes() {
        double half = jnimRecruits("civilians.rebellion.threshold=0.6", "civilians.rebellion.quietRecruitment=0.5");
        double full = jnimRecruits("civilians.rebellion.threshold=0.6", "civilians.rebellion.quietRecruitment=1");
        assertTrue(full > 500, "enough recruits for the ratio to show: " + full);
        assertEquals(0.5, half / full, 0.03, half + " recruits at 0.5 against " + full + " at 1");
    }

    @Test
    void theStatesMilitiasRecruitFromEveryoneAtHomeTheInsurgentsFromTheActive() {
        // The militia's band arrests nobody, so that the same people are at home whether they are active or not.
        String noArrests = "civilians.rebellion.arrestsPerTroop=0";
        String nobodyActive = "civilians.rebellion.threshold=0.6";
        assertEquals(0, jnimRecruits(nobodyActive), "nobody defies the state: the insurgents find nobody");
        double militia = recruits("dozo", noArrests, nobodyActive);
        assertTrue(militia > 0, "joining a militia on the state's side defies nobody: " + militia);
        assertEquals(militia, recruits("dozo", noArrests), 0.0, "whether anyone is active makes no difference to the "
                + "militia");
    }

    @Test
    void aConfrontationIsLoggedWhenItBeginsAsAProtestOrARiot() {
        RebellionWorld overawed = new RebellionWorld(1, PAPER_LIKE);
        overawed.post("fama", "gao", 1_000_000);
        overawed.day();
        overawed.day();
        List<ModelEvent> protests = overawed.events(EventKind.PROTEST);
        assertEquals(1, protests.size(), "one protest at Gao, logged the day it began: " + protests);
        assertEquals(overawed.faction("fama"), protests.get(0).actor2());
        assertEquals(ModelEvent.CIVILIANS, protests.get(0).actor1());
        assertEquals(0, protests.get(0).day());
        assertTrue(overawed.events(EventKind.RIOT).isEmpty(), "the troops outnumber the active civilians");

        RebellionWorld outnumbered = new RebellionWorld(1, PAPER_LIKE);
        Garrison few = outnumbered.post("fama", "gao", 50);
        outnumbered.day();
        outnumbered.day();
        assertEquals(1, outnumbered.events(EventKind.RIOT).size(), "" + outnumbered.events);
        assertTrue(outnumbered.events(EventKind.PROTEST).isEmpty());
        outnumbered.world.removeGarrison(few);
        outnumbered.day();
        outnumbered.post("fama", "gao", 50);
        outnumbered.day();
        assertEquals(2, outnumbered.events(EventKind.RIOT).size(), "a confrontation that ended and began again");
    }

    @Test
    void eachSoldierCountsAsCopsPerSoldierOfThePapersCops() {
        String noArrests = "civilians.rebellion.arrestsPerTroop=0";
        RebellionWorld many = new RebellionWorld(1, with(noArrests));
        many.post("fama", "gao", 1_000_000);
        RebellionWorld weighty = new RebellionWorld(1, with(noArrests, "civilians.rebellion.copsPerSoldier=1000"));
        weighty.post("fama", "gao", 1000);
        RebellionWorld plain = new RebellionWorld(1, with(noArrests));
        plain.post("fama", "gao", 1000);
        for (int day = 0; day < 3; day++) {
            for (RebellionWorld w : List.of(many, weighty, plain)) {
                w.day();
            }
        }
        assertArrayEquals(state(many), state(weighty), "a thousand soldiers of a thousand cops each deter as a "
                + "million soldiers of one");
        assertTrue(plain.rebellion.activeTotal() > weighty.rebellion.activeTotal(),
                "a thousand soldiers of one cop each are outnumbered");
        assertTrue(weighty.events(EventKind.RIOT).isEmpty(), "the crowd does not outnumber the cops: " + weighty.events);
        assertEquals(1, weighty.events(EventKind.PROTEST).size(), "" + weighty.events);
        assertEquals(1, plain.events(EventKind.RIOT).size(), "" + plain.events);
    }

    @Test
    void fewerActiveCiviliansThanACrowdMakeNoDemonstration() {
        RebellionWorld counted = new RebellionWorld(1, with("civilians.rebellion.minCrowd=1"));
        counted.post("fama", "gao", 1_000_000);
        counted.day();
        List<ModelEvent> protests = counted.events(EventKind.PROTEST);
        assertEquals(1, protests.size(), "" + counted.events);
        String notes = protests.get(0).notes();
        int crowd = Integer.parseInt(notes.substring("about ".length(), notes.indexOf(' ', "about ".length())));
        assertTrue(crowd > 1, notes);
        for (int minCrowd : new int[] {crowd, crowd + 1}) {
            RebellionWorld w = new RebellionWorld(1, with("civilians.rebellion.minCrowd=" + minCrowd));
            w.post("fama", "gao", 1_000_000);
            w.day();
            assertEquals(minCrowd == crowd ? 1 : 0, w.events(EventKind.PROTEST).size(),
                    "a crowd of " + crowd + " against a minimum of " + minCrowd);
            assertEquals(counted.rebellion.activeTotal(), w.rebellion.activeTotal(), "the rule logs; it changes nobody");
        }
    }

    /**
     * Legitimacy 1 makes nobody aggrieved; one cell, whose legitimacy is then cut to 0, holds all the active civilians,
     * and one soldier of a column stands there. Rule A and the arrests run alone (no column moves).
     */
    private static RebellionWorld oneDefiantCell(int cell, boolean garrisonAtGao) {
        RebellionWorld w = new RebellionWorld(1, "civilians.legitimacy=1", "civilians.hardship=0.5");
        int gao = w.model.townIndex("gao");
        if (garrisonAtGao) {
            w.post("fama", "gao", 1);
        }
        w.world.newUnit(w.faction("fama"), 1, w.model.grid().landCell(cell), gao);
        w.pop.lowerLegitimacy(cell, 1);
        w.rebellion.step();
        w.rebellion.step();
        assertTrue(w.rebellion.activePeople(cell) >= 100, "a crowd in the cell: " + w.rebellion.activePeople(cell));
        return w;
    }

    @Test
    void demonstrationsAreHeldInTownsBeforeTheStatesPostNotBeforeColumnsInTheCountryside() {
        RebellionWorld probe = new RebellionWorld(1, PAPER_LIKE);
        sahelsim.map.Grid grid = probe.model.grid();
        int gao = probe.model.townIndex("gao");
        int town = grid.townCell(gao);
        int radius = VisionBox.radius(grid, probe.model.scenario().civilians().rebellion().visionKm());
        int far = -1;
        for (int i = 0; i < grid.landCellCount() && far < 0; i++) {
            int cell = grid.landCell(i);
            if (grid.nearestTown(cell) == gao && probe.pop.residents(i) >= 500
                    && Math.max(Math.abs(grid.x(cell) - grid.x(town)), Math.abs(grid.y(cell) - grid.y(town))) > radius) {
                far = i;
            }
        }
        assertTrue(far >= 0, "a well-peopled cell nearest Gao, beyond its sight");
        int atGao = probe.at("gao");

        RebellionWorld posted = oneDefiantCell(atGao, true);
        assertEquals(1, posted.events(EventKind.RIOT).size(), "before the post at Gao: " + posted.events);
        RebellionWorld noPost = oneDefiantCell(atGao, false);
        assertTrue(noPost.events.isEmpty(), "a column at Gao, but no post: " + noPost.events);
        RebellionWorld countryside = oneDefiantCell(far, true);
        assertTrue(countryside.events.isEmpty(), "a column in Gao's countryside, out of the town's sight: "
                + countryside.events);
        assertTrue(countryside.pop.jailedTotal() > 0 || countryside.rebellion.activePeople(far) > 0,
                "the column still faces the crowd");
    }

    @Test
    void theDaysActiveJailedArrestsProtestsAndRiotsReachTheRecord() {
        RebellionWorld w = RebellionWorld.observed(1, PAPER_LIKE);
        w.post("fama", "gao", 1_000_000);
        w.post("wagner", "timbuktu", 50);
        long arrestsBefore = 0;
        for (int day = 0; day < 5; day++) {
            w.day();
            RunRecord r = w.observer.record();
            assertEquals(w.rebellion.activeTotal(), r.value(Measure.ACTIVE_CIVILIANS, "", day));
            assertEquals(w.pop.jailedTotal(), r.value(Measure.JAILED_CIVILIANS, "", day));
            long arrests = w.rebellion.arrests(w.faction("fama")) + w.rebellion.arrests(w.faction("wagner"));
            assertEquals(arrests - arrestsBefore, r.value(Measure.ARRESTS, "", day));
            assertEquals(r.value(Measure.ARRESTS, "", day), r.value(Measure.ARRESTS, "fama", day)
                    + r.value(Measure.ARRESTS, "wagner", day));
            arrestsBefore = arrests;
        }
        RunRecord r = w.observer.record();
        List<ModelEvent> logged = java.util.stream.IntStream.range(0, w.observer.log().size())
                .mapToObj(w.observer.log()::get).toList();
        long protests = logged.stream().filter(e -> e.kind() == EventKind.PROTEST).count();
        long riots = logged.stream().filter(e -> e.kind() == EventKind.RIOT).count();
        assertEquals(1, protests, "the protest at Gao: " + logged);
        assertTrue(riots >= 1, "a riot at Timbuktu (and at any town near enough to be in the contractors' sight)");
        assertEquals(protests, r.sum(Measure.PROTESTS, "", 0, 4));
        assertEquals(riots, r.sum(Measure.RIOTS, "", 0, 4));
    }

    @Test
    void theSameSeedGivesTheSameCiviliansAndAnotherSeedOthers() {
        RebellionWorld a = new RebellionWorld(3, PAPER_LIKE);
        RebellionWorld b = new RebellionWorld(3, PAPER_LIKE);
        RebellionWorld c = new RebellionWorld(4, PAPER_LIKE);
        for (RebellionWorld w : List.of(a, b, c)) {
            w.post("wagner", "gao", 5000);
            w.post("fama", "timbuktu", 2000);
            for (int d = 0; d < 10; d++) {
                w.day();
            }
        }
        assertArrayEquals(state(a), state(b));
        assertEquals(a.events, b.events);
        assertFalse(java.util.Arrays.equals(state(a), state(c)));
        assertNotEquals(0, a.pop.jailedTotal());
    }

    private static long[] state(RebellionWorld w) {
        int n = w.civilians.first(w.civilians.cells());
        long[] s = new long[3 * n];
        for (int k = 0; k < n; k++) {
            s[3 * k] = w.civilians.free(k);
            s[3 * k + 1] = w.civilians.jailed(k);
            s[3 * k + 2] = w.civilians.active(k) ? 1 : 0;
        }
        return s;
    }
}
