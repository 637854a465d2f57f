package sahelsim.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.Test;
import sahelsim.load.ShippedGeography;

class GridTest {

    private final MaliGeography geo = ShippedGeography.geography();
    private final Grid grid = ShippedGeography.grid(Grid.DEFAULT_RESOLUTION);

    @Test
    void everyTownFallsInACellInsideMaliInItsOwnRegion() {
        for (int t = 0; t < geo.towns().size(); t++) {
            Town town = geo.town(t);
            int cell = grid.townCell(t);
            assertTrue(grid.inMali(cell), town.id() + " is not inside Mali");
            assertEquals(town.region(), geo.regions().get(grid.region(cell)).id(), town.id());
        }
    }

    @Test
    void mostTownCellCentresAreInsideTheBorderPolygonItself() {
        long inside = geo.towns().stream()
                .filter(t -> geo.border().contains(t.location().lat(), t.location().lon())).count();
        assertTrue(inside >= geo.towns().size() - 2, "only " + inside + " towns inside the border");
    }

    @Test
    void regionTotalsMatchThe2009CensusWithinTenPercent() {
        long[] sum = new long[geo.regions().size()];
        for (int c : grid.landCells()) {
            sum[grid.region(c)] += grid.population(c);
        }
        for (int r = 0; r < sum.length; r++) {
            Region region = geo.regions().get(r);
            double expected = region.partial() ? grid.regionTarget(r) : region.population2009();
            assertEquals(expected, sum[r], expected * 0.10, region.id());
        }
    }

    @Test
    void partialRegionIsScaledToThePartOnTheMap() {
        int segou = geo.regionIndex("segou").orElseThrow();
        long target = grid.regionTarget(segou);
        assertTrue(target > 500_000 && target < 2_336_255, "Ségou on the map: " + target);
    }

    @Test
    void townsCarryTheirOwnPopulation() {
        int gao = geo.townIndex("gao").orElseThrow();
        assertTrue(grid.population(grid.townCell(gao)) >= geo.town(gao).population());
    }

    @Test
    void desertIsNearlyEmptyAndTheValleyDense() {
        double desert = density(Terrain.DESERT);
        double valley = density(Terrain.RIVER_VALLEY);
        assertTrue(desert < 1.0, "desert density " + desert);
        assertTrue(valley > 10 * desert, "valley " + valley + " vs desert " + desert);
    }

    private double density(Terrain terrain) {
        double people = 0;
        double area = 0;
        for (int c : grid.landCells()) {
            if (grid.terrain(c) == terrain) {
                people += grid.population(c);
                area += grid.cellAreaKm2(c);
            }
        }
        return people / area;
    }

    @Test
    void terrainZonesAreWhereTheSourcesPutThem() {
        assertEquals(Terrain.MOUNTAINS, terrainAt("kidal"));
        assertEquals(Terrain.DESERT, terrainAt("taoudenit"));
        assertEquals(Terrain.INNER_DELTA, terrainAt("youwarou"));
        assertEquals(Terrain.RIVER_VALLEY, terrainAt("gao"));
        assertEquals(Terrain.SAHEL, terrainAt("douentza"));
    }

    private Terrain terrainAt(String town) {
        return grid.terrain(grid.townCell(geo.townIndex(town).orElseThrow()));
    }

    @Test
    void riverCellsConnectSegouToTheNigerBorder() {
        int start = nearestRiverCell(grid.townCell(geo.townIndex("segou").orElseThrow()));
        LatLon mouth = geo.river().get(geo.river().size() - 1);
        int end = grid.cellOf(mouth.lat(), mouth.lon());
        assertTrue(grid.river(end));
        boolean[] seen = new boolean[grid.cellCount()];
        Deque<Integer> queue = new ArrayDeque<>();
        queue.add(start);
        seen[start] = true;
        while (!queue.isEmpty()) {
            int c = queue.poll();
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    int x = grid.x(c) + dx;
                    int y = grid.y(c) + dy;
                    if (x < 0 || y < 0 || x >= grid.width() || y >= grid.height()) {
                        continue;
                    }
                    int n = grid.index(x, y);
                    if (grid.river(n) && !seen[n]) {
                        seen[n] = true;
                        queue.add(n);
                    }
                }
            }
        }
        assertTrue(seen[end], "no river path from Ségou to the border");
    }

    private int nearestRiverCell(int cell) {
        for (int r = 0; r <= 2; r++) {
            for (int dy = -r; dy <= r; dy++) {
                for (int dx = -r; dx <= r; dx++) {
                    int n = grid.index(grid.x(cell) + dx, grid.y(cell) + dy);
                    if (grid.river(n)) {
                        return n;
                    }
                }
            }
        }
        throw new AssertionError("no river cell within two cells of Ségou");
    }

    @Test
    void finerGridHasSixteenTimesTheCellsAndTheSamePeople() {
        Grid fine = ShippedGeography.grid(0.025);
        assertEquals(16L * grid.cellCount(), fine.cellCount());
        assertEquals(grid.totalPopulation(), fine.totalPopulation(), grid.totalPopulation() * 0.01);
        Grid mid = ShippedGeography.grid(0.05);
        assertEquals(4L * grid.cellCount(), mid.cellCount());
    }

    @Test
    void cellsOutsideMaliHoldNobody() {
        for (int c = 0; c < grid.cellCount(); c++) {
            if (!grid.inMali(c)) {
                assertEquals(0, grid.population(c));
                assertEquals(-1, grid.region(c));
            }
        }
        assertFalse(grid.inMali(grid.cellOf(14.0, -1.0)), "Burkina Faso is not Mali");
    }

    @Test
    void roadCellsAreCheaperToCross() {
        int sevare = grid.townCell(geo.townIndex("sevare").orElseThrow());
        assertTrue(grid.road(sevare));
        assertEquals(grid.terrain(sevare).movementCost() * Terrain.ROAD_COST_FACTOR, grid.movementCost(sevare), 1e-6);
    }
}
