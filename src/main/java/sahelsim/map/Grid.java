package sahelsim.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The raster the model runs on: square cells of {@code resolution} degrees over {@link MapBounds}, row 0
 * at the north edge. Per cell: inside Mali or not, terrain, movement cost, resident population (2009),
 * region, road and river flags, nearest town. Immutable; hot loops read the arrays through the accessors.
 *
 * <p>Regions: no admin-1 polygons were available, so each cell takes the region of its nearest town (the
 * shipped towns carry their region). Population: each region's 2009 census total (scaled to the part on
 * the map for partial regions) minus its towns' own populations is spread over the region's cells in
 * proportion to cell area times the terrain's population weight; towns add their population to their cell.
 * Integer people are apportioned by largest remainder, so totals are exact.
 */
public final class Grid {

    public static final double DEFAULT_RESOLUTION = 0.1;

    private final MaliGeography geography;
    private final double resolution;
    private final int width;
    private final int height;
    private final boolean[] inMali;
    private final byte[] terrain;
    private final float[] movementCost;
    private final int[] population;
    private final byte[] region;
    private final byte[] roadKind;
    private final boolean[] river;
    private final short[] nearestTown;
    private final int[] townCell;
    private final int[][] linkCells;
    private final int[] landCells;
    private final double[] rowAreaKm2;
    /** Area of each land cell, by land index: the observer sums it every day. */
    private final double[] landAreaKm2;
    private final long[] regionTarget;
    private final TravelField[] travel;
    private final int[] landIndex;
    private final float[] bamakoKm;
    private volatile float[] borderKm;
    private final double[] rowKx;

    private Grid(MaliGeography geography, double resolution) {
        this.geography = geography;
        this.resolution = resolution;
        this.width = (int) Math.ceil((MapBounds.EAST - MapBounds.WEST) / resolution - 1e-9);
        this.height = (int) Math.ceil((MapBounds.NORTH - MapBounds.SOUTH) / resolution - 1e-9);
        int n = width * height;
        inMali = new boolean[n];
        terrain = new byte[n];
        movementCost = new float[n];
        population = new int[n];
        region = new byte[n];
        roadKind = new byte[n];
        river = new boolean[n];
        nearestTown = new short[n];
        rowAreaKm2 = new double[height];
        for (int y = 0; y < height; y++) {
            double km = resolution * GreatCircle.KM_PER_DEGREE;
            rowAreaKm2[y] = km * km * Math.cos(Math.toRadians(latOfRow(y)));
        }
        townCell = new int[geography.towns().size()];
        classifyCells();
        placeTowns();
        river(geography.river());
        linkCells = rasterizeLinks();
        for (int c = 0; c < n; c++) {
            double cost = Terrain.values()[terrain[c]].movementCost();
            movementCost[c] = (float) (roadKind[c] != 0 ? cost * Terrain.ROAD_COST_FACTOR : cost);
        }
        landCells = java.util.stream.IntStream.range(0, n).filter(c -> inMali[c]).toArray();
        regionTarget = new long[geography.regions().size()];
        spreadPopulation();
        travel = new TravelField[geography.towns().size()];
        landIndex = new int[n];
        java.util.Arrays.fill(landIndex, -1);
        landAreaKm2 = new double[landCells.length];
        for (int i = 0; i < landCells.length; i++) {
            landIndex[landCells[i]] = i;
            landAreaKm2[i] = cellAreaKm2(landCells[i]);
        }
        rowKx = new double[height];
        for (int y = 0; y < height; y++) {
            rowKx[y] = cellKm() * Math.cos(Math.toRadians(latOfRow(y)));
        }
        bamakoKm = new float[n];
        for (int c = 0; c < n; c++) {
            bamakoKm[c] = (float) geography.kmToBamako(lat(c), lon(c));
        }
    }

    /** Builds the grid at a resolution in degrees (0.1, 0.05 and 0.025 are the supported sizes). */
    public static Grid build(MaliGeography geography, double resolution) {
        if (!(resolution >= 0.01 && resolution <= 1.0)) {
            throw new IllegalArgumentException("resolution must be between 0.01 and 1 degree, got " + resolution);
        }
        return new Grid(geography, resolution);
    }

    private void classifyCells() {
        List<Town> towns = geography.towns();
        for (int y = 0; y < height; y++) {
            double lat = latOfRow(y);
            double kx = Math.cos(Math.toRadians(lat));
            for (int x = 0; x < width; x++) {
                double lon = lonOfColumn(x);
                int c = index(x, y);
                inMali[c] = geography.border().contains(lat, lon);
                terrain[c] = (byte) geography.terrainAt(lat, lon).ordinal();
                int best = 0;
                double bestD = Double.POSITIVE_INFINITY;
                for (int t = 0; t < towns.size(); t++) {
                    LatLon p = towns.get(t).location();
                    double dx = (p.lon() - lon) * kx;
                    double dy = p.lat() - lat;
                    double d = dx * dx + dy * dy;
                    if (d < bestD) {
                        bestD = d;
                        best = t;
                    }
                }
                nearestTown[c] = (short) best;
                region[c] = inMali[c] ? (byte) regionOfTown(best) : -1;
            }
        }
    }

