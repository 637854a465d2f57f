package sahelsim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a merged tree against a schema: unknown keys (with a suggestion), wrong types, values out of range,
 * missing required keys, items without ids and duplicate ids. It collects every problem rather than
 * stopping at the first, and returns the tree normalised: every key present in schema order, defaults
 * filled in, values typed.
 */
public final class SchemaCheck {

    private final List<Problem> problems = new ArrayList<>();
    /** Required keys found missing so far; an item that lacks some may be an inherited item with a misspelt id. */
    private int missingKeys;

    public List<Problem> problems() {
        return problems;
    }

    /** The normalised tree; check {@link #problems()} before trusting it. */
    public ConfigNode.MapNode check(ConfigNode root, Key.Section schema) {
        return section(root, schema, "");
    }

    private ConfigNode.MapNode section(ConfigNode node, Key.Section spec, String path) {
        Map<String, ConfigNode> out = new LinkedHashMap<>();
        Map<String, Origin> keyOrigins = new LinkedHashMap<>();
        if (!(node instanceof ConfigNode.MapNode map)) {
            problems.add(new Problem(node.origin(), path, "expected a section of keys, got " + node.describe()));
            return new ConfigNode.MapNode(node.origin(), Map.of(), Map.of());
        }
        for (String key : map.entries().keySet()) {
            if (spec.key(key) == null) {
                problems.add(new Problem(map.keyOrigin(key), join(path, key),
                        "unknown key" + DidYouMean.hint(key, spec.names())
                                + " (known keys here: " + String.join(", ", spec.names()) + ")"));
            }
        }
        for (Key key : spec.keys()) {
            ConfigNode child = map.get(key.name());
            String childPath = join(path, key.name());
            if (child != null) {
                keyOrigins.put(key.name(), map.keyOrigin(key.name()));
            }
            if (key instanceof Key.Value v) {
                ConfigNode value = value(child, v, childPath, map.origin());
                if (value != null) {
                    out.put(v.name(), value);
                }
            } else if (key instanceof Key.Section s) {
                // An absent section is checked as an empty one placed where its parent is, so that a required
                // key missing from it is reported in the file, not at "(default)".
                out.put(s.name(), section(child != null ? child
                        : new ConfigNode.MapNode(map.origin(), Map.of(), Map.of()), s, childPath));
            } else if (key instanceof Key.Items items) {
                out.put(items.name(), items(child, items, childPath));
            }
        }
        return new ConfigNode.MapNode(map.origin(), out, keyOrigins);
    }

    private ConfigNode value(ConfigNode node, Key.Value spec, String path, Origin parent) {
        if (node == null) {
            if (spec.required()) {
                problems.add(new Problem(parent, path, "missing; expected " + spec.type().expected()));
                missingKeys++;
                return null;
            }
            return typed(spec.defaultValue(), Origin.DEFAULT);
        }
        try {
            return typed(spec.type().parse(node), node.origin());
        } catch (ValueType.Mismatch m) {
            problems.add(new Problem(node.origin(), path, m.getMessage()));
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    private static ConfigNode typed(Object value, Origin origin) {
        if (value instanceof List<?> list) {
            List<ConfigNode> items = new ArrayList<>();
            for (Object o : (List<Object>) list) {
                items.add(ConfigNode.Scalar.of(o, origin));
            }
            return new ConfigNode.ListNode(origin, items);
        }
        return ConfigNode.Scalar.of(value, origin);
    }

    private ConfigNode.ListNode items(ConfigNode node, Key.Items spec, String path) {
        if (node == null || (node instanceof ConfigNode.Scalar s && s.isNull())) {
            return new ConfigNode.ListNode(node == null ? Origin.DEFAULT : node.origin(), List.of());
        }
        if (!(node instanceof ConfigNode.ListNode list)) {
            problems.add(new Problem(node.origin(), path, "expected a list of items with ids, got " + node.describe()));
            return new ConfigNode.ListNode(node.origin(), List.of());
        }
        List<ConfigNode> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < list.items().size(); i++) {
            ConfigNode item = list.items().get(i);
            String id = itemId(item);
            String itemPath = id != null ? join(path, id) : path + "[" + (i + 1) + "]";
            if (id == null) {
                problems.add(new Problem(item.origin(), itemPath, "each item needs an id"));
            } else if (!seen.add(id)) {
                problems.add(new Problem(item.origin(), itemPath, "duplicate id '" + id + "'"));
            }
            int problemsBefore = problems.size();
            int missingBefore = missingKeys;
            out.add(section(item, spec.item(), itemPath));
            if (id != null && missingKeys > missingBefore) {
                suggestAnotherId(list, item, itemPath, problemsBefore);
            }
        }
        return new ConfigNode.ListNode(list.origin(), out);
    }

    /**
     * In a file that extends another, a misspelt id makes a new, incomplete item instead of changing the
     * inherited one: before the keys the item lacks, name the id it resembles.
     */
    private void suggestAnotherId(ConfigNode.ListNode list, ConfigNode item, String itemPath, int at) {
        String id = itemId(item);
        List<String> others = list.items().stream().map(SchemaCheck::itemId)
                .filter(other -> other != null && !other.equals(id)).toList();
        DidYouMean.suggest(id, others).ifPresent(near -> problems.add(at, new Problem(item.origin(), itemPath,
                "expected the id of an existing item or a complete new item, got '" + id + "'; did you mean '"
                        + near + "'?")));
    }

    /** The id of a list item, if it has one written as text. */
    public static String itemId(ConfigNode item) {
        if (item instanceof ConfigNode.MapNode map && map.get("id") instanceof ConfigNode.Scalar s
                && s.value() instanceof String id) {
            return id;
        }
        return null;
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
