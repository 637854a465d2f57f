package sahelsim.model.flight;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import sahelsim.map.Grid;
import sahelsim.map.LatLon;
import sahelsim.map.MaliGeography;
import sahelsim.map.RoadLink;
import sahelsim.map.Site;
import sahelsim.map.Town;

/**
 * The places where people who flee can stay, and the links between them: Flee's location graph. Place
 * {@code t < towns()} is the map's town {@code t}; the places after them are the shipped sites (the capital,
 * then the camps across the borders), in file order. Links are the road graph's (each pair of towns once, of
 * its great-circle length) and each site's routes to the towns it is reached from, of the length sites.csv
 * gives them.
 *
 * <p>It also holds each land cell's district: the town nearest it, where its people set out from and to
 * which they belong while they are away (Flee's location of origin). Immutable; built once per run.
 */
public final class Places {

    /** The country id of places inside Mali. */
    public static final String MALI = "mali";

    private final int towns;
    private final String[] ids;
    private final String[] names;
    private final LatLon[] locations;
    private final boolean[] abroad;
    private final int[] country;
    private final List<String> countries = new ArrayList<>();
    private final int[] townLand;
    private final int[] linkFrom;
    private final int[] linkTo;
    private final double[] linkKm;
    /** Links at each place, as compressed rows: the links of place p are linksAt[linkStart[p] .. linkStart[p+1]). */
    private final int[] linkStart;
    private final int[] linksAt;
    private final int[] districtOf;
    private final int[] districtStart;
    private final int[] districtCells;
    private final double[] entryKm;

    public Places(Grid grid) {
        MaliGeography geo = grid.geography();
        towns = geo.towns().size();
        List<Site> sites = geo.sites();
        int n = towns + sites.size();
        ids = new String[n];
        names = new String[n];
        locations = new LatLon[n];
        abroad = new boolean[n];
        country = new int[n];
        townLand = new int[towns];
        countries.add(MALI);
        for (int t = 0; t < towns; t++) {
            Town town = geo.town(t);
            ids[t] = town.id();
            names[t] = town.name();
            locations[t] = town.location();
            townLand[t] = grid.landIndex(grid.townCell(t));
        }
        for (int s = 0; s < sites.size(); s++) {
            Site site = sites.get(s);
            int p = towns + s;
            ids[p] = site.id();
            names[p] = site.name();
            locations[p] = site.location();
            abroad[p] = site.abroad();
            if (!countries.contains(site.country())) {
                countries.add(site.country());
            }
            country[p] = countries.indexOf(site.country());
        }
        List<int[]> pairs = new ArrayList<>();
        List<Double> lengths = new ArrayList<>();
        boolean[][] joined = new boolean[n][n];
        for (RoadLink link : geo.roads().links()) {
            join(pairs, lengths, joined, link.from(), link.to(), link.km());
        }
        for (int s = 0; s < sites.size(); s++) {
            for (Site.Link link : sites.get(s).links()) {
                join(pairs, lengths, joined, geo.townIndex(link.town()).orElseThrow(), towns + s, link.km());
            }
        }
        int links = pairs.size();
        linkFrom = new int[links];
        linkTo = new int[links];
        linkKm = new double[links];
        int[] degree = new int[n + 1];
        for (int l = 0; l < links; l++) {
            linkFrom[l] = pairs.get(l)[0];
            linkTo[l] = pairs.get(l)[1];
            linkKm[l] = lengths.get(l);
            degree[linkFrom[l] + 1]++;
            degree[linkTo[l] + 1]++;
        }
        linkStart = new int[n + 1];
        for (int p = 0; p < n; p++) {
            linkStart[p + 1] = linkStart[p] + degree[p + 1];
        }
        linksAt = new int[2 * links];
        int[] fill = Arrays.copyOf(linkStart, n);
        for (int l = 0; l < links; l++) {
            linksAt[fill[linkFrom[l]]++] = l;
            linksAt[fill[linkTo[l]]++] = l;
        }
        int cells = grid.landCellCount();
        districtOf = new int[cells];
        districtStart = new int[towns + 1];
        double[] kmWeighted = new double[towns];
        double[] people = new double[towns];
        for (int i = 0; i < cells; i++) {
            int cell = grid.landCell(i);
            int t = grid.nearestTown(cell);
            districtOf[i] = t;
            districtStart[t + 1]++;
            double residents = Math.max(1, grid.population(cell));
            kmWeighted[t] += residents * grid.kmApprox(cell, grid.townCell(t));
            people[t] += residents;
        }
        for (int t = 0; t < towns; t++) {
            districtStart[t + 1] += districtStart[t];
        }
        districtCells = new int[cells];
        int[] next = Arrays.copyOf(districtStart, towns);
        for (int i = 0; i < cells; i++) {
            districtCells[next[districtOf[i]]++] = i;
        }
        entryKm = new double[towns];
        for (int t = 0; t < towns; t++) {
            entryKm[t] = people[t] == 0 ? 0 : kmWeighted[t] / people[t];
        }
    }

    private static void join(List<int[]> pairs, List<Double> lengths, boolean[][] joined, int a, int b, double km) {
        if (a != b && !joined[a][b]) {
            joined[a][b] = true;
            joined[b][a] = true;
            pairs.add(new int[] {a, b});
            lengths.add(km);
        }
    }

    /** Number of places. */
    public int size() {
        return ids.length;
    }

    /** Number of towns: places 0 .. towns() - 1 are the map's towns, and the districts are theirs. */
    public int towns() {
        return towns;
    }

    public String id(int place) {
        return ids[place];
    }

    public String name(int place) {
        return names[place];
    }

    public LatLon location(int place) {
        return locations[place];
    }

    /** Whether people staying at the place are refugees abroad (a camp) rather than displaced in Mali. */
    public boolean abroad(int place) {
        return abroad[place];
    }

    /** The place's country, an index into {@link #countries()} (0 is Mali). */
    public int country(int place) {
        return country[place];
    }

    /** Country ids in order of first appearance, Mali first. */
    public List<String> countries() {
        return List.copyOf(countries);
    }

    /** The land index of a town's cell, whose fear tells how dangerous the town is. */
    public int townLand(int town) {
        return townLand[town];
    }

    public int linkCount() {
        return linkKm.length;
    }

    public int linkFrom(int link) {
        return linkFrom[link];
    }

    public int linkTo(int link) {
        return linkTo[link];
    }

    public double linkKm(int link) {
        return linkKm[link];
    }

    /** The place at the other end of a link. */
    public int across(int link, int place) {
        return linkFrom[link] == place ? linkTo[link] : linkFrom[link];
    }

    /** Number of links at a place. */
    public int degree(int place) {
        return linkStart[place + 1] - linkStart[place];
    }

    /** The k-th link at a place. */
    public int linkAt(int place, int k) {
        return linksAt[linkStart[place] + k];
    }

    /** The district of a land cell: its nearest town. */
    public int district(int landIndex) {
        return districtOf[landIndex];
    }

    /** Number of land cells in a district. */
    public int districtSize(int town) {
        return districtStart[town + 1] - districtStart[town];
    }

    /** The k-th land cell (ascending) of a district. */
    public int districtCell(int town, int k) {
        return districtCells[districtStart[town] + k];
    }

    /**
     * The mean distance from a district's cells to its town, weighted by their 2009 residents: the first stretch
     * of every journey out of the district, and how far people who stay in their district town have come.
     */
    public double entryKm(int town) {
        return entryKm[town];
    }
}
