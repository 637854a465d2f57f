package sahelsim.chart;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import sahelsim.runfolder.ControlMaps;
import sahelsim.io.Json;
import sahelsim.io.NumberText;
import sahelsim.map.Grid;
import sahelsim.map.MapBounds;
import sahelsim.map.Region;
import sahelsim.map.Town;

/**
 * A control map as GeoJSON (RFC 7946: WGS84 longitude and latitude, outer rings counterclockwise), for GIS
 * programs: one MultiPolygon feature per faction and strength of control, its cells merged into polygons
 * ({@link CellPolygons}), and one Point feature per town with who held and who blockaded it that day. Every
 * feature carries the date.
 */
public final class ControlGeoJson {

    private ControlGeoJson() {
    }

    /**
     * The map of a frame.
     *
     * @param source where the map comes from, a property of every feature: "replicate 1 of 10", or ""
     */
    public static ObjectNode of(ControlMapScene scene, ControlMaps.Frame frame, String source) {
        Grid grid = scene.grid();
        ObjectNode root = Json.object();
        root.put("type", "FeatureCollection");
        ArrayNode features = root.putArray("features");
        String date = frame.date().toString();
        List<FactionPalette.Entry> factions = scene.palette().factions();
        for (int f = 0; f < factions.size(); f++) {
            for (ControlShading.Strength strength : new ControlShading.Strength[] {ControlShading.Strength.FIRM,
                ControlShading.Strength.DOMINANT, ControlShading.Strength.CONTESTED}) {
                boolean[] inside = new boolean[grid.cellCount()];
                int cells = 0;
                for (int c = 0; c < inside.length; c++) {
                    if (frame.faction()[c] == f && ControlShading.Strength.of(frame.zone()[c]) == strength) {
                        inside[c] = true;
                        cells++;
                    }
                }
                if (cells == 0) {
                    continue;
                }
                FactionPalette.Entry faction = factions.get(f);
                ObjectNode feature = features.addObject();
                feature.put("type", "Feature");
                ObjectNode p = feature.putObject("properties");
                p.put("date", date);
                p.put("kind", "control");
                p.put("faction", faction.id());
                p.put("faction_name", faction.name());
                p.put("side", faction.side());
                p.put("strength", strength.word());
                p.put("meaning", strength.meaning());
                p.put("zones", strength.zones());
                p.put("cells", cells);
                p.put("colour", String.format("#%06X", faction.colour().getRGB() & 0xFFFFFF));
                if (!source.isEmpty()) {
                    p.put("source", source);
                }
                ObjectNode geometry = feature.putObject("geometry");
                geometry.put("type", "MultiPolygon");
                ArrayNode polygons = geometry.putArray("coordinates");
                for (CellPolygons.Polygon polygon : CellPolygons.of(inside, grid.width(), grid.height())) {
                    ArrayNode rings = polygons.addArray();
                    ring(rings.addArray(), polygon.outer(), grid);
                    for (List<CellPolygons.Vertex> hole : polygon.holes()) {
                        ring(rings.addArray(), hole, grid);
                    }
                }
            }
        }
        List<Region> regions = grid.geography().regions();
        for (Town town : grid.geography().towns()) {
            LocalDate day = frame.date();
            Optional<String> holder = scene.towns().holder(town.id(), day);
            Optional<String> blockader = scene.towns().blockader(town.id(), day);
            ObjectNode feature = features.addObject();
            feature.put("type", "Feature");
            ObjectNode p = feature.putObject("properties");
            p.put("date", date);
            p.put("kind", "town");
            p.put("town", town.id());
            p.put("name", town.name());
            p.put("region", grid.geography().regionIndex(town.region()).map(i -> regions.get(i).name())
                    .orElse(town.region()));
            p.put("population", town.population());
            p.put("holder", holder.orElse(null));
            p.put("holder_name", holder.map(h -> scene.palette().name(h)).orElse(null));
            p.put("blockaded", blockader.isPresent());
            p.put("blockaded_by", blockader.orElse(null));
            if (!source.isEmpty()) {
                p.put("source", source);
            }
            ObjectNode geometry = feature.putObject("geometry");
            geometry.put("type", "Point");
            ArrayNode at = geometry.putArray("coordinates");
            at.add(NumberText.json(town.location().lon()));
            at.add(NumberText.json(town.location().lat()));
        }
        return root;
    }

    private static void ring(ArrayNode out, List<CellPolygons.Vertex> ring, Grid grid) {
        for (CellPolygons.Vertex v : ring) {
            ArrayNode point = out.addArray();
            point.add(NumberText.json(MapBounds.WEST + v.i() * grid.resolution()));
            point.add(NumberText.json(MapBounds.NORTH - v.j() * grid.resolution()));
        }
    }
}
