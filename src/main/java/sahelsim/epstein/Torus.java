package sahelsim.epstein;

/**
 * A lattice of width x height sites whose edges wrap around, and the sites within a vision radius of each.
 * Vision is Epstein's: the number of lattice positions north, south, east and west an agent can inspect, read as
 * every site within that many steps along the lattice (the von Neumann neighbourhood of radius v, as Mesa's example
 * reads it); NetLogo's Rebellion uses a Euclidean disc instead.
 */
public final class Torus {

    private final int width;
    private final int height;

    public Torus(int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("torus: expected a width and height of 1 or more, got " + width + " x "
                    + height);
        }
        this.width = width;
        this.height = height;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int sites() {
        return width * height;
    }

    public int site(int x, int y) {
        return Math.floorMod(y, height) * width + Math.floorMod(x, width);
    }

    public int x(int site) {
        return site % width;
    }

    public int y(int site) {
        return site / width;
    }

    /** The largest vision for which no site is seen twice round the torus. */
    public int largestVision() {
        return (Math.min(width, height) - 1) / 2;
    }

    /**
     * For every site, the other sites within {@code vision} lattice steps, nearest first and then by row and column,
     * so that a draw from the list depends on the generator alone.
     */
    public int[][] sitesWithin(int vision) {
        if (vision < 0 || vision > largestVision()) {
            throw new IllegalArgumentException("vision: expected 0 to " + largestVision() + " sites on a " + width
                    + " x " + height + " torus, got " + vision);
        }
        int count = 2 * vision * (vision + 1);
        int[] dx = new int[count];
        int[] dy = new int[count];
        int n = 0;
        for (int d = 1; d <= vision; d++) {
            for (int y = -d; y <= d; y++) {
                for (int x = -d; x <= d; x++) {
                    if (Math.abs(x) + Math.abs(y) == d) {
                        dx[n] = x;
                        dy[n] = y;
                        n++;
                    }
                }
            }
        }
        int[][] within = new int[sites()][count];
        for (int s = 0; s < sites(); s++) {
            for (int i = 0; i < count; i++) {
                within[s][i] = site(x(s) + dx[i], y(s) + dy[i]);
            }
        }
        return within;
    }
}
