package sahelsim.scenario;

import java.util.List;

/** One key of a file's schema: a value, a section of keys, or a list of sections keyed by id. */
public sealed interface Key permits Key.Value, Key.Section, Key.Items {

    String name();

    String doc();

    /** Marks a value that has no default and must be written. */
    Object REQUIRED = new Object() {
        @Override
        public String toString() {
            return "required";
        }
    };

    /**
     * A single value.
     *
     * @param defaultValue the value when the key is left out, {@link #REQUIRED}, or null
     * @param unit         the unit, or "" when the value has none
     * @param source       where an empirical default comes from, or "" when it is a modelling choice
     */
    record Value(String name, ValueType<?> type, Object defaultValue, String unit, String doc, String source)
            implements Key {

        public boolean required() {
            return defaultValue == REQUIRED;
        }
    }

    record Section(String name, String doc, List<Key> keys) implements Key {
        public Section {
            keys = List.copyOf(keys);
        }

        public List<String> names() {
            return keys.stream().map(Key::name).toList();
        }

        public Key key(String name) {
            return keys.stream().filter(k -> k.name().equals(name)).findFirst().orElse(null);
        }
    }

    /** A list whose items are sections with an {@code id}; lists like this merge item by item in {@code extends}. */
    record Items(String name, String doc, Section item) implements Key {
    }
}
