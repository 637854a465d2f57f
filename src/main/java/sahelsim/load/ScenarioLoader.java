package sahelsim.load;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sahelsim.map.MaliGeography;
import sahelsim.scenario.ConfigNode;
import sahelsim.scenario.Origin;
import sahelsim.scenario.Overrides;
import sahelsim.scenario.Problem;
import sahelsim.scenario.Scenario;
import sahelsim.scenario.ScenarioBuilder;
import sahelsim.scenario.ScenarioError;
import sahelsim.scenario.TreeMerge;

/**
 * Loads scenario files: reads the YAML, follows {@code extends} (relative to the file that names it; chains
 * allowed, cycles refused), applies {@code --set} overrides, then checks and builds the scenario.
 */
public final class ScenarioLoader {

    public static final String EXTENDS = "extends";

    /** A {@code --set key.path=value} override as typed on the command line. */
    public record Setting(String path, String value) {

        /** Parses "key.path=value". */
        public static Setting parse(String text) {
            int eq = text.indexOf('=');
            if (eq <= 0) {
                throw new ScenarioError(new Problem(Origin.of("--set " + text), "", "expected key.path=value, such as "
                        + "wagner.strength=2000"));
            }
            return new Setting(text.substring(0, eq).strip(), text.substring(eq + 1).strip());
        }

        @Override
        public String toString() {
            return path + "=" + value;
        }
    }

    private static final RecordsByName RECORDS = new RecordsByName();

    private final MaliGeography geography;

    public ScenarioLoader(MaliGeography geography) {
        this.geography = geography;
    }

    public static ScenarioLoader shipped() {
        return new ScenarioLoader(ShippedGeography.geography());
    }

    public Scenario load(Path file) {
        return load(file, List.of());
    }

    public Scenario load(Path file, List<Setting> settings) {
        return build(tree(file, settings));
    }

    /** The merged tree of a file and its ancestors, with overrides applied, before the schema check. */
    public ConfigNode tree(Path file, List<Setting> settings) {
        ConfigNode tree = merged(file, new ArrayList<>(), null);
        return apply(tree, settings);
    }

    /** A new scenario: an existing one with settings applied (for sweeps and the window's levers). */
    public Scenario derive(Scenario base, List<Setting> settings) {
        return build(apply(base.tree(), settings));
    }

    /** A new scenario from a tree with values set at key paths (values already parsed). */
    public Scenario derive(Scenario base, Map<String, ConfigNode> values) {
        ConfigNode tree = base.tree();
        for (Map.Entry<String, ConfigNode> e : values.entrySet()) {
            tree = Overrides.set(tree, e.getKey(), e.getValue());
        }
        return build(tree);
    }

    /** Checks a merged tree (files, overrides) against the schema and builds its scenario. */
    public Scenario build(ConfigNode tree) {
        return ScenarioBuilder.build(tree, geography, RECORDS);
    }

    private static ConfigNode apply(ConfigNode tree, List<Setting> settings) {
        Map<String, ConfigNode> values = new LinkedHashMap<>();
        Map<String, Setting> first = new LinkedHashMap<>();
        for (Setting s : settings) {
            Setting earlier = first.putIfAbsent(s.path(), s);
            if (earlier != null) {
                throw new ScenarioError(new Problem(Origin.of("--set " + s), s.path(), "this key is set twice (first "
                        + "by --set " + earlier + "); give each key once"));
            }
            values.put(s.path(), YamlTree.parseValue("--set " + s, s.value()));
        }
        ConfigNode out = tree;
        for (Map.Entry<String, ConfigNode> e : values.entrySet()) {
            out = Overrides.set(out, e.getKey(), e.getValue());
        }
        return out;
    }

    private ConfigNode merged(Path file, List<Path> chain, ConfigNode namedBy) {
        Path real = file.toAbsolutePath().normalize();
        if (chain.contains(real)) {
            List<String> names = new ArrayList<>();
            chain.subList(chain.indexOf(real), chain.size()).forEach(p -> names.add(p.getFileName().toString()));
            names.add(real.getFileName().toString());
            throw new ScenarioError(new Problem(namedBy.origin(), EXTENDS, "extends goes round in a cycle: "
                    + String.join(" -> ", names)));
        }
        chain.add(real);
        ConfigNode.MapNode doc = YamlTree.parseDocument(file.toString(), read(file, namedBy));
        ConfigNode parentRef = doc.get(EXTENDS);
        Map<String, ConfigNode> own = new LinkedHashMap<>(doc.entries());
        own.remove(EXTENDS);
        Map<String, Origin> keys = new LinkedHashMap<>(doc.keyOrigins());
        keys.remove(EXTENDS);
        ConfigNode.MapNode body = new ConfigNode.MapNode(doc.origin(), own, keys);
        if (parentRef == null) {
            return TreeMerge.dropRemoved(body);
        }
        if (!(parentRef instanceof ConfigNode.Scalar s) || !(s.value() instanceof String name) || name.isBlank()) {
            throw new ScenarioError(new Problem(parentRef.origin(), EXTENDS, "expected the path of another scenario "
                    + "file, got " + parentRef.describe()));
        }
        Path parentFile = file.toAbsolutePath().getParent().resolve(name).normalize();
        Path shown = file.getParent() == null ? Path.of(name) : file.getParent().resolve(name).normalize();
        ConfigNode parent = merged(Files.exists(parentFile) ? shownOrAbsolute(shown, parentFile) : shown, chain,
                parentRef);
        return TreeMerge.merge(parent, body);
    }

    private static Path shownOrAbsolute(Path shown, Path absolute) {
        return shown.toAbsolutePath().normalize().equals(absolute) ? shown : absolute;
    }

    private static String read(Path file, ConfigNode namedBy) {
        Origin where = namedBy == null ? Origin.of(file.toString()) : namedBy.origin();
        String key = namedBy == null ? "" : EXTENDS;
        try {
            if (Files.isDirectory(file)) {
                throw new ScenarioError(new Problem(where, key, file + " is a folder; expected a scenario file"));
            }
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw new ScenarioError(new Problem(where, key, "no such file: " + file));
        } catch (CharacterCodingException e) {
            throw new ScenarioError(new Problem(where, key, file + " is not UTF-8 text"));
        } catch (IOException e) {
            throw new ScenarioError(new Problem(where, key, "cannot read " + file + ": " + e.getMessage()));
        }
    }
}