    private int regionOfTown(int town) {
        return geography.regionIndex(geography.town(town).region()).orElseThrow();
    }

    /**
     * A town's cell counts as inside Mali and in the town's region even when the cell's centre falls just
     * across the simplified border (Tinzaouaten and Anderamboukane sit on it).
     */
    private void placeTowns() {
        List<Town> towns = geography.towns();
        for (int t = 0; t < towns.size(); t++) {
            LatLon p = towns.get(t).location();
            int c = cellOf(p.lat(), p.lon());
            if (c < 0) {
                throw new IllegalArgumentException("town " + towns.get(t).id() + " lies off the map");
            }
            townCell[t] = c;
            inMali[c] = true;
            region[c] = (byte) regionOfTown(t);
            nearestTown[c] = (short) t;
        }
    }

    private void river(List<LatLon> course) {
        for (int i = 0; i + 1 < course.size(); i++) {
            for (int c : traceSegment(course.get(i), course.get(i + 1))) {
                river[c] = true;
            }
        }
    }

    private int[][] rasterizeLinks() {
        List<RoadLink> links = geography.roads().links();
        int[][] cells = new int[links.size()][];
        for (RoadLink link : links) {
            LatLon a = geography.town(link.from()).location();
            LatLon b = geography.town(link.to()).location();
            int[] trace = traceSegment(a, b);
            cells[link.index()] = trace;
            if (link.kind() == RoadKind.RIVER) {
                continue;
            }
            byte code = (byte) (link.kind().ordinal() + 1);
            for (int c : trace) {
                if (roadKind[c] == 0 || code < roadKind[c]) {
                    roadKind[c] = code;
                }
            }
        }
        return cells;
    }

