package sahelsim.sweep.design;

import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * The design behind Sobol indices (Saltelli et al. 2010, Computer Physics Communications 181:259-270, §3): two
 * N x k matrices A and B taken from one quasi-random Sobol sequence of dimension 2k (A its first k coordinates, B
 * the last k), and for each parameter i the matrix A_B^(i), which is A with column i taken from B. That is
 * N(k + 2) points.
 *
 * <p>Points are stored block by block, one block of k + 2 rows per base sample j, as SALib orders them:
 * {@code A_j, A_B^(1)_j, ..., A_B^(k)_j, B_j}. A sweep cut short therefore still holds whole blocks, and raising
 * N keeps every earlier point at its index, because the Sobol sequence only grows. The sequence's first point,
 * the origin, is skipped (it would make A_0 = B_0 = 0).
 */
public final class SaltelliDesign implements Design {

    /** Largest k: commons-math's Sobol sequence has direction numbers for up to 1000 dimensions, and we need 2k. */
    public static final int MAX_DIMENSIONS = 500;

    private final int baseSamples;
    private final int dimensions;

    public SaltelliDesign(int baseSamples, int dimensions) {
        if (baseSamples < 1 || dimensions < 1 || dimensions > MAX_DIMENSIONS) {
            throw new IllegalArgumentException("a Saltelli design needs N >= 1 and 1 <= k <= " + MAX_DIMENSIONS
                    + ", got N = " + baseSamples + ", k = " + dimensions);
        }
        this.baseSamples = baseSamples;
        this.dimensions = dimensions;
    }

    /** N, the number of base samples (rows of A and of B). */
    public int baseSamples() {
        return baseSamples;
    }

    @Override
    public int dimensions() {
        return dimensions;
    }

    /** Rows per base sample: k + 2. */
    public int blockSize() {
        return dimensions + 2;
    }

    /** Index of row j of A. */
    public int a(int j) {
        return j * blockSize();
    }

    /** Index of row j of A_B^(i), for parameter i (from 0). */
    public int ab(int j, int i) {
        return j * blockSize() + 1 + i;
    }

    /** Index of row j of B. */
    public int b(int j) {
        return j * blockSize() + dimensions + 1;
    }

    @Override
    public double[][] points() {
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * dimensions);
        sobol.nextVector();
        double[][] points = new double[baseSamples * blockSize()][];
        for (int j = 0; j < baseSamples; j++) {
            double[] v = sobol.nextVector();
            double[] a = new double[dimensions];
            double[] b = new double[dimensions];
            System.arraycopy(v, 0, a, 0, dimensions);
            System.arraycopy(v, dimensions, b, 0, dimensions);
            points[a(j)] = a;
            for (int i = 0; i < dimensions; i++) {
                double[] ab = a.clone();
                ab[i] = b[i];
                points[ab(j, i)] = ab;
            }
            points[b(j)] = b;
        }
        return points;
    }
}
