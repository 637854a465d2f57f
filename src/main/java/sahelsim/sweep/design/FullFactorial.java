package sahelsim.sweep.design;

import java.util.Arrays;

/**
 * Every combination of every parameter's values, like nested loops over the parameters in the order given: the
 * first parameter changes slowest, the last fastest. Value {@code v} of a parameter with {@code n} values sits at
 * the centre of its stratum, (v + 0.5) / n, so that {@code floor(u * n)} gives back {@code v}.
 */
public final class FullFactorial implements Design {

    private final int[] valueCounts;

    /** @param valueCounts how many values each parameter takes (each at least 1) */
    public FullFactorial(int... valueCounts) {
        for (int n : valueCounts) {
            if (n < 1) {
                throw new IllegalArgumentException("every parameter needs at least one value, got " + n);
            }
        }
        this.valueCounts = valueCounts.clone();
    }

    /** Number of points: the product of the value counts, or -1 when it exceeds {@code limit}. */
    public static long size(int[] valueCounts, long limit) {
        long size = 1;
        for (int n : valueCounts) {
            size *= n;
            if (size > limit) {
                return -1;
            }
        }
        return size;
    }

    @Override
    public int dimensions() {
        return valueCounts.length;
    }

    @Override
    public double[][] points() {
        long size = size(valueCounts, Integer.MAX_VALUE - 8);
        if (size < 0) {
            throw new IllegalStateException("too many grid points: " + Arrays.toString(valueCounts));
        }
        double[][] points = new double[(int) size][valueCounts.length];
        for (int i = 0; i < size; i++) {
            int rest = i;
            for (int d = valueCounts.length - 1; d >= 0; d--) {
                int n = valueCounts[d];
                points[i][d] = (rest % n + 0.5) / n;
                rest /= n;
            }
        }
        return points;
    }
}
