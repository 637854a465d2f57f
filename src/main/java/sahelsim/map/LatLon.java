package sahelsim.map;

/** A point on the WGS84 ellipsoid, in decimal degrees. */
public record LatLon(double lat, double lon) {

    public LatLon {
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("not a coordinate: " + lat + "," + lon);
        }
    }

    /** Great-circle distance in km. */
    public double kmTo(LatLon other) {
        return GreatCircle.km(this, other);
    }
}
