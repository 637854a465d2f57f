package sahelsim.model.strategy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import sahelsim.load.ScenarioLoader;
import sahelsim.load.ShippedGeography;
import sahelsim.model.Calendar;
import sahelsim.model.EventSink;
import sahelsim.model.Faction;
import sahelsim.model.ModelEvent;
import sahelsim.model.Seeds;
import sahelsim.model.World;
import sahelsim.model.agents.ArmedUnit;
import sahelsim.model.agents.Mission;
import sahelsim.model.command.HomeGround;
import sahelsim.model.command.Retreat;
import sahelsim.model.mechanics.Coalitions;
import sahelsim.model.mechanics.Combat;
import sahelsim.model.mechanics.Convoys;
import sahelsim.model.mechanics.Districts;
import sahelsim.model.mechanics.Supply;
import sahelsim.model.mechanics.Violence;
import sim.engine.Schedule;

/**
 * The strategy tests' world (src/test/resources/scenarios/strategy.yaml): FAMa, the contractors, the CSP at
 * truce with both, and JNIM, with nothing on the map until a test places garrisons and units by hand. Events go
 * to {@link #events}.
 */
final class StrategyWorld {

    static final sahelsim.scenario.Scenario SCENARIO =
            ScenarioLoader.shipped().load(Path.of("src/test/resources/scenarios/strategy.yaml"));

    final World world;
    final List<ModelEvent> events = new ArrayList<>();
    final Combat combat;
    final Coalitions coalitions;
    final TruceKeeping truces;
    final OffensivePlanner offensives;
    final CoalitionBargaining bargaining;
    final int fama;
    final int wagner;
    final int csp;
    final int jnim;

    StrategyWorld() {
        world = new World(SCENARIO, ShippedGeography.grid(SCENARIO.resolution()),
                new Calendar(SCENARIO.start(), SCENARIO.end()), new Schedule(), Seeds.generator(1), events::add);
        fama = world.factionIndex("fama");
        wagner = world.factionIndex("wagner");
        csp = world.factionIndex("csp");
        jnim = world.factionIndex("jnim");
        world.setWagnerPresent(true);
        Districts districts = new Districts(world);
        Violence violence = new Violence(world);
        List<HomeGround> homes = new ArrayList<>();
        for (Faction f : world.factions()) {
            homes.add(new HomeGround(world, districts, f));
        }
        Retreat retreat = new Retreat(world, homes);
        Convoys convoys = new Convoys(world, retreat);
        combat = new Combat(world, violence, convoys, retreat);
        Supply supply = new Supply(world, convoys, combat);
        coalitions = new Coalitions(world);
        truces = new TruceKeeping(world, combat);
        offensives = new OffensivePlanner(world, supply, SCENARIO.strategy().offensive(), truces);
        bargaining = new CoalitionBargaining(world, coalitions, new PowerBalance(world),
                new AllianceCalculus(SCENARIO.strategy().alliance()));
    }

    int town(String id) {
        return world.townIndex(id);
    }

    void post(int faction, String town, int troops) {
        world.newGarrison(faction, town(town), troops, 0.3, 60, null);
    }

    /** A unit at a town, arrived there on a mission (operating, not passing through). */
    ArmedUnit operating(int faction, String town, int strength) {
        ArmedUnit u = world.newUnit(faction, strength, world.town(town(town)).cell(), town(town));
        u.assign(Mission.CLEAR, town(town), world.town(town(town)).cell(), -1);
        return u;
    }

    /** An idle unit at a town. */
    ArmedUnit band(int faction, String town, int strength) {
        return world.newUnit(faction, strength, world.town(town(town)).cell(), town(town));
    }

    boolean said(String words) {
        return events.stream().anyMatch(e -> e.notes().contains(words));
    }
}
