package sahelsim.sweep;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import sahelsim.scenario.ConfigNode;
import sahelsim.scenario.Origin;

/**
 * One parameter of a sweep: what it sets in the scenario and which value it takes at a coordinate u of the unit
 * interval, the form every design produces. A parameter with a single value is a constant: it is set in every
 * run and is not a dimension of the design.
 */
public sealed interface Factor permits Factor.Values, Factor.Range, Factor.Variants {

    /** The parameter's name: its key path, or the name given to a parameter with variants. */
    String name();

    /** Where the parameter is written in the sweep file. */
    Origin origin();

    /** How many distinct values it takes, or 0 for a continuous range. */
    int valueCount();

    /** The value at u in [0, 1]: for n values, value floor(u n) (the last one at u = 1). */
    Choice at(double u);

    /** The key paths it sets. */
    Set<String> keyPaths();

    /** A dimension of the design, rather than a constant. */
    default boolean varies() {
        return valueCount() != 1;
    }

    private static int index(double u, int n) {
        return Math.min((int) Math.floor(u * n), n - 1);
    }

    /** Values of one key path, as listed (also a range's evenly spaced steps in a grid). */
    record Values(String name, List<ConfigNode> values, Origin origin) implements Factor {
        public Values {
            values = List.copyOf(values);
        }

        @Override
        public int valueCount() {
            return values.size();
        }

        @Override
        public Choice at(double u) {
            ConfigNode value = values.get(index(u, values.size()));
            return new Choice(name, Choice.text(value), Map.of(name, value));
        }

        @Override
        public Set<String> keyPaths() {
            return Set.of(name);
        }
    }

    /** What a range's key holds, which decides how a number on the range becomes a value. */
    enum Scale {
        /**
         * Any number, rounded to 12 significant digits so that runs.csv shows 0.035 rather than
         * 0.034999999999999996; the rounded number is the one the run uses.
         */
        NUMBER,
        /** A whole number: rounded to the nearest. */
        WHOLE,
        /** A date: numbers are days since 1970-01-01, rounded to the nearest day. */
        DATE;

        private static final MathContext DIGITS = new MathContext(12);

        /** The value of the key at x, as a scenario file would hold it: Double, Long or a date's text. */
        public Object value(double x) {
            return switch (this) {
                case NUMBER -> new BigDecimal(x).round(DIGITS).doubleValue();
                case WHOLE -> Math.round(x);
                case DATE -> LocalDate.ofEpochDay(Math.round(x)).toString();
            };
        }
    }

    /** A continuous range of one key path, for the sampling designs: the value at u is min + u (max - min). */
    record Range(String name, Scale scale, double min, double max, Origin origin) implements Factor {

        @Override
        public int valueCount() {
            return 0;
        }

        @Override
        public Choice at(double u) {
            double x = u >= 1 ? max : min + u * (max - min);
            ConfigNode.Scalar value = ConfigNode.Scalar.of(scale.value(Math.min(max, Math.max(min, x))), origin);
            return new Choice(name, value.text(), Map.of(name, value));
        }

        @Override
        public Set<String> keyPaths() {
            return Set.of(name);
        }
    }

    /** One named case of a parameter with variants: the values it sets, by key path (none: the base as is). */
    record Variant(String name, Map<String, ConfigNode> settings, Origin origin) {
        public Variant {
            settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        }
    }

    /** Named cases that each set several key paths together, such as every contingent's withdrawal date. */
    record Variants(String name, List<Variant> variants, Origin origin) implements Factor {
        public Variants {
            variants = List.copyOf(variants);
        }

        @Override
        public int valueCount() {
            return variants.size();
        }

        @Override
        public Choice at(double u) {
            Variant v = variants.get(index(u, variants.size()));
            return new Choice(name, v.name(), v.settings());
        }

        @Override
        public Set<String> keyPaths() {
            Set<String> paths = new LinkedHashSet<>();
            variants.forEach(v -> paths.addAll(v.settings().keySet()));
            return paths;
        }
    }
}
