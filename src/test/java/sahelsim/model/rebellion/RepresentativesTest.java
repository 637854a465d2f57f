package sahelsim.model.rebellion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;
import sahelsim.model.Seeds;

/** The representative civilians' people: always whole, never negative, always adding up to the residents. */
class RepresentativesTest {

    @Test
    void aCellHasOneRepresentativePerPersonUpToTheKeysNumber() {
        Representatives r = new Representatives(new int[] {0, 3, 20, 5000}, 20, Seeds.generator(1));
        assertEquals(0, r.first(1) - r.first(0));
        assertEquals(3, r.first(2) - r.first(1));
        assertEquals(20, r.first(3) - r.first(2));
        assertEquals(20, r.first(4) - r.first(3));
    }

    @Test
    void thePeopleOfACellStartInEqualSharesAndFollowItsResidents() {
        MersenneTwisterFast random = Seeds.generator(7);
        Representatives r = new Representatives(new int[] {1000}, 20, random);
        r.reconcile(0, 1013, 0);
        assertEquals(1013, people(r));
        for (int k = 0; k < 20; k++) {
            assertTrue(r.free(k) == 50 || r.free(k) == 51, "equal shares: " + r.free(k));
        }
        int residents = 1013;
        for (long day = 1; day < 500; day++) {
            residents = Math.max(0, residents + random.nextInt(201) - 110);
            r.reconcile(0, residents, day);
            assertEquals(residents, people(r), "day " + day);
            for (int k = 0; k < 20; k++) {
                assertTrue(r.free(k) >= 0);
            }
        }
    }

    @Test
    void departuresAreTakenInProportionToEachRepresentativesPeople() {
        Representatives r = new Representatives(new int[] {1000}, 4, Seeds.generator(1));
        r.reconcile(0, 1000, 0);
        for (int n = 0; n < 150; n++) {
            r.arrest(0, 0);
        }
        // 100 free people in the first representative, 250 in each of the others: 850 at home, and half leave.
        r.reconcile(0, 425, 1);
        assertEquals(50, r.free(0));
        assertEquals(125, r.free(1));
        assertEquals(150, r.jailed(0), "the jailed are not at home and do not leave");
    }

    private static int people(Representatives r) {
        int sum = 0;
        for (int k = r.first(0); k < r.first(1); k++) {
            sum += r.free(k);
        }
        return sum;
    }
}
