package sahelsim.model.flight;

import java.nio.file.Path;
import sahelsim.load.ScenarioLoader;
import sahelsim.load.ShippedGeography;
import sahelsim.model.Calendar;
import sahelsim.model.EventSink;
import sahelsim.model.Seeds;
import sahelsim.model.World;
import sahelsim.model.agents.Population;
import sahelsim.model.mechanics.Displacement;
import sahelsim.scenario.Scenario;
import sim.engine.Schedule;

/**
 * The flight tests' world (src/test/resources/scenarios/flight.yaml): the real map and people, nobody armed,
 * fear set by hand.
 */
final class FlightWorld {

    static final Scenario SCENARIO = ScenarioLoader.shipped().load(Path.of("src/test/resources/scenarios/flight.yaml"));

    final World world;
    final Flight flight;
    final Displacement displacement;
    final Places places;
    final Population pop;

    FlightWorld(long seed) {
        world = new World(SCENARIO, ShippedGeography.grid(SCENARIO.resolution()),
                new Calendar(SCENARIO.start(), SCENARIO.end()), new Schedule(), Seeds.generator(seed), EventSink.NONE);
        flight = new Flight(world);
        displacement = new Displacement(world, flight);
        places = flight.places();
        pop = world.population();
    }

    int place(String id) {
        for (int p = 0; p < places.size(); p++) {
            if (places.id(p).equals(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException("no place " + id);
    }

    /**
     * People of a town's district leave home today, from its rural cells (the town's own left alone) in order,
     * each giving up to all its residents.
     */
    void flee(String town, int people) {
        int d = place(town);
        int left = 0;
        for (int k = 0; k < places.districtSize(d) && left < people; k++) {
            int i = places.districtCell(d, k);
            if (i != places.townLand(d)) {
                int n = pop.leave(i, people - left);
                flight.depart(i, n);
                left += n;
            }
        }
        if (left < people) {
            throw new IllegalStateException("district " + town + " has fewer than " + people + " people");
        }
    }

    /** Sets the fear in a town's cell, which makes its conflict intensity. */
    void fear(String town, double fear) {
        pop.setFear(places.townLand(place(town)), fear);
    }

    /** Days of movement alone (no fear update, no return). */
    void travel(int days) {
        for (int d = 0; d < days; d++) {
            flight.beginDay();
            flight.step();
        }
    }

    /** Everyone the flight holds: staying anywhere and on the road. */
    long held() {
        long sum = flight.onTheRoad();
        for (int p = 0; p < places.size(); p++) {
            sum += flight.at(p);
        }
        return sum;
    }
}
