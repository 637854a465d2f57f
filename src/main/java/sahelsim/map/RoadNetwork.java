package sahelsim.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.ToDoubleFunction;

/**
 * The graph of roads, tracks and the river corridor between towns, with shortest paths.
 *
 * <p>Links are the great-circle distances between consecutive towns of each road; the town sequences
 * already follow the roads' bends, so no winding factor is added (Gao-Bamako is 946 km on the great
 * circle and "950 km" by road, defenceWeb 2023).
 */
public final class RoadNetwork {

    private final List<Town> towns;
    private final List<RoadLink> links;
    private final List<List<RoadLink>> incident;

    RoadNetwork(List<Town> towns, Map<String, Integer> townIndex, List<Road> roads) {
        this.towns = towns;
        List<RoadLink> all = new ArrayList<>();
        List<List<RoadLink>> byTown = new ArrayList<>();
        for (int i = 0; i < towns.size(); i++) {
            byTown.add(new ArrayList<>());
        }
        for (Road road : roads) {
            for (int i = 0; i + 1 < road.towns().size(); i++) {
                int a = resolve(townIndex, road, road.towns().get(i));
                int b = resolve(townIndex, road, road.towns().get(i + 1));
                double km = towns.get(a).location().kmTo(towns.get(b).location());
                RoadLink link = new RoadLink(all.size(), road.id(), road.kind(), a, b, km);
                all.add(link);
                byTown.get(a).add(link);
                byTown.get(b).add(link);
            }
        }
        this.links = List.copyOf(all);
        List<List<RoadLink>> frozen = new ArrayList<>();
        byTown.forEach(l -> frozen.add(List.copyOf(l)));
        this.incident = Collections.unmodifiableList(frozen);
    }

    private static int resolve(Map<String, Integer> townIndex, Road road, String townId) {
        Integer i = townIndex.get(townId);
        if (i == null) {
            throw new IllegalArgumentException("road " + road.id() + " names unknown town " + townId);
        }
        return i;
    }

    public List<RoadLink> links() {
        return links;
    }

    /** Links that start or end at a town, in file order. */
    public List<RoadLink> linksAt(int town) {
        return incident.get(town);
    }

    /** Shortest path by km over every kind of link. */
    public Route shortestPath(int from, int to) {
        return shortestPath(from, to, RoadLink::km);
    }

    /**
     * Shortest path under a link cost; ties are broken by town index so the result never depends on
     * iteration order. Returns {@link Route#NONE} when the towns are not connected.
     */
    public Route shortestPath(int from, int to, ToDoubleFunction<RoadLink> cost) {
        Tree tree = shortestPathTree(from, cost);
        return tree.routeTo(to);
    }

    /** All shortest paths from one origin (for example supply routes from Sévaré). */
    public Tree shortestPathTree(int origin, ToDoubleFunction<RoadLink> cost) {
        int n = towns.size();
        double[] dist = new double[n];
        int[] viaLink = new int[n];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        Arrays.fill(viaLink, -1);
        dist[origin] = 0;
        PriorityQueue<double[]> queue = new PriorityQueue<>((x, y) -> x[0] != y[0]
                ? Double.compare(x[0], y[0]) : Double.compare(x[1], y[1]));
        queue.add(new double[] {0, origin});
        boolean[] done = new boolean[n];
        while (!queue.isEmpty()) {
            int town = (int) queue.poll()[1];
            if (done[town]) {
                continue;
            }
            done[town] = true;
            for (RoadLink link : incident.get(town)) {
                int next = link.other(town);
                double d = dist[town] + cost.applyAsDouble(link);
                if (d < dist[next]) {
                    dist[next] = d;
                    viaLink[next] = link.index();
                    queue.add(new double[] {d, next});
                }
            }
        }
        return new Tree(origin, dist, viaLink);
    }

    /** The result of a single-origin shortest-path search. */
    public final class Tree {
        private final int origin;
        private final double[] cost;
        private final int[] viaLink;
        /**
         * Each town's route, built when first asked for and kept: the tree never changes, and the planners and
         * supply ask for the same routes every day.
         */
        private final Route[] routes;

        private Tree(int origin, double[] cost, int[] viaLink) {
            this.origin = origin;
            this.cost = cost;
            this.viaLink = viaLink;
            this.routes = new Route[cost.length];
        }

        public int origin() {
            return origin;
        }

        public boolean reaches(int town) {
            return !Double.isInfinite(cost[town]);
        }

        public double cost(int town) {
            return cost[town];
        }

        public Route routeTo(int town) {
            if (routes[town] == null) {
                routes[town] = route(town);
            }
            return routes[town];
        }

        private Route route(int town) {
            if (!reaches(town)) {
                return Route.NONE;
            }
            List<Integer> townPath = new ArrayList<>();
            List<RoadLink> linkPath = new ArrayList<>();
            int at = town;
            townPath.add(at);
            while (at != origin) {
                RoadLink link = links.get(viaLink[at]);
                linkPath.add(link);
                at = link.other(at);
                townPath.add(at);
            }
            Collections.reverse(townPath);
            Collections.reverse(linkPath);
            double km = linkPath.stream().mapToDouble(RoadLink::km).sum();
            return new Route(townPath, linkPath, km);
        }
    }

    /** A path through the road graph: the towns passed, the links taken and the length in km. */
    public record Route(List<Integer> towns, List<RoadLink> links, double km) {
        public static final Route NONE = new Route(List.of(), List.of(), Double.POSITIVE_INFINITY);

        public Route {
            towns = List.copyOf(towns);
            links = List.copyOf(links);
        }

        public boolean exists() {
            return !towns.isEmpty();
        }
    }
}
