package sahelsim.sweep;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import sahelsim.scenario.ConfigNode;

/**
 * The value one parameter takes at a design point.
 *
 * @param parameter the parameter's name: its key path, or the name of a parameter with variants
 * @param text      the value as runs.csv records it: a number, a date, {@code null}, a list {@code [a, b]}, or
 *                  the variant's name
 * @param settings  the scenario values it sets, by key path
 */
public record Choice(String parameter, String text, Map<String, ConfigNode> settings) {

    public Choice {
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    /** How a value is written in runs.csv: numbers in Java's shortest exact form, null as {@code null}. */
    static String text(ConfigNode value) {
        if (value instanceof ConfigNode.ListNode list) {
            return list.items().stream().map(Choice::text).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof ConfigNode.Scalar s) {
            return s.text();
        }
        return value.describe();
    }
}
