package sahelsim.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import sahelsim.load.ShippedGeography;

class RoadNetworkTest {

    private final MaliGeography geo = ShippedGeography.geography();
    private final RoadNetwork roads = geo.roads();

    private int town(String id) {
        return geo.townIndex(id).orElseThrow();
    }

    @Test
    void aRoadPathRunsFromSevareThroughGaoAndKidalToTessalit() {
        RoadNetwork.Route route = roads.shortestPath(town("sevare"), town("tessalit"),
                l -> l.kind() == RoadKind.RIVER ? Double.POSITIVE_INFINITY : l.km());
        assertTrue(route.exists());
        List<Integer> path = route.towns();
        int gao = path.indexOf(town("gao"));
        int kidal = path.indexOf(town("kidal"));
        assertTrue(gao > 0 && kidal > gao && path.get(path.size() - 1) == town("tessalit"), "path " + path);
        assertTrue(route.links().stream().noneMatch(l -> l.kind() == RoadKind.RIVER));
    }

    @Test
    void supplyRoutesFromSevareReachEveryTown() {
        RoadNetwork.Tree tree = roads.shortestPathTree(town("sevare"), RoadLink::km);
        for (int t = 0; t < geo.towns().size(); t++) {
            assertTrue(tree.reaches(t), geo.town(t).id() + " has no route from Sévaré");
        }
    }

    @Test
    void routeLengthIsTheSumOfItsLinks() {
        RoadNetwork.Route route = roads.shortestPath(town("gao"), town("kidal"));
        double gaoKidal = geo.town("gao").location().kmTo(geo.town("kidal").location());
        assertTrue(route.km() >= gaoKidal - 1e-9);
        assertEquals(route.km(), route.links().stream().mapToDouble(RoadLink::km).sum(), 1e-9);
    }

    @Test
    void everyRoadLinkIsTracedOnTheGridFromEndToEnd() {
        Grid grid = ShippedGeography.grid(Grid.DEFAULT_RESOLUTION);
        for (RoadLink link : roads.links()) {
            int[] cells = grid.linkCells(link.index());
            assertEquals(grid.townCell(link.from()), cells[0], link.roadId());
            assertEquals(grid.townCell(link.to()), cells[cells.length - 1], link.roadId());
        }
    }

    @Test
    void unknownTownInARoadIsRejected() {
        var ex = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new MaliGeography(geo.borderRing(), geo.river(), geo.towns(), geo.regions(),
                        List.of(new Road("bad", RoadKind.ROAD, List.of("gao", "atlantis"))), List.of(),
                        List.of(new LatLon(0, 0), new LatLon(0, 1), new LatLon(1, 1)),
                        List.of(new LatLon(0, 0), new LatLon(0, 1), new LatLon(1, 1))));
        assertTrue(ex.getMessage().contains("atlantis"));
        assertFalse(ex.getMessage().isBlank());
    }
}
