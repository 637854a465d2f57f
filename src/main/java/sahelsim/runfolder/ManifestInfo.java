package sahelsim.runfolder;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * What charts need from a run's or a set's manifest.json (docs/outputs.md): the scenario, the seeds, the
 * program that ran it, the grid, and each faction's name and colour.
 *
 * @param seed       the run's seed; empty in a set's manifest, which lists its replicates instead
 * @param baseSeed   the seed a set's (or a replicate's) seeds were derived from, when the manifest says
 * @param replicateLabel "3 of 10" in a replicate's manifest, else empty
 * @param replicates a set's replicates in order; empty for a single run or one replicate
 */
public record ManifestInfo(Path file, String programVersion, String programCommit, String scenario, OptionalLong seed,
                           OptionalLong baseSeed, String replicateLabel, List<Replicate> replicates, GridInfo grid,
                           List<FactionInfo> factions, String status, String error) {

    /** One replicate of a set, as its manifest lists it. */
    public record Replicate(int index, long seed, String folder, String status) {
    }

    /** The raster the control maps are drawn on: cell (x, y) spans west + x·resolution ... */
    public record GridInfo(double resolution, double west, double north, int width, int height) {
    }

    /** A faction as the run knew it, with its colour "#RRGGBB" and side. */
    public record FactionInfo(String id, String name, String colour, String side) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

    public ManifestInfo {
        replicates = List.copyOf(replicates);
        factions = List.copyOf(factions);
    }

    /** A set of replicates rather than one run. */
    public boolean isSet() {
        return !replicates.isEmpty();
    }

    public static ManifestInfo read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new RunFolderError(file, "missing: expected the manifest of a run folder written by "
                    + "'sahelsim run' (docs/outputs.md)");
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            throw new RunFolderError(file, line, "malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new RunFolderError(file, "cannot be read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new RunFolderError(file, "expected a JSON object");
        }
        Fields f = new Fields(file);
        JsonNode program = f.object(root, "program");
        JsonNode scenario = f.object(root, "scenario");
        List<Replicate> replicates = new ArrayList<>();
        JsonNode reps = root.get("replicates");
        if (reps != null && !reps.isNull()) {
            if (!reps.isArray() || reps.isEmpty()) {
                throw new RunFolderError(file, "expected 'replicates' to be a list of {index, seed, folder, status}");
            }
            for (JsonNode r : reps) {
                replicates.add(new Replicate(f.whole(r, "replicates[].index"), f.longValue(r, "replicates[].seed"),
                        f.text(r, "replicates[].folder"), f.text(r, "replicates[].status")));
            }
        }
        JsonNode seedNode = root.get("seed");
        OptionalLong seed = seedNode != null && seedNode.canConvertToLong() && seedNode.isIntegralNumber()
                ? OptionalLong.of(seedNode.asLong()) : OptionalLong.empty();
        if (seed.isEmpty() && replicates.isEmpty()) {
            throw new RunFolderError(file, "expected 'seed' (a whole number) for a run, or 'replicates' for a set");
        }
        JsonNode g = f.object(root, "grid");
        GridInfo grid = new GridInfo(f.number(g, "grid.resolution"), f.number(g, "grid.west"),
                f.number(g, "grid.north"), f.whole(g, "grid.width"), f.whole(g, "grid.height"));
        if (!(grid.resolution() > 0) || grid.width() < 1 || grid.height() < 1) {
            throw new RunFolderError(file, "expected 'grid' with a positive resolution, width and height");
        }
        JsonNode fs = root.get("factions");
        if (fs == null || !fs.isArray() || fs.isEmpty()) {
            throw new RunFolderError(file, "expected 'factions', a list of {id, name, colour, side}");
        }
        List<FactionInfo> factions = new ArrayList<>();
        for (JsonNode x : fs) {
            String colour = f.text(x, "factions[].colour");
            if (!COLOUR.matcher(colour).matches()) {
                throw new RunFolderError(file, "expected factions[].colour to be a colour \"#RRGGBB\", found '"
                        + colour + "'");
            }
            factions.add(new FactionInfo(f.text(x, "factions[].id"), f.text(x, "factions[].name"), colour,
                    x.path("side").asText("")));
        }
        JsonNode rep = root.get("replicate");
        boolean replicate = rep != null && rep.isObject();
        String replicateLabel = replicate ? rep.path("index").asText("?") + " of " + rep.path("of").asText("?") : "";
        JsonNode base = replicate ? rep.get("base_seed") : root.get("base_seed");
        OptionalLong baseSeed = base != null && base.isIntegralNumber() && base.canConvertToLong()
                ? OptionalLong.of(base.asLong()) : OptionalLong.empty();
        JsonNode error = root.get("error");
        return new ManifestInfo(file, program.path("version").asText("unknown"), program.path("commit").asText(""),
                f.text(scenario, "scenario.name"), seed, baseSeed, replicateLabel, replicates, grid, factions,
                f.text(root, "status"),
                error == null || error.isNull() ? "" : error.asText());
    }

    /** Field look-ups that fail with the field's path and what it should hold. */
    private record Fields(Path file) {

        JsonNode object(JsonNode parent, String name) {
            JsonNode n = parent.get(name);
            if (n == null || !n.isObject()) {
                throw new RunFolderError(file, "expected '" + name + "' to be an object");
            }
            return n;
        }

        String text(JsonNode parent, String path) {
            JsonNode n = parent.get(leaf(path));
            if (n == null || !n.isTextual() || n.asText().isBlank()) {
                throw new RunFolderError(file, "expected '" + path + "' to be a text");
            }
            return n.asText();
        }

        double number(JsonNode parent, String path) {
            JsonNode n = parent.get(leaf(path));
            if (n == null || !n.isNumber()) {
                throw new RunFolderError(file, "expected '" + path + "' to be a number");
            }
            return n.asDouble();
        }

        int whole(JsonNode parent, String path) {
            JsonNode n = parent.get(leaf(path));
            if (n == null || !n.isIntegralNumber() || !n.canConvertToInt()) {
                throw new RunFolderError(file, "expected '" + path + "' to be a whole number");
            }
            return n.asInt();
        }

        long longValue(JsonNode parent, String path) {
            JsonNode n = parent.get(leaf(path));
            if (n == null || !n.isIntegralNumber() || !n.canConvertToLong()) {
                throw new RunFolderError(file, "expected '" + path + "' to be a whole number");
            }
            return n.asLong();
        }

        private static String leaf(String path) {
            return path.substring(path.lastIndexOf('.') + 1);
        }
    }
}
