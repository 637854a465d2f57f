package sahelsim.map;

/** Great-circle (haversine) distances on a sphere of the Earth's mean radius. */
public final class GreatCircle {

    /** IUGG mean Earth radius, km. Haversine on it is within 0.5% of ellipsoidal distances. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    /** Length of one degree of latitude, km. */
    public static final double KM_PER_DEGREE = Math.PI * EARTH_RADIUS_KM / 180.0;

    private GreatCircle() {
    }

    public static double km(LatLon a, LatLon b) {
        return km(a.lat(), a.lon(), b.lat(), b.lon());
    }

    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2)
                + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }

    /** Distance in km from a point to the nearest point of a polyline, on a local flat approximation. */
    public static double kmToPolyline(double lat, double lon, java.util.List<LatLon> line) {
        double best = Double.POSITIVE_INFINITY;
        double kx = KM_PER_DEGREE * Math.cos(Math.toRadians(lat));
        for (int i = 0; i + 1 < line.size(); i++) {
            LatLon a = line.get(i);
            LatLon b = line.get(i + 1);
            double ax = (a.lon() - lon) * kx;
            double ay = (a.lat() - lat) * KM_PER_DEGREE;
            double bx = (b.lon() - lon) * kx;
            double by = (b.lat() - lat) * KM_PER_DEGREE;
            double dx = bx - ax;
            double dy = by - ay;
            double len2 = dx * dx + dy * dy;
            double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
            double px = ax + t * dx;
            double py = ay + t * dy;
            best = Math.min(best, Math.sqrt(px * px + py * py));
        }
        return best;
    }
}
