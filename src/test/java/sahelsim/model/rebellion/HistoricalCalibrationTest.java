package sahelsim.model.rebellion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import sahelsim.load.ScenarioLoader;
import sahelsim.model.agents.Garrison;
import sahelsim.model.mechanics.Recruitment;
import sahelsim.scenario.CivilianParams;

/**
 * The rebellion as historical-2022 calibrates it (docs/ODD.md, section 7.21), on the hand-made world with the
 * scenario's legitimacy, hardship, threshold, cops per soldier and quiet recruitment: nobody defies the state where
 * it keeps its national legitimacy, troops or none, and the insurgents recruit the quiet there at half the rate; where
 * its legitimacy has been cut, a garrison of a thousand deters a town of about a hundred thousand (which a soldier
 * counted as one cop would not) until it leaves.
 */
class HistoricalCalibrationTest {

    private static final CivilianParams SHIPPED = ScenarioLoader.shipped()
            .load(Path.of("scenarios/historical-2022.yaml")).civilians();

    /** The test world with historical-2022's civilians (every cell at the scenario's hardship). */
    private static RebellionWorld historical() {
        return historical(SHIPPED.legitimacy(), SHIPPED.rebellion().copsPerSoldier());
    }

    /** The same at another national legitimacy and number of cops per soldier. */
    private static RebellionWorld historical(double legitimacy, double copsPerSoldier) {
        return new RebellionWorld(1, "civilians.legitimacy=" + legitimacy, "civilians.hardship=" + SHIPPED.hardship(),
                "civilians.rebellion.threshold=" + SHIPPED.rebellion().threshold(),
                "civilians.rebellion.copsPerSoldier=" + copsPerSoldier);
    }

    @Test
    void whereTheStateKeepsItsNationalLegitimacyNobodyDefiesItWithOrWithoutTroops() {
        RebellionWorld w = historical();
        w.post("fama", "gao", 50);
        w.day();
        assertEquals(0, w.rebellion.activeTotal(), "the hardest pressed, H = 1, have G = 1 - L, not above T");

        RebellionWorld cut = historical();
        int mopti = cut.at("mopti");
        cut.pop.lowerLegitimacy(mopti, SHIPPED.legitimacy() - 0.1);
        cut.day();
        assertEquals(cut.rebellion.activePeople(mopti), cut.rebellion.activeTotal(), "only where legitimacy was cut");
        assertTrue(cut.activeShare(mopti) > 0.2, "L cut to 0.1 at Mopti: " + cut.activeShare(mopti));
    }

    /** JNIM's recruits on a week's first day at historical-2022's values, with a band at Mopti and no troops. */
    private static double jnimRecruits(double quietRecruitment) {
        RebellionWorld w = new RebellionWorld(1, "civilians.legitimacy=" + SHIPPED.legitimacy(),
                "civilians.hardship=" + SHIPPED.hardship(),
                "civilians.rebellion.threshold=" + SHIPPED.rebellion().threshold(),
                "civilians.rebellion.quietRecruitment=" + quietRecruitment, "factions.jnim.behaviour.recruitment=1");
        int jnim = w.faction("jnim");
        int mopti = w.model.townIndex("mopti");
        w.world.newUnit(jnim, 500, w.model.town(mopti).cell(), mopti);
        w.model.control().update(w.model.garrisons(), w.model.units(), w.pop);
        w.rebellion.step();
        new Recruitment(w.world, w.rebellion).step();
        assertEquals(0, w.rebellion.activeTotal(), "nobody active at the national legitimacy");
        return w.model.faction(jnim).recruitsTotal();
    }

    @Test
    void whereNobodyDefiesTheStateTheInsurgentsStillRecruitTheQuietAtTheirLowerRate() {
        double quiet = jnimRecruits(SHIPPED.rebellion().quietRecruitment());
        double asIfActive = jnimRecruits(1);
        assertTrue(quiet > 0, "the quiet join too (UNDP 2017: 29% of recruits named no government action)");
        assertEquals(SHIPPED.rebellion().quietRecruitment(), quiet / asIfActive, 0.05,
                quiet + " recruits against " + asIfActive + " if all were active");
    }

    @Test
    void aGarrisonDetersATownWhoseLegitimacyWasCutUntilItLeaves() {
        double shocked = 0.1;
        RebellionWorld w = historical(shocked, SHIPPED.rebellion().copsPerSoldier());
        Garrison post = w.post("fama", "gao", 1000);
        RebellionWorld oneCopEach = historical(shocked, 1);
        oneCopEach.post("fama", "gao", 1000);
        for (int day = 0; day < 3; day++) {
            w.day();
            oneCopEach.day();
        }
        int gao = w.at("gao");
        int mopti = w.at("mopti");
        assertTrue(w.activeShare(mopti) > 0.2, "no troops at Mopti: " + w.activeShare(mopti));
        assertTrue(w.activeShare(gao) < 0.15, "a thousand soldiers deter all but the boldest at Gao: "
                + w.activeShare(gao));
        assertTrue(oneCopEach.activeShare(gao) > 0.3, "counted as one cop each, the boldest outnumber them: "
                + oneCopEach.activeShare(gao));
        w.world.removeGarrison(post);
        w.day();
        assertTrue(w.activeShare(gao) > 0.3, "the garrison gone, Gao rises the next day: " + w.activeShare(gao));
    }
}
