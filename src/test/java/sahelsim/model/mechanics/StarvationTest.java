package sahelsim.model.mechanics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import sahelsim.load.ScenarioLoader;
import sahelsim.load.ShippedGeography;
import sahelsim.model.EventKind;
import sahelsim.model.SahelModel;
import sahelsim.model.TownState;
import sahelsim.model.agents.Garrison;
import sahelsim.observe.EventLog;
import sahelsim.scenario.Scenario;

/**
 * A garrison with empty stores in a blockaded town, no convoy coming, its days of supply and upkeep stepped by
 * hand: it holds out for {@code supply.abandonAfterDays}, then leaves, unless supplies still come by air.
 */
class StarvationTest {

    private static final Scenario SCENARIO = ScenarioLoader.shipped()
            .load(Path.of("src/test/resources/scenarios/convoy-blockade.yaml"));

    private final SahelModel model = new SahelModel(SCENARIO, ShippedGeography.grid(SCENARIO.resolution()), 5);
    private final EventLog log = new EventLog();

    StarvationTest() {
        model.setEventSink(log);
        model.start();
    }

    /** The FAMa garrison of a town, starving and cut off by a JNIM blockade. */
    private Garrison besieged(String town) {
        TownState t = model.town(model.townIndex(town));
        t.startBlockade(model.factionIndex("jnim"), 0);
        Garrison g = model.world().garrisonOf(model.factionIndex("fama"), t.index());
        g.setSupply(0);
        g.setNextConvoyDay(Long.MAX_VALUE);
        return g;
    }

    private long abandoned(String town) {
        return log.events().stream().filter(e -> e.kind() == EventKind.POST_ABANDONED && e.notes().contains(town))
                .count();
    }

    @Test
    void aStarvingBlockadedGarrisonLeavesOnTheHorizonAndNotBefore() {
        Garrison post = besieged("mopti");
        int horizon = SCENARIO.supply().abandonAfterDays();
        for (int day = 1; day < horizon; day++) {
            model.supply().step();
            assertTrue(model.garrisons().contains(post), "left after " + day + " days, before the horizon");
        }
        model.supply().step();
        assertTrue(!model.garrisons().contains(post), "still there after " + horizon + " days cut off");
        assertEquals(1, abandoned("Mopti"));
    }

    @Test
    void aGarrisonSuppliedByAirHoldsOn() {
        Garrison post = besieged("timbuktu");
        for (int day = 0; day < 3 * SCENARIO.supply().abandonAfterDays(); day++) {
            model.supply().step();
        }
        assertTrue(model.garrisons().contains(post), "the airlifted garrison left");
        assertEquals(0, abandoned("Timbuktu"));
    }
}