    /** Cells crossed by a straight segment, in order, each once; consecutive cells are 8-neighbours. */
    private int[] traceSegment(LatLon a, LatLon b) {
        double span = Math.max(Math.abs(b.lat() - a.lat()), Math.abs(b.lon() - a.lon()));
        int steps = Math.max(1, (int) Math.ceil(span / (resolution / 4)));
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i <= steps; i++) {
            double f = (double) i / steps;
            int c = cellOf(a.lat() + f * (b.lat() - a.lat()), a.lon() + f * (b.lon() - a.lon()));
            if (c >= 0 && (out.isEmpty() || out.get(out.size() - 1) != c) && !out.contains(c)) {
                out.add(c);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private void spreadPopulation() {
        List<Region> regions = geography.regions();
        for (int r = 0; r < regions.size(); r++) {
            Region reg = regions.get(r);
            double area = 0;
            List<Integer> cells = new ArrayList<>();
            for (int c : landCells) {
                if (region[c] == r) {
                    cells.add(c);
                    area += cellAreaKm2(c);
                }
            }
            double share = reg.partial() ? Math.min(1.0, area / reg.areaKm2()) : 1.0;
            long target = Math.round(reg.population2009() * share);
            regionTarget[r] = target;
            long inTowns = 0;
            for (int t = 0; t < townCell.length; t++) {
                if (region[townCell[t]] == r) {
                    inTowns += geography.town(t).population();
                }
            }
            apportion(cells, Math.max(0, target - inTowns));
        }
        for (int t = 0; t < townCell.length; t++) {
            population[townCell[t]] += geography.town(t).population();
        }
    }

    private void apportion(List<Integer> cells, long people) {
        if (cells.isEmpty() || people == 0) {
            return;
        }
        double[] weight = new double[cells.size()];
        double total = 0;
        for (int i = 0; i < weight.length; i++) {
            int c = cells.get(i);
            weight[i] = cellAreaKm2(c) * Terrain.values()[terrain[c]].populationWeight();
            total += weight[i];
        }
        long given = 0;
        double[] remainder = new double[weight.length];
        for (int i = 0; i < weight.length; i++) {
            double exact = people * weight[i] / total;
            long whole = (long) Math.floor(exact);
            population[cells.get(i)] = (int) whole;
            remainder[i] = exact - whole;
            given += whole;
        }
        Integer[] order = new Integer[weight.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (p, q) -> remainder[p] != remainder[q]
                ? Double.compare(remainder[q], remainder[p]) : Integer.compare(cells.get(p), cells.get(q)));
        for (int k = 0; given < people; k++, given++) {
            population[cells.get(order[k % order.length])]++;
        }
    }

    public MaliGeography geography() {
        return geography;
    }

    public double resolution() {
        return resolution;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int cellCount() {
        return width * height;
    }

    public int index(int x, int y) {
        return y * width + x;
    }

    public int x(int cell) {
        return cell % width;
    }

    public int y(int cell) {
        return cell / width;
    }

    public double latOfRow(int y) {
        return MapBounds.NORTH - (y + 0.5) * resolution;
    }

    public double lonOfColumn(int x) {
        return MapBounds.WEST + (x + 0.5) * resolution;
    }

    public double lat(int cell) {
        return latOfRow(y(cell));
    }

    public double lon(int cell) {
        return lonOfColumn(x(cell));
    }

    /** The cell holding a point, or -1 off the map. */
    public int cellOf(double lat, double lon) {
        if (!MapBounds.contains(lat, lon)) {
            return -1;
        }
        int x = (int) Math.floor((lon - MapBounds.WEST) / resolution);
        int y = (int) Math.floor((MapBounds.NORTH - lat) / resolution);
        return x < width && y < height ? index(x, y) : -1;
    }

    /** Approximate edge length of a cell in km (north-south). */
    public double cellKm() {
        return resolution * GreatCircle.KM_PER_DEGREE;
    }

    public double cellAreaKm2(int cell) {
        return rowAreaKm2[y(cell)];
    }

    /** Area of the land cell at a land index. */
    public double landAreaKm2(int landIndex) {
        return landAreaKm2[landIndex];
    }

    public double kmBetween(int a, int b) {
        return GreatCircle.km(lat(a), lon(a), lat(b), lon(b));
    }

    /**
     * Distance between cell centres on a local flat approximation (within 0.5% of the great circle up to a
     * few hundred km): cheap enough for the many proximity checks made every day.
     */
    public double kmApprox(int a, int b) {
        int ya = a / width;
        int yb = b / width;
        double dx = (a % width - b % width) * rowKx[(ya + yb) >>> 1];
        double dy = (ya - yb) * cellKm();
        return Math.sqrt(dx * dx + dy * dy);
    }

    public boolean inMali(int cell) {
        return inMali[cell];
    }

    /** Cells inside Mali, ascending: the cells every hot loop runs over. */
    public int[] landCells() {
        return landCells.clone();
    }

    public int landCellCount() {
        return landCells.length;
    }

    public int landCell(int i) {
        return landCells[i];
    }

    public Terrain terrain(int cell) {
        return Terrain.values()[terrain[cell]];
    }

    public double movementCost(int cell) {
        return movementCost[cell];
    }

    public int population(int cell) {
        return population[cell];
    }

    public long totalPopulation() {
        long sum = 0;
        for (int c : landCells) {
            sum += population[c];
        }
        return sum;
    }

    /** Region index of a cell into {@link MaliGeography#regions()}, or -1 outside Mali. */
    public int region(int cell) {
        return region[cell];
    }

    /** Population the grid gives a region: its census figure, scaled to the map for partial regions. */
    public long regionTarget(int regionIndex) {
        return regionTarget[regionIndex];
    }

    public boolean road(int cell) {
        return roadKind[cell] != 0;
    }

    public boolean river(int cell) {
        return river[cell];
    }

    public int nearestTown(int cell) {
        return nearestTown[cell];
    }

    public int townCell(int town) {
        return townCell[town];
    }

    /** Cells along a road link, ordered from the link's first town to its second. */
    public int[] linkCells(int link) {
        return linkCells[link].clone();
    }

    /**
     * The travel-cost field to a town, computed on first use and then shared: the grid is immutable, so every
     * run and sweep thread on this grid uses the same fields.
     */
    public TravelField travelTo(int town) {
        TravelField field = travel[town];
        if (field == null) {
            synchronized (travel) {
                field = travel[town];
                if (field == null) {
                    field = new TravelField(this, town);
                    travel[town] = field;
                }
            }
        }
        return field;
    }

    public double kmToBamako(int cell) {
        return bamakoKm[cell];
    }

    /** Position of a cell in {@link #landCells()}, or -1 for a cell outside Mali. */
    public int landIndex(int cell) {
        return landIndex[cell];
    }

    /** Distance in km from a cell's centre to Mali's border, computed on first use and then shared. */
    public double kmToBorder(int cell) {
        float[] km = borderKm;
        if (km == null) {
            synchronized (this) {
                km = borderKm;
                if (km == null) {
                    km = new float[cellCount()];
                    for (int c = 0; c < km.length; c++) {
                        km[c] = (float) GreatCircle.kmToPolyline(lat(c), lon(c), geography.borderRing());
                    }
                    borderKm = km;
                }
            }
        }
        return km[cell];
    }
}
