package sahelsim.sweep.discovery;

import java.util.BitSet;

/**
 * One box of a PRIM trajectory: limits on every column (for a numeric column a closed interval, for a categorical
 * one the set of values kept) and what it holds.
 *
 * @param index    its place on the trajectory, 0 being the box of all cases
 * @param phase    how it was made: start, peel or paste
 * @param lower    each numeric column's lower limit (unused for categorical columns)
 * @param upper    each numeric column's upper limit
 * @param kept     each categorical column's values in the box (null for numeric columns)
 * @param cases    how many cases it holds
 * @param interest how many of them are of interest
 */
public record PrimBox(int index, Phase phase, double[] lower, double[] upper, BitSet[] kept, int cases, int interest,
                      double coverage, double mass, int restricted) {

    /** How a box was made. */
    public enum Phase {
        START, PEEL, PASTE
    }

    /** Share of its cases that are of interest: the box's mean and density (Friedman and Fisher 1999). */
    public double density() {
        return cases == 0 ? 0 : (double) interest / cases;
    }
}
