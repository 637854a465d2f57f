package sahelsim.map;

import java.util.List;

/** A closed ring of coordinates with a point-in-polygon test (even-odd rule). */
public final class Polygon {

    private final double[] lats;
    private final double[] lons;
    private final double minLat;
    private final double maxLat;
    private final double minLon;
    private final double maxLon;

    public Polygon(List<LatLon> ring) {
        if (ring.size() < 3) {
            throw new IllegalArgumentException("a polygon needs at least 3 vertices, got " + ring.size());
        }
        lats = ring.stream().mapToDouble(LatLon::lat).toArray();
        lons = ring.stream().mapToDouble(LatLon::lon).toArray();
        minLat = java.util.Arrays.stream(lats).min().orElseThrow();
        maxLat = java.util.Arrays.stream(lats).max().orElseThrow();
        minLon = java.util.Arrays.stream(lons).min().orElseThrow();
        maxLon = java.util.Arrays.stream(lons).max().orElseThrow();
    }

    public boolean contains(double lat, double lon) {
        if (lat < minLat || lat > maxLat || lon < minLon || lon > maxLon) {
            return false;
        }
        boolean inside = false;
        int n = lats.length;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            if ((lats[i] > lat) != (lats[j] > lat)
                    && lon < (lons[j] - lons[i]) * (lat - lats[i]) / (lats[j] - lats[i]) + lons[i]) {
                inside = !inside;
            }
        }
        return inside;
    }

    public int size() {
        return lats.length;
    }
}
