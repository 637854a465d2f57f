package sahelsim.chart;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import sahelsim.load.ShippedGeography;
import sahelsim.map.Grid;
import sahelsim.map.Town;

/** Town names on a map overlap no other name and no town, and stay inside the map, at any size. */
class MapLabelsTest {

    @Test
    void namesNeverOverlapNorLeaveTheMap() {
        Grid grid = ShippedGeography.grid(Grid.DEFAULT_RESOLUTION);
        List<String> problems = new ArrayList<>();
        // A slide, a panel's small map and a thumbnail: the smaller the map, the more names compete.
        for (int[] size : new int[][] {{760, 868, 10}, {380, 430, 7}, {240, 270, 5}}) {
            for (boolean corners : new boolean[] {false, true}) {
                BufferedImage img = new BufferedImage(size[0] + 40, size[1] + 40, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = img.createGraphics();
                MapPainter map = new MapPainter(grid, new Rectangle(20, 20, size[0], size[1]), size[2] / 10.0);
                if (corners) {
                    map.reserveCorners();
                }
                map.paintTownNames(g);
                g.dispose();
                List<Rectangle2D> boxes = map.labelBoxes();
                Rectangle area = map.mapArea();
                for (int i = 0; i < boxes.size(); i++) {
                    Rectangle2D a = boxes.get(i);
                    if (!area.contains(a)) {
                        problems.add(size[0] + " px: a name leaves the map at " + a);
                    }
                    for (int j = i + 1; j < boxes.size(); j++) {
                        if (a.intersects(boxes.get(j))) {
                            problems.add(size[0] + " px: two names overlap at " + a + " and " + boxes.get(j));
                        }
                    }
                    for (Town t : grid.geography().towns()) {
                        var p = map.toScreen(t.location().lat(), t.location().lon());
                        double r = map.radius(t);
                        if (a.intersects(p.getX() - r, p.getY() - r, 2 * r, 2 * r)) {
                            problems.add(size[0] + " px: a name covers the town " + t.name());
                        }
                    }
                }
                assertTrue(boxes.size() >= 10, size[0] + " px: most towns are named, got " + boxes.size());
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
