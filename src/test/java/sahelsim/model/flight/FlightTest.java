package sahelsim.model.flight;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Flight and return after Flee on the real map with nobody armed (src/test/resources/scenarios/flight.yaml):
 * people flee towards safer places and not into danger, routes go round danger, camps fill from the districts
 * near them, people come home only once home has been safe for the set days, nobody is lost on the way, and
 * the same seed moves the same people.
 */
class FlightTest {

    @Test
    void peopleFleeTowardsSaferPlacesAndLeaveTownsInConflict() {
        FlightWorld w = new FlightWorld(1);
        w.fear("gao", 1);
        w.fear("bourem", 1);
        w.flee("gao", 10_000);
        w.travel(1);
        long bouremFirst = w.flight.at(w.place("bourem"));
        long ansongoFirst = w.flight.at(w.place("ansongo"));
        assertTrue(bouremFirst < 0.4 * ansongoFirst, "on the first day Bourem, in conflict, draws far fewer than "
                + "Ansongo at about the same distance: " + bouremFirst + " against " + ansongoFirst);
        w.travel(10);
        long gao = w.flight.at(w.place("gao"));
        long bourem = w.flight.at(w.place("bourem"));
        long ansongo = w.flight.at(w.place("ansongo"));
        assertEquals(10_000, w.held(), "nobody is lost on the way");
        assertTrue(gao + bourem < 200, "towns in full conflict hold almost nobody after ten days: Gao " + gao
                + ", Bourem " + bourem);
        assertTrue(ansongo > 1_000, "the safe town next door draws many: " + ansongo);
    }

    @Test
    void peopleStayInTheirSafeDistrictTownMoreThanInOneInConflict() {
        FlightWorld calm = new FlightWorld(1);
        calm.flee("gao", 10_000);
        calm.travel(3);
        FlightWorld fighting = new FlightWorld(1);
        fighting.fear("gao", 1);
        fighting.flee("gao", 10_000);
        fighting.travel(1);
        assertTrue(fighting.flight.at(fighting.place("gao")) < calm.flight.at(calm.place("gao")),
                "fewer stay in their district town when it is in conflict");
        fighting.travel(1);
        int gao = calm.place("gao");
        for (int p = 0; p < calm.places.size(); p++) {
            assertTrue(p == gao || calm.flight.at(p) < calm.flight.at(gao), "a safe district town keeps more of its "
                    + "district's people than any other place: Gao " + calm.flight.at(gao) + ", "
                    + calm.places.id(p) + " " + calm.flight.at(p));
        }
        assertEquals(0, fighting.flight.at(gao), "people who stayed a day in a town in full conflict all move on");
    }

    @Test
    void routesGoRoundATownInConflict() {
        FlightWorld w = new FlightWorld(1);
        Routes routes = new Routes(w.places, 1.0);
        int mopti = w.place("mopti");
        int timbuktu = w.place("timbuktu");
        double[] calm = new double[w.places.size()];
        routes.reset(calm);
        int youwarou = w.place("youwarou");
        assertEquals(youwarou, w.places.across(routes.firstLink(mopti, timbuktu), mopti),
                "in calm the shortest way from Mopti to Timbuktu is the river, by Youwarou");
        double[] danger = new double[w.places.size()];
        danger[youwarou] = 1;
        routes.reset(danger);
        assertEquals(w.place("sevare"), w.places.across(routes.firstLink(mopti, timbuktu), mopti),
                "with Youwarou in conflict people take the road by Sévaré and Douentza");
    }

    @Test
    void campsFillFromTheDistrictsNearThem() {
        FlightWorld w = new FlightWorld(1);
        w.flee("lere", 10_000);
        w.flee("segou", 10_000);
        w.travel(10);
        int mbera = w.place("mbera");
        int fromLere = w.flight.at(w.place("lere"), mbera);
        int fromSegou = w.flight.at(w.place("segou"), mbera);
        assertTrue(fromLere > 1_000, "people of Léré, 90 km from Mbera, reach the camp: " + fromLere);
        assertEquals(0, fromSegou, "people of Ségou, five links away, do not know the camp");
        assertEquals(fromLere, w.flight.at(mbera));
        assertEquals(fromLere, w.flight.refugeesTotal());
    }

    @Test
    void peopleComeHomeOnlyOnceHomeHasBeenSafeForTheSetDays() {
        FlightWorld w = new FlightWorld(1);
        int days = FlightWorld.SCENARIO.civilians().flight().returnAfterSafeDays();
        int district = w.place("douentza");
        for (int k = 0; k < w.places.districtSize(district); k++) {
            w.pop.setFear(w.places.districtCell(district, k), 1);
        }
        w.flee("douentza", 5_000);
        w.travel(5);
        for (int k = 0; k < w.places.districtSize(district); k++) {
            w.pop.setFear(w.places.districtCell(district, k), 0);
        }
        long away = w.pop.awayTotal();
        for (int day = 1; day < days; day++) {
            w.displacement.step();
            assertEquals(0, w.flight.returnedToday(), "nobody comes home on safe day " + day);
        }
        long back = 0;
        for (int day = days; day < days + 20; day++) {
            w.displacement.step();
            back += w.flight.returnedToday();
        }
        assertTrue(back > 0.3 * 5_000, "once home has been safe for " + days + " days people come home: " + back);
        assertEquals(away - back, w.pop.awayTotal());
        assertEquals(w.pop.awayTotal(), w.held(), "the flight holds exactly the people away");
    }

    @Test
    void nobodyIsCreatedOrLostOnTheRoadDayAfterDay() {
        FlightWorld w = new FlightWorld(2);
        w.fear("timbuktu", 0.9);
        w.fear("gao", 0.7);
        w.fear("menaka", 1);
        String[] towns = {"timbuktu", "gao", "menaka", "mopti", "kidal", "lere"};
        long sent = 0;
        for (int day = 0; day < 30; day++) {
            String town = towns[day % towns.length];
            w.flee(town, 300 + 11 * day);
            sent += 300 + 11 * day;
            w.travel(1);
            assertEquals(sent, w.held(), "day " + day);
            assertEquals(sent, w.flight.displacedTotal() + w.flight.refugeesTotal(), "day " + day);
            long onLinks = 0;
            for (long n : w.flight.onLinks()) {
                onLinks += n;
            }
            assertEquals(w.flight.onTheRoad(), onLinks, "day " + day);
        }
        assertTrue(w.flight.refugeesTotal() > 0 && w.flight.onTheRoad() >= 0);
    }

    @Test
    void theSameSeedMovesTheSamePeople() {
        assertArrayEquals(state(5), state(5));
    }

    private static long[] state(long seed) {
        FlightWorld w = new FlightWorld(seed);
        w.fear("menaka", 1);
        w.fear("gao", 0.8);
        for (int day = 0; day < 20; day++) {
            w.flee("menaka", 300);
            w.flee("gao", 200);
            w.travel(1);
        }
        long[] out = new long[w.places.towns() * w.places.size() + w.places.linkCount()];
        for (int d = 0; d < w.places.towns(); d++) {
            for (int p = 0; p < w.places.size(); p++) {
                out[d * w.places.size() + p] = w.flight.at(d, p);
            }
        }
        System.arraycopy(w.flight.onLinks(), 0, out, w.places.towns() * w.places.size(), w.places.linkCount());
        return out;
    }
}
