package sahelsim.chart;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges a set of raster cells into polygons: the outlines of the cells' union, each outline a ring of grid
 * vertices, with the holes inside it. Vertex (i, j) is the corner of the grid at column line i and row line j,
 * rows counted from the north (so j grows southward). Rings follow RFC 7946 as seen on a map with north up:
 * outer rings counterclockwise, holes clockwise. Where two cells touch only at a corner the rings pass apart,
 * so that no ring touches itself.
 */
public final class CellPolygons {

    /** A grid vertex. */
    public record Vertex(int i, int j) {
    }

    /** One polygon: its outer ring, then its holes; each ring closed (its last vertex its first). */
    public record Polygon(List<Vertex> outer, List<List<Vertex>> holes) {
    }

    private CellPolygons() {
    }

    /** The polygons of the cells {@code (x, y)} with {@code inside[y * width + x]}. */
    public static List<Polygon> of(boolean[] inside, int width, int height) {
        Map<Vertex, List<Vertex>> next = new HashMap<>();
        List<Vertex[]> edges = new ArrayList<>();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (!inside[y * width + x]) {
                    continue;
                }
                // Each side whose neighbour is outside, walked with the cell on its left (north up).
                if (!in(inside, width, height, x, y + 1)) {
                    edges.add(edge(next, new Vertex(x, y + 1), new Vertex(x + 1, y + 1)));
                }
                if (!in(inside, width, height, x + 1, y)) {
                    edges.add(edge(next, new Vertex(x + 1, y + 1), new Vertex(x + 1, y)));
                }
                if (!in(inside, width, height, x, y - 1)) {
                    edges.add(edge(next, new Vertex(x + 1, y), new Vertex(x, y)));
                }
                if (!in(inside, width, height, x - 1, y)) {
                    edges.add(edge(next, new Vertex(x, y), new Vertex(x, y + 1)));
                }
            }
        }
        List<List<Vertex>> outers = new ArrayList<>();
        List<List<Vertex>> holes = new ArrayList<>();
        // Rings are traced from the edges in the order the cells were scanned, so the same cells always give
        // the same rings in the same order.
        for (Vertex[] start : edges) {
            List<Vertex> from = next.get(start[0]);
            if (from == null || !from.contains(start[1])) {
                continue;
            }
            for (List<Vertex> ring : split(trace(next, start[0], start[1]))) {
                (area2(ring) > 0 ? outers : holes).add(simplified(ring));
            }
        }
        List<List<List<Vertex>>> holesOf = new ArrayList<>();
        for (int k = 0; k < outers.size(); k++) {
            holesOf.add(new ArrayList<>());
        }
        for (List<Vertex> hole : holes) {
            double[] p = insideHole(hole);
            int best = -1;
            for (int k = 0; k < outers.size(); k++) {
                if (contains(outers.get(k), p[0], p[1])
                        && (best < 0 || area2(outers.get(k)) < area2(outers.get(best)))) {
                    best = k;
                }
            }
            if (best >= 0) {
                holesOf.get(best).add(hole);
            }
        }
        List<Polygon> out = new ArrayList<>();
        for (int k = 0; k < outers.size(); k++) {
            out.add(new Polygon(outers.get(k), holesOf.get(k)));
        }
        return out;
    }

    private static boolean in(boolean[] inside, int width, int height, int x, int y) {
        return x >= 0 && y >= 0 && x < width && y < height && inside[y * width + x];
    }

    private static Vertex[] edge(Map<Vertex, List<Vertex>> next, Vertex a, Vertex b) {
        next.computeIfAbsent(a, v -> new ArrayList<>(2)).add(b);
        return new Vertex[] {a, b};
    }

    /**
     * Follows edges from a first one back to its start, using each edge once. At a corner where two cells of
     * the set touch diagonally, two edges leave the vertex: the ring takes the sharper left turn, staying with
     * the cell it came along, so that the two cells' outlines part there.
     */
    private static List<Vertex> trace(Map<Vertex, List<Vertex>> next, Vertex a, Vertex b) {
        List<Vertex> ring = new ArrayList<>();
        ring.add(a);
        remove(next, a, b);
        Vertex prev = a;
        Vertex at = b;
        while (!at.equals(a)) {
            ring.add(at);
            List<Vertex> options = next.get(at);
            if (options == null || options.isEmpty()) {
                break;
            }
            Vertex chosen = options.get(0);
            if (options.size() > 1) {
                int dx = at.i() - prev.i();
                int dy = prev.j() - at.j();
                for (Vertex o : options) {
                    int ox = o.i() - at.i();
                    int oy = at.j() - o.j();
                    if (dx * oy - dy * ox > 0) {
                        chosen = o;
                    }
                }
            }
            remove(next, at, chosen);
            prev = at;
            at = chosen;
        }
        ring.add(a);
        return ring;
    }

    /**
     * A traced ring cut into simple rings at every vertex it passes twice: where the set's outline pinches (its
     * cells, or the cells of a hole and of the outside, touching only at a corner) a ring may come back to a
     * vertex, which GIS programs reject as a self-intersection. Cut there, the loop becomes a ring of its own,
     * counterclockwise (a polygon touching another at a point) or clockwise (a hole touching its polygon at a
     * point), both valid.
     */
    private static List<List<Vertex>> split(List<Vertex> closed) {
        List<List<Vertex>> out = new ArrayList<>();
        List<Vertex> path = new ArrayList<>();
        Map<Vertex, Integer> at = new HashMap<>();
        for (Vertex v : closed.subList(0, closed.size() - 1)) {
            Integer seen = at.get(v);
            if (seen != null) {
                List<Vertex> loop = new ArrayList<>(path.subList(seen, path.size()));
                loop.add(v);
                out.add(loop);
                for (Vertex gone : path.subList(seen + 1, path.size())) {
                    at.remove(gone);
                }
                path.subList(seen + 1, path.size()).clear();
            } else {
                at.put(v, path.size());
                path.add(v);
            }
        }
        path.add(path.get(0));
        out.add(path);
        return out;
    }

    private static void remove(Map<Vertex, List<Vertex>> next, Vertex a, Vertex b) {
        List<Vertex> from = next.get(a);
        from.remove(b);
        if (from.isEmpty()) {
            next.remove(a);
        }
    }

    /** The ring without the vertices where it goes straight on, still closed. */
    private static List<Vertex> simplified(List<Vertex> ring) {
        List<Vertex> open = ring.subList(0, ring.size() - 1);
        int n = open.size();
        List<Vertex> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            Vertex p = open.get((k - 1 + n) % n);
            Vertex v = open.get(k);
            Vertex q = open.get((k + 1) % n);
            long cross = (long) (v.i() - p.i()) * (q.j() - v.j()) - (long) (v.j() - p.j()) * (q.i() - v.i());
            if (cross != 0) {
                out.add(v);
            }
        }
        out.add(out.get(0));
        return out;
    }

    /** Twice the ring's signed area, north up: positive counterclockwise. */
    static long area2(List<Vertex> ring) {
        long sum = 0;
        for (int k = 0; k + 1 < ring.size(); k++) {
            Vertex a = ring.get(k);
            Vertex b = ring.get(k + 1);
            // x = i, y = -j: north up.
            sum += (long) a.i() * -b.j() - (long) b.i() * -a.j();
        }
        return sum;
    }

    /**
     * A point inside a hole, a quarter of a cell off the middle of its first edge on the side away from the
     * cells: off every grid line, so that a ray from it passes through no vertex.
     */
    private static double[] insideHole(List<Vertex> hole) {
        Vertex a = hole.get(0);
        Vertex b = hole.get(1);
        double mi = (a.i() + b.i()) / 2.0;
        double mj = (a.j() + b.j()) / 2.0;
        int di = Integer.signum(b.i() - a.i());
        int dj = Integer.signum(b.j() - a.j());
        // North up the edge runs (di, -dj) with the cells on its left; its right is (-dj, -di) there, which is
        // (-dj, +di) in (i, j) with j southward.
        return new double[] {mi - 0.25 * dj, mj + 0.25 * di};
    }

    /** Even-odd ray casting toward increasing i. */
    private static boolean contains(List<Vertex> ring, double pi, double pj) {
        boolean inside = false;
        for (int k = 0; k + 1 < ring.size(); k++) {
            Vertex a = ring.get(k);
            Vertex b = ring.get(k + 1);
            if ((a.j() > pj) != (b.j() > pj)) {
                double cross = a.i() + (pj - a.j()) * (b.i() - a.i()) / (double) (b.j() - a.j());
                if (pi < cross) {
                    inside = !inside;
                }
            }
        }
        return inside;
    }
}
