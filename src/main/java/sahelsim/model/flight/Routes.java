package sahelsim.model.flight;

import java.util.Arrays;

/**
 * The day's least-cost routes between places, found when first asked for and kept until the dangers change:
 * a link costs its km, and the km of a link into a town in conflict count {@code 1 + dangerDetour x intensity}
 * times, so that people go round danger on the way where another road allows. For each origin: the cost to
 * every place, the first link to take and the number of links on the way.
 *
 * <p>Each origin is a Dijkstra search on a binary heap of primitive arrays; ties go to the lower place index
 * (in the heap and in the order links are relaxed), so routes never depend on the order of anything else.
 */
final class Routes {

    static final int NONE = -1;

    private final Places places;
    private final double dangerDetour;
    private final int n;
    private final double[] cost;
    private final int[] firstLink;
    private final int[] hops;
    private final boolean[] known;
    private final boolean[] done;
    private final double[] heapKey;
    private final int[] heapPlace;
    private int size;
    private double[] intensity;

    Routes(Places places, double dangerDetour) {
        this.places = places;
        this.dangerDetour = dangerDetour;
        this.n = places.size();
        cost = new double[n * n];
        firstLink = new int[n * n];
        hops = new int[n * n];
        known = new boolean[n];
        done = new boolean[n];
        // Each place enters the heap at most once per link into it, plus the origin.
        heapKey = new double[2 * places.linkCount() + 1];
        heapPlace = new int[heapKey.length];
    }

    /** Forgets every route: the conflict intensity of each place (0-1) has changed to these values. */
    void reset(double[] intensity) {
        this.intensity = intensity;
        Arrays.fill(known, false);
    }

    /** Route cost in km-equivalent from one place to another; infinite where no route exists. */
    double cost(int from, int to) {
        row(from);
        return cost[from * n + to];
    }

    /** The first link to take from one place towards another, or {@link #NONE} (at it, or no route). */
    int firstLink(int from, int to) {
        row(from);
        return firstLink[from * n + to];
    }

    /** Links on the least-cost route from one place to another (0 to itself). */
    int hops(int from, int to) {
        row(from);
        return hops[from * n + to];
    }

    private void row(int origin) {
        if (known[origin]) {
            return;
        }
        int base = origin * n;
        Arrays.fill(cost, base, base + n, Double.POSITIVE_INFINITY);
        Arrays.fill(firstLink, base, base + n, NONE);
        Arrays.fill(hops, base, base + n, 0);
        Arrays.fill(done, false);
        cost[base + origin] = 0;
        size = 0;
        push(0, origin);
        while (size > 0) {
            int at = pop();
            if (done[at]) {
                continue;
            }
            done[at] = true;
            for (int k = 0; k < places.degree(at); k++) {
                int link = places.linkAt(at, k);
                int next = places.across(link, at);
                double c = cost[base + at] + places.linkKm(link) * (1 + dangerDetour * intensity[next]);
                if (c < cost[base + next]) {
                    cost[base + next] = c;
                    firstLink[base + next] = at == origin ? link : firstLink[base + at];
                    hops[base + next] = hops[base + at] + 1;
                    push(c, next);
                }
            }
        }
        known[origin] = true;
    }

    // A binary heap of (cost, place) on primitive arrays, ordered by cost, then place index; stale entries are
    // skipped when popped.

    private void push(double key, int place) {
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (before(heapKey[parent], heapPlace[parent], key, place)) {
                break;
            }
            heapKey[i] = heapKey[parent];
            heapPlace[i] = heapPlace[parent];
            i = parent;
        }
        heapKey[i] = key;
        heapPlace[i] = place;
    }

    private int pop() {
        int top = heapPlace[0];
        size--;
        double key = heapKey[size];
        int place = heapPlace[size];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            int right = child + 1;
            if (right < size && before(heapKey[right], heapPlace[right], heapKey[child], heapPlace[child])) {
                child = right;
            }
            if (before(key, place, heapKey[child], heapPlace[child])) {
                break;
            }
            heapKey[i] = heapKey[child];
            heapPlace[i] = heapPlace[child];
            i = child;
        }
        heapKey[i] = key;
        heapPlace[i] = place;
        return top;
    }

    private static boolean before(double keyA, int placeA, double keyB, int placeB) {
        return keyA < keyB || (keyA == keyB && placeA < placeB);
    }
}
