package sahelsim.model.flight;

import java.util.Arrays;

/**
 * The day's least-cost routes between places, found when first asked for and kept until the dangers change:
 * a link costs its km, and the km of a link into a town in conflict count {@code 1 + dangerDetour x intensity}
 * times, so that people go round danger on the way where another road allows. For each origin: the cost to
 * every place, the first link to take and the number of links on the way.
 *
 * <p>The graph has a few dozen places, so each origin is a plain O(n^2) Dijkstra on arrays; ties go to the
 * lower place index, so routes never depend on the order of anything else.
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
    private double[] intensity;

    Routes(Places places, double dangerDetour) {
        this.places = places;
        this.dangerDetour = dangerDetour;
        this.n = places.size();
        cost = new double[n * n];
        firstLink = new int[n * n];
        hops = new int[n * n];
        known = new boolean[n];
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
        boolean[] done = new boolean[n];
        Arrays.fill(cost, base, base + n, Double.POSITIVE_INFINITY);
        Arrays.fill(firstLink, base, base + n, NONE);
        Arrays.fill(hops, base, base + n, 0);
        cost[base + origin] = 0;
        for (int round = 0; round < n; round++) {
            int at = NONE;
            for (int p = 0; p < n; p++) {
                if (!done[p] && (at == NONE || cost[base + p] < cost[base + at])) {
                    at = p;
                }
            }
            if (at == NONE || Double.isInfinite(cost[base + at])) {
                break;
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
                }
            }
        }
        known[origin] = true;
    }
}
