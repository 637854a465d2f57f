package sahelsim.model.rebellion;

import sahelsim.map.Grid;

/**
 * Sums of a count over the square of cells around a cell, out to {@code radius} cells north, south, east and west
 * (clipped at the map's edges): how many state troops or active civilians a civilian sees within its vision. A
 * summed-area table makes each sum four look-ups, so the whole map is summed in one pass whatever the vision; a
 * disc would cost a pass over its cells for each cell.
 */
final class VisionBox {

    private final int width;
    private final int height;
    private final int radius;
    private final long[] table;

    VisionBox(Grid grid, int radius) {
        this.width = grid.width();
        this.height = grid.height();
        this.radius = radius;
        this.table = new long[(width + 1) * (height + 1)];
    }

    /** The square's half-width in cells for a vision of {@code km}: the nearest whole number of cells. */
    static int radius(Grid grid, double km) {
        return (int) Math.round(km / grid.cellKm());
    }

    int radius() {
        return radius;
    }

    /** Takes a count per raster cell ({@code grid.index(x, y)}) to sum from. */
    void load(long[] perCell) {
        int w1 = width + 1;
        for (int y = 0; y < height; y++) {
            long row = 0;
            for (int x = 0; x < width; x++) {
                row += perCell[y * width + x];
                table[(y + 1) * w1 + x + 1] = table[y * w1 + x + 1] + row;
            }
        }
    }

    /** The loaded count summed over the square around a raster cell. */
    long around(int cell) {
        int x = cell % width;
        int y = cell / width;
        int x0 = Math.max(0, x - radius);
        int y0 = Math.max(0, y - radius);
        int x1 = Math.min(width, x + radius + 1);
        int y1 = Math.min(height, y + radius + 1);
        int w1 = width + 1;
        return table[y1 * w1 + x1] - table[y0 * w1 + x1] - table[y1 * w1 + x0] + table[y0 * w1 + x0];
    }
}
