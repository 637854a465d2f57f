package sahelsim.sweep;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import sahelsim.scenario.ConfigNode;
import sahelsim.scenario.DidYouMean;
import sahelsim.scenario.Key;
import sahelsim.scenario.Origin;
import sahelsim.scenario.Overrides;
import sahelsim.scenario.Problem;
import sahelsim.scenario.Scenario;
import sahelsim.scenario.ScenarioSchema;
import sahelsim.scenario.ValueType;

/**
 * Reads the {@code parameters} section of a sweep file into {@link Factor}s, checking its shape: each key path
 * must name a value of the base scenario, a range must hold numbers or dates of the key's type with min below
 * max, a grid needs discrete values, no two parameters may set the same key. It also lists the {@link Trial}s
 * that {@link SweepLoader} applies to the base scenario to check every value before any run.
 */
final class ParameterReader {

    /** Ranges and variants may hold these keys. */
    private static final List<String> SECTION_KEYS = List.of("min", "max", "steps", "variants");
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final ValueType<Long> STEPS = ValueType.whole(2, 10_000);

    /** Settings to try on the base scenario: one listed value, a range's end, or a whole variant. */
    record Trial(Map<String, ConfigNode> settings, Origin origin, String label) {
    }

    private final Scenario base;
    private final DesignKind design;
    private final List<Problem> problems;
    private final List<List<Trial>> trials = new ArrayList<>();
    /** Trials of the parameter being read, kept only if it is accepted. */
    private final List<Trial> pending = new ArrayList<>();
    private final Map<String, String> setBy = new LinkedHashMap<>();

    ParameterReader(Scenario base, DesignKind design, List<Problem> problems) {
        this.base = base;
        this.design = design;
        this.problems = problems;
    }

    /** The trials of every accepted parameter, one list per parameter. */
    List<List<Trial>> trials() {
        return trials;
    }

    List<Factor> read(ConfigNode.MapNode parameters) {
        List<Factor> factors = new ArrayList<>();
        for (Map.Entry<String, ConfigNode> e : parameters.entries().entrySet()) {
            String key = e.getKey();
            Origin at = parameters.keyOrigin(key);
            String label = "parameters." + key;
            Factor factor = factor(key, e.getValue(), at, label);
            if (factor != null && claim(factor, at, label)) {
                factors.add(factor);
                trials.add(List.copyOf(pending));
            }
            pending.clear();
        }
        return factors;
    }

    private Factor factor(String key, ConfigNode node, Origin at, String label) {
        if (node instanceof ConfigNode.ListNode list) {
            return values(key, list.items(), at, label);
        }
        if (!(node instanceof ConfigNode.MapNode map)) {
            return values(key, List.of(node), at, label);
        }
        boolean known = true;
        for (String k : map.entries().keySet()) {
            if (!SECTION_KEYS.contains(k)) {
                known = false;
                problem(map.keyOrigin(k), label + "." + k, "unknown key" + DidYouMean.hint(k, SECTION_KEYS)
                        + " (known keys here: " + String.join(", ", SECTION_KEYS) + ")");
            }
        }
        if (!known) {
            return null;
        }
        if (map.get("variants") != null) {
            if (map.entries().size() > 1) {
                problem(at, label, "give either variants or a range {min, max}, not both");
                return null;
            }
            return variants(key, map.get("variants"), at, label);
        }
        if (map.get("min") == null || map.get("max") == null) {
            problem(map.origin(), label, "expected a range with both min and max, such as {min: 0, max: 2000}");
            return null;
        }
        return range(key, map, at, label);
    }

