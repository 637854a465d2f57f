package sahelsim.map;

/**
 * The one place the map's extent is defined: northern and central Mali.
 *
 * <p>The west edge sits at 6.6 W rather than 6.0 W so that Ségou (6.22 W), Sokolo (6.12 W), the start of
 * the Niger's course and the north-western border corner (25.0 N, 6.56 W) all fall on the grid. Bamako
 * (12.65 N) lies south of the grid; distances to it are computed from coordinates.
 */
public final class MapBounds {

    public static final double WEST = -6.6;
    public static final double EAST = 4.5;
    public static final double SOUTH = 13.0;
    public static final double NORTH = 25.0;

    private MapBounds() {
    }

    public static boolean contains(double lat, double lon) {
        return lat >= SOUTH && lat < NORTH && lon >= WEST && lon < EAST;
    }
}
