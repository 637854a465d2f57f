package sahelsim.model.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import sahelsim.model.TownState;
import sahelsim.model.agents.ArmedUnit;
import sahelsim.model.agents.Garrison;
import sahelsim.model.agents.Mission;

/** Gathering an assault and occupying an empty post, on a hand-made world. */
class AssaultTest {

    private final DecisionWorld w = new DecisionWorld(1);

    @Test
    void anAssaultGathersUnitsUntilTheOddsReachOneAndAHalfAndNoFurther() {
        TownState gao = w.world.town(w.town("gao"));
        ArmedUnit lead = w.world.newUnit(w.fama, 100, gao.cell(), gao.index());
        lead.assign(Mission.ATTACK, gao.index(), gao.cell(), -1);
        List<ArmedUnit> idle = List.of(
                w.world.newUnit(w.fama, 100, gao.cell(), gao.index()),
                w.world.newUnit(w.fama, 100, gao.cell(), gao.index()),
                w.world.newUnit(w.fama, 100, gao.cell(), gao.index()),
                w.world.newUnit(w.fama, 100, gao.cell(), gao.index()));
        // A garrison whose defence the lead and two more units outmatch 1.55 to 1, and the lead and one 1.2 to 1:
        // exactly two are needed, and a third would pass 2 to 1.
        Garrison probe = w.world.newGarrison(w.jnim, gao.index(), 100, 0, 30, null);
        double perTroop = w.odds.defence(gao) / 100;
        w.world.removeGarrison(probe);
        double extra = 100 * w.world.faction(w.fama).behaviour().quality();
        int troops = (int) Math.round((w.odds.force(lead) + 2 * extra) / 1.55 / perTroop);
        w.world.newGarrison(w.jnim, gao.index(), troops, 0, 30, null);
        double defence = w.odds.defence(gao);
        assertTrue((w.odds.force(lead) + extra) / defence < 1.5, "one more unit is not enough");
        assertTrue((w.odds.force(lead) + 3 * extra) / defence > 2, "three more would be more than needed");

        w.assault.gather(lead, gao.index());

        long sent = idle.stream().filter(u -> u.mission() == Mission.ATTACK && u.targetTown() == gao.index()).count();
        assertEquals(2, sent, "units sent against a defence of " + defence);
        assertEquals(2, idle.stream().filter(u -> u.mission() == Mission.IDLE).count(), "the others stay idle");
    }

    @Test
    void anAssaultWithGoodOddsGathersNobody() {
        TownState gao = w.world.town(w.town("gao"));
        w.world.newGarrison(w.jnim, gao.index(), 20, 0, 30, null);
        ArmedUnit lead = w.world.newUnit(w.fama, 500, gao.cell(), gao.index());
        ArmedUnit other = w.world.newUnit(w.fama, 100, gao.cell(), gao.index());
        w.assault.gather(lead, gao.index());
        assertEquals(Mission.IDLE, other.mission());
    }

    @Test
    void occupyingAnEmptyPostLeavesHalfTheUnitThereButAtLeastAHundred() {
        TownState gao = w.world.town(w.town("gao"));
        ArmedUnit big = w.world.newUnit(w.fama, 600, gao.cell(), gao.index());
        big.assign(Mission.OCCUPY, gao.index(), gao.cell(), -1);
        w.assault.occupy(big, gao);
        Garrison post = w.world.garrisonOf(w.fama, gao.index());
        assertEquals(300, post.troops(), "half of 600");
        assertEquals(300, big.strength());
        assertEquals(w.fama, gao.holder(), "the town is FAMa's");
        assertEquals(Mission.IDLE, big.mission());

        TownState kidal = w.world.town(w.town("kidal"));
        ArmedUnit small = w.world.newUnit(w.fama, 150, kidal.cell(), kidal.index());
        small.assign(Mission.OCCUPY, kidal.index(), kidal.cell(), -1);
        w.assault.occupy(small, kidal);
        assertEquals(100, w.world.garrisonOf(w.fama, kidal.index()).troops(), "at least 100, more than half of 150");
        assertEquals(50, small.strength());
    }

    @Test
    void anOccupationThatFindsAnEnemyThereAttacksInstead() {
        TownState gao = w.world.town(w.town("gao"));
        w.world.newGarrison(w.jnim, gao.index(), 50, 0, 30, null);
        ArmedUnit unit = w.world.newUnit(w.fama, 400, gao.cell(), gao.index());
        unit.assign(Mission.OCCUPY, gao.index(), gao.cell(), -1);
        w.assault.occupy(unit, gao);
        assertEquals(null, w.world.garrisonOf(w.fama, gao.index()), "no post is set up in a held town");
        assertTrue(unit.mission() == Mission.ATTACK || unit.inBattle(), "it attacks: " + unit.mission());
    }
}
