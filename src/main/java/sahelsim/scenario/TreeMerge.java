package sahelsim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a scenario that {@code extends} another overrides it: sections merge key by key; lists whose items all
 * have an {@code id} merge item by item (an item with a known id is merged into it, a new id is appended,
 * {@code remove: true} deletes the item); any other value, including other lists, is replaced whole.
 */
public final class TreeMerge {

    public static final String REMOVE = "remove";

    private TreeMerge() {
    }

    public static ConfigNode merge(ConfigNode parent, ConfigNode child) {
        if (parent instanceof ConfigNode.MapNode p && child instanceof ConfigNode.MapNode c) {
            Map<String, ConfigNode> out = new LinkedHashMap<>(p.entries());
            Map<String, Origin> origins = new LinkedHashMap<>(p.keyOrigins());
            for (Map.Entry<String, ConfigNode> e : c.entries().entrySet()) {
                ConfigNode old = out.get(e.getKey());
                out.put(e.getKey(), old == null ? e.getValue() : merge(old, e.getValue()));
                origins.put(e.getKey(), c.keyOrigin(e.getKey()));
            }
            return new ConfigNode.MapNode(c.origin(), out, origins);
        }
        if (parent instanceof ConfigNode.ListNode p && child instanceof ConfigNode.ListNode c
                && keyed(p) && keyed(c)) {
            return mergeItems(p, c);
        }
        return child;
    }

    private static boolean keyed(ConfigNode.ListNode list) {
        return list.items().stream().allMatch(i -> SchemaCheck.itemId(i) != null);
    }

    private static ConfigNode mergeItems(ConfigNode.ListNode parent, ConfigNode.ListNode child) {
        Map<String, ConfigNode> byId = new LinkedHashMap<>();
        for (ConfigNode item : parent.items()) {
            byId.put(SchemaCheck.itemId(item), item);
        }
        for (ConfigNode item : child.items()) {
            String id = SchemaCheck.itemId(item);
            if (removes(item)) {
                byId.remove(id);
            } else {
                ConfigNode old = byId.get(id);
                byId.put(id, old == null ? item : merge(old, item));
            }
        }
        return new ConfigNode.ListNode(child.origin(), new ArrayList<>(byId.values()));
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
