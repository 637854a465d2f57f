package sahelsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import sahelsim.load.ScenarioLoader;
import sahelsim.load.ShippedGeography;
import sahelsim.model.agents.ArmedUnit;
import sahelsim.model.mechanics.Combat;
import sahelsim.observe.EventLog;
import sahelsim.scenario.Scenario;

/**
 * Fighters put out of action in battle are killed with chance {@code combat.killedShare}, the others wounded,
 * captured or missing; the event log's deaths, and so the fatalities, count the killed only.
 */
class BattleLossesTest {

    private static final String FILE = "src/test/resources/scenarios/lanchester.yaml";

    /**
     * A fight to the end of 1000 against 600; returns {killed, lost otherwise, dead in the log, losses, the
     * first faction's lost otherwise, its pool of recruits after the fight}.
     */
    private static long[] battle(Scenario scenario, long seed) {
        SahelModel model = new SahelModel(scenario, ShippedGeography.grid(scenario.resolution()), seed);
        EventLog log = new EventLog();
        model.setEventSink(log);
        model.start();
        int town = model.townIndex("douentza");
        int cell = model.town(town).cell();
        ArmedUnit red = model.world().newUnit(0, 1000, cell, town);
        ArmedUnit blue = model.world().newUnit(1, 600, cell, town);
        Combat.Battle b = model.combat().clash(red, blue);
        while (!b.over()) {
            model.combat().step();
        }
        TroopLedger books = model.ledger();
        long killed = books.total(TroopLedger.Entry.KILLED, 0) + books.total(TroopLedger.Entry.KILLED, 1);
        long other = books.total(TroopLedger.Entry.LOST_OTHERWISE, 0)
                + books.total(TroopLedger.Entry.LOST_OTHERWISE, 1);
        long dead = log.events().stream().mapToLong(e -> e.actor1Deaths() + e.actor2Deaths()).sum();
        return new long[] {killed, other, dead, 1600 - red.strength() - blue.strength(),
                books.total(TroopLedger.Entry.LOST_OTHERWISE, 0), (long) Math.floor(model.world().faction(0).recruitPool())};
    }

    @Test
    void aQuarterOfThoseOutOfActionAreKilledAndOnlyTheyAreFatalities() {
        Scenario scenario = ScenarioRuns.load(FILE);
        assertEquals(0.25, scenario.combat().killedShare(), "the default the figures below assume");
        long[] r = battle(scenario, 1);
        assertEquals(r[3], r[0] + r[1], "losses not all booked");
        assertEquals(r[0], r[2], "the log's deaths are not the killed");
        double share = (double) r[0] / r[3];
        assertTrue(share > 0.2 && share < 0.3, "killed share " + share + " of " + r[3] + " out of action");
    }

    @Test
    void withAKilledShareOfOneEveryLossIsADeath() {
        Scenario all = ScenarioLoader.shipped().load(java.nio.file.Path.of(FILE),
                List.of(ScenarioLoader.Setting.parse("combat.killedShare=1")));
        long[] r = battle(all, 2);
        assertEquals(0, r[1]);
        assertEquals(r[3], r[2]);
    }

    @Test
    void theRejoinShareOfThoseOutOfActionButAliveComeBackToThePool() {
        long[] none = battle(ScenarioRuns.load(FILE), 3);
        assertEquals(0, none[5], "rejoinShare 0: nobody comes back");
        Scenario half = ScenarioLoader.shipped().load(java.nio.file.Path.of(FILE),
                List.of(ScenarioLoader.Setting.parse("factions.red.behaviour.rejoinShare=0.5")));
        long[] r = battle(half, 3);
        assertTrue(r[4] > 50, "a real fight: " + r[4] + " lost otherwise");
        assertEquals(r[4] / 2.0, r[5], 1.0, "half of the wounded and scattered come back, the killed do not");
        assertEquals(r[3], r[0] + r[1], "the books still hold every loss");
    }
}
