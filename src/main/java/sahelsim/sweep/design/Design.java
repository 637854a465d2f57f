package sahelsim.sweep.design;

/**
 * An experimental design: points in the unit cube [0, 1]^k, one row per design point, in a stable order. The
 * sweep maps each coordinate to a parameter's values; a point's row number is its index in the sweep.
 */
public interface Design {

    /** Number of varied parameters k. */
    int dimensions();

    /** The points, a fresh array each call: {@code points()[i][d]} is coordinate d of point i. */
    double[][] points();
}
