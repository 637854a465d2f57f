package sahelsim.model.rebellion;

import sahelsim.map.Grid;

/**
 * Sums of a count over the square of cells around a land cell, out to {@code radius} cells north, south, east and
 * west (clipped at the map's edges): how many state troops or active civilians a civilian sees within its vision.
 * A summed-area table makes each sum four look-ups, so the whole map is summed in one pass whatever the vision; a
 * disc would cost a pass over its cells for each cell. The four corners of each land cell's square are worked out
 * once.
 */
final class VisionBox {

    private final int width;
    private final int height;
    private final long[] table;
    /** For land cell i, the table's indices of its square's corners at 4i .. 4i + 3. */
    private final int[] corners;

    VisionBox(Grid grid, int radius) {
        this.width = grid.width();
        this.height = grid.height();
        this.table = new long[(width + 1) * (height + 1)];
        int w1 = width + 1;
        corners = new int[4 * grid.landCellCount()];
        for (int i = 0; i < grid.landCellCount(); i++) {
            int cell = grid.landCell(i);
            int x0 = Math.max(0, grid.x(cell) - radius);
            int y0 = Math.max(0, grid.y(cell) - radius);
            int x1 = Math.min(width, grid.x(cell) + radius + 1);
            int y1 = Math.min(height, grid.y(cell) + radius + 1);
            corners[4 * i] = y1 * w1 + x1;
            corners[4 * i + 1] = y0 * w1 + x1;
            corners[4 * i + 2] = y1 * w1 + x0;
            corners[4 * i + 3] = y0 * w1 + x0;
        }
    }

    /** The square's half-width in cells for a vision of {@code km}: the nearest whole number of cells. */
    static int radius(Grid grid, double km) {
        return (int) Math.round(km / grid.cellKm());
    }

    /** Takes a count per raster cell ({@code grid.index(x, y)}) to sum from. */
    void load(long[] perCell) {
        int w1 = width + 1;
        for (int y = 0; y < height; y++) {
            long row = 0;
            int from = y * width;
            int above = y * w1 + 1;
            int here = above + w1;
            for (int x = 0; x < width; x++) {
                row += perCell[from + x];
                table[here + x] = table[above + x] + row;
            }
        }
    }

    /** The loaded count summed over the square around a land cell (its land index). */
    long around(int landIndex) {
        int c = 4 * landIndex;
        return table[corners[c]] - table[corners[c + 1]] - table[corners[c + 2]] + table[corners[c + 3]];
    }
}
