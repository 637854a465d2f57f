package sahelsim.model.mechanics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import sahelsim.load.ScenarioLoader;
import sahelsim.load.ShippedGeography;
import sahelsim.model.ModelEvent;
import sahelsim.model.SahelModel;
import sahelsim.model.TownState;
import sahelsim.model.agents.ArmedUnit;
import sahelsim.model.agents.Garrison;
import sahelsim.model.agents.Mission;
import sahelsim.observe.EventLog;
import sahelsim.scenario.Scenario;

/**
 * Convoys from Sévaré to Mopti, 10 km apart, stepped by hand (supply, then battles) without the rest of the
 * schedule, so that nothing but the convoy and the bands placed here acts.
 */
class ConvoyTest {

    private static final Scenario SCENARIO = ScenarioLoader.shipped()
            .load(Path.of("src/test/resources/scenarios/convoy-blockade.yaml"));

    private final SahelModel model = new SahelModel(SCENARIO, ShippedGeography.grid(SCENARIO.resolution()), 3);
    private final EventLog log = new EventLog();
    private final int fama;
    private final int jnim;
    private final TownState mopti;
    private final Garrison sevare;
    private final Garrison post;

    ConvoyTest() {
        model.setEventSink(log);
        model.start();
        fama = model.factionIndex("fama");
        jnim = model.factionIndex("jnim");
        mopti = model.town(model.townIndex("mopti"));
        sevare = model.world().garrisonOf(fama, model.townIndex("sevare"));
        post = model.world().garrisonOf(fama, mopti.index());
        post.setNextConvoyDay(0);
    }

    private Garrison timbuktu() {
        return model.world().garrisonOf(fama, model.townIndex("timbuktu"));
    }

    /** A band of JNIM standing on a blockade of Mopti, and the blockade declared. */
    private void blockade(int fighters) {
        int cell = model.supply().exits(mopti.index())[0];
        ArmedUnit band = model.world().newUnit(jnim, fighters, cell, mopti.index());
        band.assign(Mission.BLOCKADE, mopti.index(), cell, -1);
        mopti.startBlockade(jnim, 0);
    }

    /** One day of supply and battles; returns whether the post at Mopti got a convoy's cargo. */
    private boolean day() {
        double before = post.supply();
        model.supply().step();
        boolean delivered = post.supply() > before;
        model.combat().step();
        model.world().removeFallen();
        return delivered;
    }

    private long events(String notes) {
        return log.events().stream().map(ModelEvent::notes).filter(n -> n.contains(notes)).count();
    }

    @Test
    void theEscortComesOutOfTheOriginsGarrisonAndGoesBackToIt() {
        post.setNextConvoyDay(Long.MAX_VALUE);
        timbuktu().setNextConvoyDay(0);
        int escort = SCENARIO.supply().convoyEscort();
        long troops = model.troops(fama);
        day();
        assertEquals(800 - escort, sevare.troops(), "the escort was not taken from Sévaré");
        assertEquals(escort, model.convoys().escorts(fama), "the escort is not on the road");
        assertEquals(troops, model.troops(fama), "the escort is not counted with the faction's troops");
        for (int d = 0; d < 10 && !model.convoys().onRoad().isEmpty(); d++) {
            day();
        }
        assertTrue(model.convoys().onRoad().isEmpty(), "the convoy never reached Timbuktu");
        assertEquals(800, sevare.troops(), "the escort did not come back");
    }

    @Test
    void withFewTroopsToSpareAtTheOriginTheConvoyLeavesWeaker() {
        int min = SCENARIO.supply().minGarrison();
        sevare.removeTroops(sevare.troops() - min - 20);
        post.setNextConvoyDay(Long.MAX_VALUE);
        timbuktu().setNextConvoyDay(0);
        day();
        assertEquals(20, model.convoys().escorts(fama), "the escort is not what Sévaré could spare");
        assertEquals(min, sevare.troops());
        post.setNextConvoyDay(0);
        assertTrue(day(), "no convoy left for Mopti without an escort");
        assertEquals(min, sevare.troops(), "Sévaré gave troops below its minimum");
    }

    @Test
    void aConvoyReachingABlockadedTownNeverDeliversWithoutABattle() {
        blockade(400);
        for (int d = 0; d < 10; d++) {
            assertFalse(day(), "a convoy delivered into the blockaded town on day " + d);
        }
        assertEquals(1, events("convoy forcing the blockade of Mopti"), "no battle at the blockade");
        assertTrue(events("the convoy was turned back") + events("the convoy was destroyed") == 1);
    }

    @Test
    void aConvoyThatBeatsTheBlockadersGetsThrough() {
        blockade(3);
        assertFalse(day(), "delivered before the battle");
        assertEquals(1, events("the convoy fought its way through"));
        model.supply().updateBlockades();
        assertFalse(mopti.blockaded(), "the blockade outlived its blockaders");
        assertTrue(day(), "the convoy did not go on after winning");
    }
}
