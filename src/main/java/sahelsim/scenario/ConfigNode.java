package sahelsim.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed scenario or sweep file as a tree that remembers where each value came from, so that every
 * error can name its file, line and column even after files are merged and overridden.
 */
public sealed interface ConfigNode permits ConfigNode.MapNode, ConfigNode.ListNode, ConfigNode.Scalar {

    Origin origin();

    /** What the node is, for messages: "a section", "a list", "the number 5". */
    String describe();

    /** A mapping of keys to nodes, in file order. */
    record MapNode(Origin origin, Map<String, ConfigNode> entries, Map<String, Origin> keyOrigins)
            implements ConfigNode {
        public MapNode {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
            keyOrigins = Collections.unmodifiableMap(new LinkedHashMap<>(keyOrigins));
        }

        public ConfigNode get(String key) {
            return entries.get(key);
        }

        /** Where a key itself was written (for unknown-key messages). */
        public Origin keyOrigin(String key) {
            return keyOrigins.getOrDefault(key, origin);
        }

        @Override
        public String describe() {
            return entries.isEmpty() ? "an empty section" : "a section";
        }
    }

    record ListNode(Origin origin, List<ConfigNode> items) implements ConfigNode {
        public ListNode {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return items.isEmpty() ? "an empty list" : "a list";
        }
    }

    /**
     * A single value. {@code value} is a String, Long, Double, Boolean or null as YAML typed it; {@code quoted}
     * says whether it was written in quotes (a quoted "5" is text, not a number).
     */
    record Scalar(Origin origin, Object value, boolean quoted) implements ConfigNode {

        public static Scalar of(Object value, Origin origin) {
            return new Scalar(origin, value, false);
        }

        public boolean isNull() {
            return value == null;
        }

        public String text() {
            return value == null ? "null" : value.toString();
        }

        @Override
        public String describe() {
            if (value == null) {
                return "nothing (null)";
            }
            if (value instanceof String s) {
                return "\"" + s + "\"";
            }
            return value.toString();
        }
    }
}
