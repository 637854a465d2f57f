package sahelsim.model.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import sahelsim.load.ScenarioLoader;
import sahelsim.load.ShippedGeography;
import sahelsim.model.Calendar;
import sahelsim.model.EventSink;
import sahelsim.model.Faction;
import sahelsim.model.Seeds;
import sahelsim.model.World;
import sahelsim.model.mechanics.Combat;
import sahelsim.model.mechanics.Convoys;
import sahelsim.model.mechanics.Districts;
import sahelsim.model.mechanics.Violence;
import sahelsim.scenario.Scenario;
import sim.engine.Schedule;

/**
 * A small hand-made world for the tests of one faction's decisions: the map of Mali with two factions (FAMa
 * and JNIM) and nothing on it until a test places garrisons and units; FAMa's decision classes over it.
 */
final class DecisionWorld {

    static final Scenario SCENARIO = ScenarioLoader.shipped().load(Path.of("src/test/resources/scenarios/decisions.yaml"));

    final World world;
    final int fama;
    final int jnim;
    final Odds odds;
    final TargetWorth worth;
    final Assault assault;

    DecisionWorld(long seed) {
        world = new World(SCENARIO, ShippedGeography.grid(SCENARIO.resolution()),
                new Calendar(SCENARIO.start(), SCENARIO.end()), new Schedule(), Seeds.generator(seed), EventSink.NONE);
        fama = world.factionIndex("fama");
        jnim = world.factionIndex("jnim");
        Districts districts = new Districts(world);
        Violence violence = new Violence(world);
        List<HomeGround> homes = new ArrayList<>();
        for (Faction f : world.factions()) {
            homes.add(new HomeGround(world, districts, f));
        }
        Retreat retreat = new Retreat(world, homes);
        Combat combat = new Combat(world, violence, new Convoys(world, retreat), retreat);
        Faction f = world.faction(fama);
        odds = new Odds(world, f);
        worth = new TargetWorth(world, f);
        assault = new Assault(world, f, combat, violence, odds, worth);
    }

    int town(String id) {
        return world.townIndex(id);
    }
}