    private Factor values(String path, List<ConfigNode> items, Origin at, String label) {
        if (resolve(path, at, label) == null) {
            return null;
        }
        if (items.isEmpty()) {
            problem(at, label, "expected at least one value, got an empty list");
            return null;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (ConfigNode item : items) {
            String text = Choice.text(item);
            if (!seen.add(text)) {
                problem(item.origin(), label, "the value " + text + " is listed twice");
                return null;
            }
            pending.add(new Trial(Map.of(path, item), item.origin(), path + " = " + text));
        }
        return new Factor.Values(path, items, at);
    }

    private Factor range(String path, ConfigNode.MapNode map, Origin at, String label) {
        Key.Value key = resolve(path, at, label);
        if (key == null) {
            return null;
        }
        ConfigNode min = map.get("min");
        ConfigNode max = map.get("max");
        Factor.Scale scale = scale(path, min);
        if (scale == null) {
            problem(at, label, "a range needs a key that holds a number or a date; " + path + " holds "
                    + key.type().expected() + ": give a list of values instead");
            return null;
        }
        Double low = end(key, scale, min, label + ".min");
        Double high = end(key, scale, max, label + ".max");
        if (low == null || high == null) {
            return null;
        }
        if (!(low < high)) {
            problem(max.origin(), label + ".max", "expected a value above min (" + Choice.text(min) + "), got "
                    + Choice.text(max));
            return null;
        }
        pending.add(new Trial(Map.of(path, min), min.origin(), path + " = " + Choice.text(min)));
        pending.add(new Trial(Map.of(path, max), max.origin(), path + " = " + Choice.text(max)));
        ConfigNode steps = map.get("steps");
        if (design != DesignKind.GRID) {
            if (steps != null) {
                problem(steps.origin(), label + ".steps", "steps applies to a grid only; design " + design.id()
                        + " draws values across the whole range");
                return null;
            }
            return new Factor.Range(path, scale, low, high, at);
        }
        if (steps == null) {
            problem(at, label, "a grid needs a list of values, or a range with steps such as "
                    + "{min: 0, max: 2000, steps: 5}");
            return null;
        }
        try {
            return stepped(path, scale, low, high, STEPS.parse(steps).intValue(), steps, label);
        } catch (ValueType.Mismatch m) {
            problem(steps.origin(), label + ".steps", m.getMessage());
            return null;
        }
    }

    /**
     * How a range's values are made: as the key's current value is typed (whole numbers stay whole), or from the
     * ends when the key has no value yet.
     */
    private Factor.Scale scale(String path, ConfigNode min) {
        Object current = Overrides.get(base.tree(), path) instanceof ConfigNode.Scalar s ? s.value() : null;
        Object end = min instanceof ConfigNode.Scalar s ? s.value() : null;
        if (current instanceof Long) {
            return Factor.Scale.WHOLE;
        }
        if (current instanceof Double || current == null && end instanceof Number) {
            return Factor.Scale.NUMBER;
        }
        boolean dateNow = current == null || current instanceof String c && ISO_DATE.matcher(c).matches();
        return dateNow && end instanceof String e && ISO_DATE.matcher(e).matches() ? Factor.Scale.DATE : null;
    }

    /** A range's end as a number (a date as days since 1970-01-01), checked by the key's type. */
    private Double end(Key.Value key, Factor.Scale scale, ConfigNode node, String label) {
        try {
            Object value = key.type().parse(node);
            if (value == null) {
                problem(node.origin(), label, "a range needs a value at each end, got null");
                return null;
            }
            return scale == Factor.Scale.DATE ? (double) LocalDate.parse((String) value).toEpochDay()
                    : ((Number) value).doubleValue();
        } catch (ValueType.Mismatch m) {
            problem(node.origin(), label, m.getMessage());
            return null;
        }
    }

    private Factor stepped(String path, Factor.Scale scale, double low, double high, int steps, ConfigNode at,
                           String label) {
        List<ConfigNode> values = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < steps; i++) {
            double x = i == steps - 1 ? high : low + i * (high - low) / (steps - 1);
            ConfigNode.Scalar value = ConfigNode.Scalar.of(scale.value(x), at.origin());
            if (!seen.add(value.text())) {
                problem(at.origin(), label + ".steps", "there are fewer than " + steps + " distinct "
                        + (scale == Factor.Scale.DATE ? "dates" : "whole numbers") + " from min to max");
                return null;
            }
            values.add(value);
        }
        return new Factor.Values(path, values, at.origin());
    }

    private Factor variants(String name, ConfigNode node, Origin at, String label) {
        if (!NAME.matcher(name).matches()) {
            problem(at, label, "a parameter with variants needs a name of lower-case letters, digits and dashes "
                    + "(it is not a key path), got '" + name + "'");
            return null;
        }
        String where = label + ".variants";
        if (!(node instanceof ConfigNode.MapNode map) || map.entries().isEmpty()) {
            problem(node.origin(), where, "expected named variants, each a section of key paths and values, "
                    + "such as {early: {wagner.strength: 500}, historical: {}}, got " + node.describe());
            return null;
        }
        List<Factor.Variant> variants = new ArrayList<>();
        int before = problems.size();
        for (Map.Entry<String, ConfigNode> e : map.entries().entrySet()) {
            Origin variantAt = map.keyOrigin(e.getKey());
            String variantLabel = where + "." + e.getKey();
            if (!NAME.matcher(e.getKey()).matches()) {
                problem(variantAt, variantLabel, "expected a variant name of lower-case letters, digits and dashes");
            }
            Map<String, ConfigNode> settings = settings(e.getValue(), variantLabel);
            variants.add(new Factor.Variant(e.getKey(), settings, variantAt));
            pending.add(new Trial(settings, variantAt, name + " = " + e.getKey()));
        }
        return problems.size() > before ? null : new Factor.Variants(name, variants, at);
    }

    private Map<String, ConfigNode> settings(ConfigNode node, String label) {
        Map<String, ConfigNode> settings = new LinkedHashMap<>();
        if (node instanceof ConfigNode.Scalar s && s.isNull()) {
            return settings;
        }
        if (!(node instanceof ConfigNode.MapNode map)) {
            problem(node.origin(), label, "expected a section of key paths and values (or {} for the base as it "
                    + "is), got " + node.describe());
            return settings;
        }
        for (Map.Entry<String, ConfigNode> e : map.entries().entrySet()) {
            String path = e.getKey();
            if (resolve(path, map.keyOrigin(path), label + "." + path) == null) {
                continue;
            }
            if (e.getValue() instanceof ConfigNode.MapNode) {
                problem(e.getValue().origin(), label + "." + path, "expected a value, got a section");
                continue;
            }
            settings.put(path, e.getValue());
        }
        return settings;
    }

    private Key.Value resolve(String path, Origin at, String label) {
        try {
            return KeyPaths.resolve(ScenarioSchema.ROOT, base.tree(), path);
        } catch (KeyPaths.Unknown e) {
            problem(at, label, e.getMessage());
            return null;
        }
    }

    /** Records the key paths a parameter sets; false when another parameter sets one of them already. */
    private boolean claim(Factor factor, Origin at, String label) {
        for (String path : factor.keyPaths()) {
            String other = setBy.get(path);
            if (other != null) {
                problem(at, label, "sets " + path + ", which parameter " + other + " sets already");
                return false;
            }
        }
        factor.keyPaths().forEach(path -> setBy.put(path, factor.name()));
        return true;
    }

    private void problem(Origin origin, String path, String message) {
        problems.add(new Problem(origin, path, message));
    }
}
