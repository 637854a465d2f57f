package sahelsim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How a scenario that {@code extends} another overrides it: sections merge key by key; lists whose items all
 * have an {@code id} merge item by item (an item with a known id is merged into it, a new id is appended,
 * {@code remove: true} deletes the item); any other value, including other lists and an empty list
 * {@code []}, is replaced whole.
 */
public final class TreeMerge {

    public static final String REMOVE = "remove";

    private TreeMerge() {
    }

    public static ConfigNode merge(ConfigNode parent, ConfigNode child) {
        return merge(parent, child, "");
    }

    private static ConfigNode merge(ConfigNode parent, ConfigNode child, String path) {
        if (parent instanceof ConfigNode.MapNode p && child instanceof ConfigNode.MapNode c) {
            Map<String, ConfigNode> out = new LinkedHashMap<>(p.entries());
            Map<String, Origin> origins = new LinkedHashMap<>(p.keyOrigins());
            for (Map.Entry<String, ConfigNode> e : c.entries().entrySet()) {
                ConfigNode old = out.get(e.getKey());
                ConfigNode value = e.getValue();
                String keyPath = SchemaCheck.join(path, e.getKey());
                // A list the parent lacks is merged into an empty one, so that its remove: true items are checked.
                if (old == null && value instanceof ConfigNode.ListNode list) {
                    old = new ConfigNode.ListNode(list.origin(), List.of());
                }
                out.put(e.getKey(), old == null ? value : merge(old, value, keyPath));
                origins.put(e.getKey(), c.keyOrigin(e.getKey()));
            }
            return new ConfigNode.MapNode(c.origin(), out, origins);
        }
        // An empty list is not merged item by item (that would change nothing): it empties the list.
        if (parent instanceof ConfigNode.ListNode p && child instanceof ConfigNode.ListNode c
                && !c.items().isEmpty() && keyed(p) && keyed(c)) {
            return mergeItems(p, c, path);
        }
        return child;
    }

    private static boolean keyed(ConfigNode.ListNode list) {
        return list.items().stream().allMatch(i -> SchemaCheck.itemId(i) != null);
    }

    private static ConfigNode mergeItems(ConfigNode.ListNode parent, ConfigNode.ListNode child, String path) {
        Map<String, ConfigNode> byId = new LinkedHashMap<>();
        for (ConfigNode item : parent.items()) {
            String id = SchemaCheck.itemId(item);
            requireNew(byId.put(id, item) == null, item, path, id);
        }
        Set<String> seen = new TreeSet<>();
        for (ConfigNode item : child.items()) {
            String id = SchemaCheck.itemId(item);
            requireNew(seen.add(id), item, path, id);
            if (removes(item)) {
                // A misspelt id would otherwise leave the item in place without a word.
                if (byId.remove(id) == null) {
                    throw new ScenarioError(new Problem(item.origin(), SchemaCheck.join(path, id), "expected the id "
                            + "of an inherited item to remove, got '" + id + "'" + DidYouMean.hint(id, byId.keySet())));
                }
            } else {
                ConfigNode old = byId.get(id);
                byId.put(id, old == null ? item : merge(old, item, SchemaCheck.join(path, id)));
            }
        }
        return new ConfigNode.ListNode(child.origin(), new ArrayList<>(byId.values()));
    }

    /** Items merged by id would hide a duplicate id from the schema check, so it is reported here. */
    private static void requireNew(boolean isNew, ConfigNode item, String path, String id) {
        if (!isNew) {
            throw new ScenarioError(new Problem(item.origin(), SchemaCheck.join(path, id), "duplicate id '" + id + "'"));
        }
    }

    private static boolean removes(ConfigNode item) {
        return item instanceof ConfigNode.MapNode m && m.get(REMOVE) instanceof ConfigNode.Scalar s
                && Boolean.TRUE.equals(s.value());
    }

    /** A tree with every {@code remove: true} item dropped (for a file that extends nothing). */
    public static ConfigNode dropRemoved(ConfigNode node) {
        if (node instanceof ConfigNode.MapNode m) {
            Map<String, ConfigNode> out = new LinkedHashMap<>();
            m.entries().forEach((k, v) -> out.put(k, dropRemoved(v)));
            return new ConfigNode.MapNode(m.origin(), out, m.keyOrigins());
        }
        if (node instanceof ConfigNode.ListNode l) {
            List<ConfigNode> out = new ArrayList<>();
            for (ConfigNode item : l.items()) {
                if (!removes(item)) {
                    out.add(dropRemoved(item));
                }
            }
            return new ConfigNode.ListNode(l.origin(), out);
        }
        return node;
    }
}
