package sahelsim.load;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import sahelsim.map.Grid;
import sahelsim.map.LatLon;
import sahelsim.map.MaliGeography;
import sahelsim.map.Region;
import sahelsim.map.Road;
import sahelsim.map.RoadKind;
import sahelsim.map.Site;
import sahelsim.map.SiteKind;
import sahelsim.map.Town;

/**
 * Reads the geography shipped in {@code src/main/resources/sahelsim/map} and keeps one copy per JVM,
 * with one grid per resolution: both are immutable, so every run and sweep thread shares them.
 */
public final class ShippedGeography {

    private static final String DIR = "/sahelsim/map/";
    private static final Map<Double, Grid> GRIDS = new ConcurrentHashMap<>();

    private ShippedGeography() {
    }

    private static final class Holder {
        static final MaliGeography GEOGRAPHY = load();
    }

    public static MaliGeography geography() {
        return Holder.GEOGRAPHY;
    }

    /** The grid at a resolution in degrees, built on first use. */
    public static Grid grid(double resolution) {
        return GRIDS.computeIfAbsent(resolution, r -> Grid.build(geography(), r));
    }

    private static MaliGeography load() {
        List<LatLon> border = points(read("mali-outline.csv"));
        List<LatLon> river = points(read("niger-river.csv"));
        List<Town> towns = new ArrayList<>();
        for (Map<String, String> row : read("towns.csv")) {
            towns.add(new Town(row.get("id"), row.get("name"),
                    new LatLon(Double.parseDouble(row.get("lat")), Double.parseDouble(row.get("lon"))),
                    Integer.parseInt(row.get("population")), row.get("region"),
                    yes(row.get("capital")), yes(row.get("airfield"))));
        }
        List<Region> regions = new ArrayList<>();
        for (Map<String, String> row : read("regions.csv")) {
            regions.add(new Region(row.get("id"), row.get("name"), Integer.parseInt(row.get("population_2009")),
                    Double.parseDouble(row.get("area_km2")), yes(row.get("partial"))));
        }
        List<Road> roads = new ArrayList<>();
        for (Map<String, String> row : read("roads.csv")) {
            roads.add(new Road(row.get("id"), RoadKind.valueOf(row.get("kind").toUpperCase()),
                    Arrays.asList(row.get("towns").split(";"))));
        }
        List<Site> sites = new ArrayList<>();
        for (Map<String, String> row : read("sites.csv")) {
            sites.add(new Site(row.get("id"), row.get("name"),
                    SiteKind.valueOf(row.get("kind").toUpperCase(Locale.ROOT)), row.get("country"),
                    new LatLon(Double.parseDouble(row.get("lat")), Double.parseDouble(row.get("lon"))),
                    siteLinks(row.get("id"), row.get("links"))));
        }
        List<LatLon> adrar = new ArrayList<>();
        List<LatLon> delta = new ArrayList<>();
        for (Map<String, String> row : read("terrain-zones.csv")) {
            LatLon p = new LatLon(Double.parseDouble(row.get("lat")), Double.parseDouble(row.get("lon")));
            switch (row.get("zone")) {
                case "adrar" -> adrar.add(p);
                case "inner-delta" -> delta.add(p);
                default -> throw new IllegalStateException("terrain-zones.csv: unknown zone " + row.get("zone"));
            }
        }
        return new MaliGeography(border, river, towns, regions, roads, sites, adrar, delta);
    }

    /** "lere:98;goundam:120" as links with their lengths in km. */
    private static List<Site.Link> siteLinks(String site, String text) {
        List<Site.Link> links = new ArrayList<>();
        for (String part : text.split(";")) {
            String[] townKm = part.split(":");
            if (townKm.length != 2) {
                throw new IllegalStateException("sites.csv: site " + site + ": expected links as town:km, got " + part);
            }
            links.add(new Site.Link(townKm[0].trim(), Double.parseDouble(townKm[1].trim())));
        }
        return links;
    }

    private static boolean yes(String value) {
        return "yes".equals(value);
    }

    private static List<LatLon> points(List<Map<String, String>> rows) {
        List<LatLon> out = new ArrayList<>();
        for (Map<String, String> row : rows) {
            out.add(new LatLon(Double.parseDouble(row.get("lat")), Double.parseDouble(row.get("lon"))));
        }
        return out;
    }

    /** Rows of a shipped CSV file with a header line, skipping '#' comment lines. */
    private static List<Map<String, String>> read(String name) {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.TRIM_SPACES);
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withComments();
        try (InputStream in = ShippedGeography.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("shipped resource missing: " + DIR + name);
            }
            try (MappingIterator<Map<String, String>> it =
                         mapper.readerForMapOf(String.class).with(schema).readValues(in)) {
                return it.readAll();
            }
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read shipped resource " + DIR + name + ": " + e.getMessage(), e);
        }
    }
}
