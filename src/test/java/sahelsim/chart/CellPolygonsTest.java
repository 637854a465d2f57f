package sahelsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Cells merged into polygons as GIS programs take them: closed simple rings, outer ones counterclockwise. */
class CellPolygonsTest {

    /** A grid from rows of text: '#' a cell of the set. */
    private static boolean[] cells(String... rows) {
        boolean[] inside = new boolean[rows.length * rows[0].length()];
        for (int y = 0; y < rows.length; y++) {
            for (int x = 0; x < rows[y].length(); x++) {
                inside[y * rows[0].length() + x] = rows[y].charAt(x) == '#';
            }
        }
        return inside;
    }

    private static long cellsCovered(List<CellPolygons.Polygon> polygons) {
        long twice = 0;
        for (CellPolygons.Polygon p : polygons) {
            twice += CellPolygons.area2(p.outer());
            for (List<CellPolygons.Vertex> h : p.holes()) {
                twice += CellPolygons.area2(h);
            }
        }
        return twice / 2;
    }

    private static void assertSimpleAndClosed(List<CellPolygons.Polygon> polygons) {
        for (CellPolygons.Polygon p : polygons) {
            assertTrue(CellPolygons.area2(p.outer()) > 0, "outer rings run counterclockwise");
            for (List<CellPolygons.Vertex> h : p.holes()) {
                assertTrue(CellPolygons.area2(h) < 0, "holes run clockwise");
            }
            for (List<CellPolygons.Vertex> ring : concat(p)) {
                assertEquals(ring.get(0), ring.get(ring.size() - 1), "closed");
                Set<CellPolygons.Vertex> seen = new HashSet<>(ring.subList(0, ring.size() - 1));
                assertEquals(ring.size() - 1, seen.size(), "a ring passes no vertex twice: " + ring);
            }
        }
    }

    private static List<List<CellPolygons.Vertex>> concat(CellPolygons.Polygon p) {
        List<List<CellPolygons.Vertex>> all = new java.util.ArrayList<>(p.holes());
        all.add(p.outer());
        return all;
    }

    @Test
    void aBlockIsOneRectangle() {
        List<CellPolygons.Polygon> p = CellPolygons.of(cells("...", ".##", ".##"), 3, 3);
        assertEquals(1, p.size());
        assertEquals(List.of(new CellPolygons.Vertex(1, 1), new CellPolygons.Vertex(1, 3), new CellPolygons.Vertex(3, 3),
                new CellPolygons.Vertex(3, 1), new CellPolygons.Vertex(1, 1)), p.get(0).outer(),
                "four corners, counterclockwise with north up");
    }

    @Test
    void aRingOfCellsHasItsHole() {
        List<CellPolygons.Polygon> p = CellPolygons.of(cells("###", "#.#", "###"), 3, 3);
        assertEquals(1, p.size());
        assertEquals(1, p.get(0).holes().size());
        assertEquals(8, cellsCovered(p));
        assertSimpleAndClosed(p);
    }

    @Test
    void cellsTouchingAtACornerPartThere() {
        List<CellPolygons.Polygon> two = CellPolygons.of(cells("#.", ".#"), 2, 2);
        assertEquals(2, two.size(), "two squares meeting at a point");
        assertSimpleAndClosed(two);
        // A hole that meets the outside at a corner, and a loop closed only through a corner.
        for (String[] rows : new String[][] {
            {"####", "#..#", "#.##", "##.."},
            {"###.", "#.#.", "###.", "...#"},
            {".##.", "#..#", "#.#.", ".#.."}}) {
            List<CellPolygons.Polygon> p = CellPolygons.of(cells(rows), 4, 4);
            assertSimpleAndClosed(p);
            long expected = String.join("", rows).chars().filter(c -> c == '#').count();
            assertEquals(expected, cellsCovered(p), String.join("/", rows));
        }
    }
}
