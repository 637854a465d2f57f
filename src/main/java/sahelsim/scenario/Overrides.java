package sahelsim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sets one value in a tree by key path, as {@code --set wagner.strength=2000} and sweeps do. A path step
 * into a list of items names the item's id: {@code factions.jnim.behaviour.aggression}. Missing sections
 * are created so that a misspelt key is reported by the schema check, with a suggestion.
 */
public final class Overrides {

    private Overrides() {
    }

    public static ConfigNode set(ConfigNode root, String path, ConfigNode value) {
        if (path.isBlank()) {
            throw new ScenarioError(new Problem(value.origin(), path, "expected a key path such as wagner.strength"));
        }
        return set(root, path.split("\\."), 0, value, path);
    }

    private static ConfigNode set(ConfigNode node, String[] steps, int at, ConfigNode value, String path) {
        String step = steps[at];
        if (step.isEmpty()) {
            throw new ScenarioError(new Problem(value.origin(), path, "empty step in the key path"));
        }
        boolean last = at == steps.length - 1;
        if (node instanceof ConfigNode.ListNode list) {
            List<ConfigNode> items = new ArrayList<>(list.items());
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                String id = SchemaCheck.itemId(items.get(i));
                ids.add(id);
                if (step.equals(id)) {
                    if (last) {
                        throw new ScenarioError(new Problem(value.origin(), path,
                                "names a whole item; set one of its keys instead, such as " + path + ".<key>"));
                    }
                    items.set(i, set(items.get(i), steps, at + 1, value, path));
                    return new ConfigNode.ListNode(list.origin(), items);
                }
            }
            throw new ScenarioError(new Problem(value.origin(), path, "no item with id '" + step + "' in "
                    + String.join(".", java.util.Arrays.copyOf(steps, at)) + DidYouMean.hint(step,
                    ids.stream().filter(java.util.Objects::nonNull).toList())));
        }
        ConfigNode.MapNode map = node instanceof ConfigNode.MapNode m ? m
                : new ConfigNode.MapNode(value.origin(), Map.of(), Map.of());
        Map<String, ConfigNode> entries = new LinkedHashMap<>(map.entries());
        Map<String, Origin> origins = new LinkedHashMap<>(map.keyOrigins());
        ConfigNode child = entries.get(step);
        entries.put(step, last ? value : set(child == null
                ? new ConfigNode.MapNode(value.origin(), Map.of(), Map.of()) : child, steps, at + 1, value, path));
        origins.put(step, value.origin());
        return new ConfigNode.MapNode(map.origin(), entries, origins);
    }

    /** The node at a key path, or null when there is none. */
    public static ConfigNode get(ConfigNode root, String path) {
        ConfigNode node = root;
        for (String step : path.split("\\.")) {
            if (node instanceof ConfigNode.MapNode m) {
                node = m.get(step);
            } else if (node instanceof ConfigNode.ListNode l) {
                node = l.items().stream().filter(i -> step.equals(SchemaCheck.itemId(i))).findFirst().orElse(null);
            } else {
                return null;
            }
            if (node == null) {
                return null;
            }
        }
        return node;
    }
}
