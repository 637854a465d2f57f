package sahelsim.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import sahelsim.scenario.ConfigNode;
import sahelsim.scenario.DidYouMean;
import sahelsim.scenario.Key;
import sahelsim.scenario.Overrides;
import sahelsim.scenario.SchemaCheck;

/**
 * Resolves a key path such as {@code factions.jnim.behaviour.recruitment} against the scenario schema and a
 * loaded scenario's tree: each step must be a known key, a step into a list of items must name an item the
 * scenario has, and the path must end at a single value. What is wrong is said with a suggestion.
 */
public final class KeyPaths {

    /** A key path that does not name a value of the scenario. */
    public static final class Unknown extends Exception {
        private static final long serialVersionUID = 1L;

        Unknown(String message) {
            super(message, null, false, false);
        }
    }

    private KeyPaths() {
    }

    /** The schema entry of the value at {@code path} in a scenario with this (normalised) tree. */
    public static Key.Value resolve(Key.Section root, ConfigNode tree, String path) throws Unknown {
        String[] steps = path.split("\\.", -1);
        Key key = root;
        for (int at = 0; at < steps.length; at++) {
            String step = steps[at];
            String prefix = String.join(".", Arrays.copyOf(steps, at));
            if (step.isEmpty()) {
                throw new Unknown("empty step in the key path");
            }
            if (key instanceof Key.Section section) {
                key = section.key(step);
                if (key == null) {
                    throw new Unknown("no key '" + step + "'" + (prefix.isEmpty() ? "" : " in " + prefix)
                            + DidYouMean.hint(step, section.names()) + " (known keys here: "
                            + String.join(", ", section.names()) + ")");
                }
            } else if (key instanceof Key.Items items) {
                List<String> ids = itemIds(tree, prefix);
                if (!ids.contains(step)) {
                    throw new Unknown("no item with id '" + step + "' in " + prefix + DidYouMean.hint(step, ids)
                            + (ids.isEmpty() ? " (the scenario has none)" : " (ids: " + String.join(", ", ids) + ")"));
                }
                key = items.item();
            } else {
                throw new Unknown(prefix + " is a single value, not a section");
            }
        }
        if (key instanceof Key.Value value) {
            if (value.name().equals("id") && steps.length > 1) {
                throw new Unknown("the id of an item names it in key paths and cannot be varied");
            }
            return value;
        }
        String example = key instanceof Key.Section s
                ? s.names().stream().filter(n -> !n.equals("id")).findFirst().orElse("<key>") : "<id>.<key>";
        throw new Unknown("names a whole " + (key instanceof Key.Items ? "list" : "section")
                + "; vary one of its values instead, such as " + path + "." + example);
    }

    private static List<String> itemIds(ConfigNode tree, String path) {
        List<String> ids = new ArrayList<>();
        if (Overrides.get(tree, path) instanceof ConfigNode.ListNode list) {
            for (ConfigNode item : list.items()) {
                String id = SchemaCheck.itemId(item);
                if (id != null) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }
}
