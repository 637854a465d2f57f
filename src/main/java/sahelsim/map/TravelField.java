package sahelsim.map;

import java.util.Arrays;

/**
 * Travel cost from every cell to one town, in km weighted by terrain movement cost (Dijkstra over the grid's
 * 8-neighbourhood). Units walk down the field to reach the town; garrisons project influence over it, so
 * that mountains and the flooded delta hold influence back. Cells outside Mali can be crossed at ten times
 * their cost, as bands do use border sanctuaries, but rarely.
 */
public final class TravelField {

    static final double OUTSIDE_FACTOR = 10.0;

    private final Grid grid;
    private final int town;
    private final float[] cost;

    TravelField(Grid grid, int town) {
        this.grid = grid;
        this.town = town;
        this.cost = compute(grid, grid.townCell(town));
    }

    public int town() {
        return town;
    }

    /** Travel cost from a cell to the town, km-equivalent. */
    public double cost(int cell) {
        return cost[cell];
    }

    /** The neighbour of a cell one step closer to the town (the cell itself at the town). */
    public int stepToward(int cell) {
        int best = cell;
        float bestCost = cost[cell];
        int x = grid.x(cell);
        int y = grid.y(cell);
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int nx = x + dx;
                int ny = y + dy;
                if ((dx == 0 && dy == 0) || nx < 0 || ny < 0 || nx >= grid.width() || ny >= grid.height()) {
                    continue;
                }
                int n = grid.index(nx, ny);
                if (cost[n] < bestCost) {
                    bestCost = cost[n];
                    best = n;
                }
            }
        }
        return best;
    }

    /** Cost of the single step between two neighbouring cells, km-equivalent. */
    public static double stepCost(Grid grid, int from, int to) {
        double km = grid.kmBetween(from, to);
        return km * (effectiveCost(grid, from) + effectiveCost(grid, to)) / 2;
    }

    private static double effectiveCost(Grid grid, int cell) {
        return grid.inMali(cell) ? grid.movementCost(cell) : grid.movementCost(cell) * OUTSIDE_FACTOR;
    }

    private static float[] compute(Grid grid, int source) {
        int n = grid.cellCount();
        float[] dist = new float[n];
        Arrays.fill(dist, Float.POSITIVE_INFINITY);
        double cellKm = grid.cellKm();
        // A binary heap of cells keyed by distance, on primitive arrays.
        int[] heap = new int[n];
        int[] pos = new int[n];
        Arrays.fill(pos, -1);
        int size = 0;
        dist[source] = 0;
        heap[size] = source;
        pos[source] = size++;
        float[] cost = new float[n];
        for (int c = 0; c < n; c++) {
            cost[c] = (float) effectiveCost(grid, c);
        }
        while (size > 0) {
            int c = heap[0];
            pos[c] = -2;
            heap[0] = heap[--size];
            if (size > 0) {
                pos[heap[0]] = 0;
                siftDown(heap, pos, dist, 0, size);
            }
            int x = grid.x(c);
            int y = grid.y(c);
            double kx = Math.cos(Math.toRadians(grid.latOfRow(y)));
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    int nx = x + dx;
                    int ny = y + dy;
                    if ((dx == 0 && dy == 0) || nx < 0 || ny < 0 || nx >= grid.width() || ny >= grid.height()) {
                        continue;
                    }
                    int m = grid.index(nx, ny);
                    if (pos[m] == -2) {
                        continue;
                    }
                    double ex = dx * cellKm * kx;
                    double ey = dy * cellKm;
                    double d = dist[c] + Math.sqrt(ex * ex + ey * ey) * (cost[c] + cost[m]) / 2;
                    if (d < dist[m]) {
                        dist[m] = (float) d;
                        if (pos[m] == -1) {
                            heap[size] = m;
                            pos[m] = size++;
                        }
                        siftUp(heap, pos, dist, pos[m]);
                    }
                }
            }
        }
        return dist;
    }

    private static void siftUp(int[] heap, int[] pos, float[] key, int i) {
        int item = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (less(key, heap[parent], item)) {
                break;
            }
            heap[i] = heap[parent];
            pos[heap[i]] = i;
            i = parent;
        }
        heap[i] = item;
        pos[item] = i;
    }

    private static void siftDown(int[] heap, int[] pos, float[] key, int i, int size) {
        int item = heap[i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && less(key, heap[child + 1], heap[child])) {
                child++;
            }
            if (less(key, item, heap[child])) {
                break;
            }
            heap[i] = heap[child];
            pos[heap[i]] = i;
            i = child;
        }
        heap[i] = item;
        pos[item] = i;
    }

    /** Heap order by distance, ties by cell index, so the field never depends on insertion order. */
    private static boolean less(float[] key, int a, int b) {
        return key[a] < key[b] || (key[a] == key[b] && a < b);
    }
}
