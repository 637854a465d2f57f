package sahelsim.map;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import sahelsim.load.ShippedGeography;

class GreatCircleTest {

    private final MaliGeography geo = ShippedGeography.geography();

    /** Reference distances: great-circle figures derived from GeoNames coordinates (mali-facts 1.1). */
    @Test
    void distancesBetweenTownsMatchTheReferenceWithinTwoPercent() {
        assertWithin(706, MaliGeography.BAMAKO.kmTo(geo.town("timbuktu").location()));
        assertWithin(286, geo.town("gao").location().kmTo(geo.town("kidal").location()));
        assertWithin(321, geo.town("timbuktu").location().kmTo(geo.town("gao").location()));
        assertWithin(200, geo.town("kidal").location().kmTo(geo.town("tessalit").location()));
        assertWithin(460, MaliGeography.BAMAKO.kmTo(geo.town("mopti").location()));
    }

    @Test
    void distanceToBamakoComesFromCoordinates() {
        LatLon gao = geo.town("gao").location();
        assertWithin(946, geo.kmToBamako(gao.lat(), gao.lon()));
    }

    @Test
    void distanceToAPolylineIsZeroOnItAndGrowsAway() {
        var line = java.util.List.of(new LatLon(15, 0), new LatLon(15, 1));
        assertEquals(0.0, GreatCircle.kmToPolyline(15, 0.5, line), 1e-9);
        assertEquals(GreatCircle.KM_PER_DEGREE * 0.1, GreatCircle.kmToPolyline(15.1, 0.5, line), 0.01);
    }

    private static void assertWithin(double expectedKm, double actualKm) {
        assertEquals(expectedKm, actualKm, expectedKm * 0.02, "km");
    }
}
