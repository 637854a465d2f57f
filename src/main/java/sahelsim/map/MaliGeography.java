package sahelsim.map;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shipped geography of northern and central Mali: border, towns, regions, the Niger, roads, the sites
 * beyond the map where people who flee stay (refugee camps, the capital) and terrain polygons. Immutable;
 * built once and shared by every grid and run.
 */
public final class MaliGeography {

    /** Bamako, south of the map: GeoNames (mali-facts 1.1). */
    public static final LatLon BAMAKO = new LatLon(12.65, -8.00);

    private final Polygon border;
    private final List<LatLon> borderRing;
    private final List<LatLon> river;
    private final List<Town> towns;
    private final Map<String, Integer> townIndex;
    private final List<Region> regions;
    private final Map<String, Integer> regionIndex;
    private final RoadNetwork roads;
    private final List<Site> sites;
    private final Polygon adrar;
    private final Polygon innerDelta;

    public MaliGeography(List<LatLon> borderRing, List<LatLon> river, List<Town> towns, List<Region> regions,
                         List<Road> roads, List<Site> sites, List<LatLon> adrar, List<LatLon> innerDelta) {
        this.borderRing = List.copyOf(borderRing);
        this.border = new Polygon(borderRing);
        this.river = List.copyOf(river);
        this.towns = List.copyOf(towns);
        this.regions = List.copyOf(regions);
        this.regionIndex = indexBy(this.regions.stream().map(Region::id).toList(), "region");
        this.townIndex = indexBy(this.towns.stream().map(Town::id).toList(), "town");
        for (Town t : this.towns) {
            if (!regionIndex.containsKey(t.region())) {
                throw new IllegalArgumentException("town " + t.id() + " names unknown region " + t.region());
            }
        }
        this.roads = new RoadNetwork(this.towns, this.townIndex, roads);
        this.sites = List.copyOf(sites);
        for (Site site : this.sites) {
            if (townIndex.containsKey(site.id())) {
                throw new IllegalArgumentException("site " + site.id() + " has a town's id");
            }
            for (Site.Link link : site.links()) {
                if (!townIndex.containsKey(link.town())) {
                    throw new IllegalArgumentException("site " + site.id() + " names unknown town " + link.town());
                }
            }
        }
        indexBy(this.sites.stream().map(Site::id).toList(), "site");
        this.adrar = new Polygon(adrar);
        this.innerDelta = new Polygon(innerDelta);
    }

    private static Map<String, Integer> indexBy(List<String> ids, String what) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            if (index.put(ids.get(i), i) != null) {
                throw new IllegalArgumentException("duplicate " + what + " id " + ids.get(i));
            }
        }
        return Collections.unmodifiableMap(index);
    }

    public Polygon border() {
        return border;
    }

    public List<LatLon> borderRing() {
        return borderRing;
    }

    public List<LatLon> river() {
        return river;
    }

    public List<Town> towns() {
        return towns;
    }

    public Town town(int index) {
        return towns.get(index);
    }

    /** Index of a town by id, or empty if there is none. */
    public Optional<Integer> townIndex(String id) {
        return Optional.ofNullable(townIndex.get(id));
    }

    public Town town(String id) {
        Integer i = townIndex.get(id);
        if (i == null) {
            throw new IllegalArgumentException("no town with id " + id);
        }
        return towns.get(i);
    }

    public List<Region> regions() {
        return regions;
    }

    public Optional<Integer> regionIndex(String id) {
        return Optional.ofNullable(regionIndex.get(id));
    }

    public RoadNetwork roads() {
        return roads;
    }

    /** Camps across the border and cities off the map where people who flee can stay, in file order. */
    public List<Site> sites() {
        return sites;
    }

    /** Terrain at a point, by the rules documented on {@link Terrain} and the terrain polygons. */
    public Terrain terrainAt(double lat, double lon) {
        if (adrar.contains(lat, lon)) {
            return Terrain.MOUNTAINS;
        }
        if (innerDelta.contains(lat, lon)) {
            return Terrain.INNER_DELTA;
        }
        if (GreatCircle.kmToPolyline(lat, lon, river) <= Terrain.RIVER_VALLEY_HALF_WIDTH_KM) {
            return Terrain.RIVER_VALLEY;
        }
        return lat >= Terrain.DESERT_LATITUDE ? Terrain.DESERT : Terrain.SAHEL;
    }

    public double kmToBamako(double lat, double lon) {
        return GreatCircle.km(lat, lon, BAMAKO.lat(), BAMAKO.lon());
    }
}
