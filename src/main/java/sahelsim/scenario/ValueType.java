package sahelsim.scenario;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The type and allowed range of one value in a scenario or sweep file. {@link #parse} turns a node into the
 * value the checked tree holds, or throws {@link Mismatch} with what was expected. The tree holds values as YAML
 * writes them (a date is its ISO text), so that the scenario's canonical text is the file's; the records the
 * model reads get their Java types when they are read from the tree by name.
 *
 * @param <T> what the tree holds for a valid value
 */
public abstract class ValueType<T> {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern PLACE = Pattern.compile("((town|region):)?[a-z][a-z0-9-]*");
    private static final Pattern KEY_PATH = Pattern.compile("[a-z][A-Za-z0-9-]*(\\.[A-Za-z0-9-]+)*");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

    /** A value that does not fit its type; the message says what was expected. */
    public static final class Mismatch extends Exception {
        private static final long serialVersionUID = 1L;

        /** Whether the message only says what the type expected, so that a wider type may say it in its words. */
        private final boolean onlyExpected;

        public Mismatch(String message) {
            this(message, false);
        }

        private Mismatch(String message, boolean onlyExpected) {
            super(message, null, false, false);
            this.onlyExpected = onlyExpected;
        }
    }

    /** Whether the type holds numbers: only then does a quoted number earn the hint to drop the quotes. */
    private final boolean numeric;

    protected ValueType() {
        this(false);
    }

    protected ValueType(boolean numeric) {
        this.numeric = numeric;
    }

    /** What a valid value looks like, e.g. "a whole number >= 0". */
    public abstract String expected();

    /** The value as the tree holds it. */
    public abstract T parse(ConfigNode node) throws Mismatch;

    /**
     * This type, or null for none. Where this type's message would only say what it expected, the message says
     * {@code expected} instead, which names what null means, e.g. "a date YYYY-MM-DD or null (never)".
     */
    public final ValueType<T> orNone(String expected) {
        ValueType<T> one = this;
        return new ValueType<>(numeric) {
            @Override
            public String expected() {
                return expected;
            }

            @Override
            public T parse(ConfigNode node) throws Mismatch {
                if (node instanceof ConfigNode.Scalar s && s.isNull()) {
                    return null;
                }
                try {
                    return one.parse(node);
                } catch (Mismatch m) {
                    throw m.onlyExpected ? mismatch(node) : m;
                }
            }
        };
    }

    Mismatch mismatch(ConfigNode node) {
        String got = numeric && node instanceof ConfigNode.Scalar s && s.quoted() && looksNumeric(s.text())
                ? "the text " + node.describe() + " (write numbers without quotes)"
                : node.describe();
        return new Mismatch("expected " + expected() + ", got " + got, true);
    }

    private static boolean looksNumeric(String text) {
        try {
            Double.parseDouble(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static ConfigNode.Scalar scalar(ConfigNode node, ValueType<?> type) throws Mismatch {
        if (node instanceof ConfigNode.Scalar s) {
            return s;
        }
        throw type.mismatch(node);
    }

    private static String bound(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static String range(double min, double max) {
        if (max == Double.POSITIVE_INFINITY) {
            return ">= " + bound(min);
        }
        return "between " + bound(min) + " and " + bound(max);
    }

    public static ValueType<Long> whole(long min, long max) {
        return new ValueType<>(true) {
            @Override
            public String expected() {
                return "a whole number " + (max == Long.MAX_VALUE ? ">= " + min : "between " + min + " and " + max);
            }

            @Override
            public Long parse(ConfigNode node) throws Mismatch {
                ConfigNode.Scalar s = scalar(node, this);
                long v;
                if (!s.quoted() && s.value() instanceof Long l) {
                    v = l;
                } else if (!s.quoted() && s.value() instanceof Double d && d == Math.rint(d) && Math.abs(d) < 9e15) {
                    v = (long) (double) d;
                } else {
                    throw mismatch(node);
                }
                if (v < min || v > max) {
                    throw mismatch(node);
                }
                return v;
            }
        };
    }

    public static ValueType<Double> number(double min, double max) {
        return new ValueType<>(true) {
            @Override
            public String expected() {
                return "a number " + range(min, max);
            }

            @Override
            public Double parse(ConfigNode node) throws Mismatch {
                ConfigNode.Scalar s = scalar(node, this);
                if (s.quoted() || !(s.value() instanceof Number n)) {
                    throw mismatch(node);
                }
                double v = n.doubleValue();
                if (!(v >= min && v <= max) || Double.isNaN(v)) {
                    throw mismatch(node);
                }
                return v;
            }
        };
    }

    public static ValueType<Double> fraction() {
        return number(0, 1);
    }

    public static ValueType<String> text() {
        return new ValueType<>() {
            @Override
            public String expected() {
                return "a text";
            }

            @Override
            public String parse(ConfigNode node) throws Mismatch {
                ConfigNode.Scalar s = scalar(node, this);
                if (s.isNull() || s.text().isBlank()) {
                    throw mismatch(node);
                }
                return s.text().strip();
            }
        };
    }

    /** A text of a given form, written as it is. */
    private static ValueType<String> matching(Pattern form, String expected) {
        return new ValueType<>() {
            @Override
            public String expected() {
                return expected;
            }

            @Override
            public String parse(ConfigNode node) throws Mismatch {
                ConfigNode.Scalar s = scalar(node, this);
                if (!(s.value() instanceof String v) || !form.matcher(v).matches()) {
                    throw mismatch(node);
                }
                return v;
            }
        };
    }

    public static ValueType<String> id() {
        return matching(ID, "an id (lower-case letters, digits and dashes, starting with a letter)");
    }

    /** A key path such as civilians.legitimacy. */
    public static ValueType<String> keyPath() {
        return matching(KEY_PATH, "a key path such as civilians.legitimacy");
    }

    /** {@code town:ID}, {@code region:ID}, or a bare id; which place it names is checked later. */
    private static ValueType<String> place() {
        return matching(PLACE, "a place");
    }

    /** A real date, held as its ISO text YYYY-MM-DD. */
    public static ValueType<String> date() {
        return new ValueType<>() {
            @Override
            public String expected() {
                return "a date YYYY-MM-DD";
            }

            @Override
            public String parse(ConfigNode node) throws Mismatch {
                ConfigNode.Scalar s = scalar(node, this);
                if (!(s.value() instanceof String v) || !ISO_DATE.matcher(v).matches()) {
                    throw mismatch(s);
                }
                try {
                    return LocalDate.parse(v).toString();
                } catch (DateTimeParseException e) {
                    throw new Mismatch("expected a real date YYYY-MM-DD, got " + s.describe());
                }
            }
        };
    }

    public static ValueType<Boolean> bool() {
        return new ValueType<>() {
            @Override
            public String expected() {
                return "true or false";
            }

            @Override
            public Boolean parse(ConfigNode node) throws Mismatch {
                ConfigNode.Scalar s = scalar(node, this);
                if (s.quoted() || !(s.value() instanceof Boolean b)) {
                    throw mismatch(node);
                }
                return b;
            }
        };
    }

    public static ValueType<String> oneOf(String... values) {
        List<String> allowed = List.of(values);
        return new ValueType<>() {
            @Override
            public String expected() {
                return "one of " + String.join(", ", allowed);
            }

            @Override
            public String parse(ConfigNode node) throws Mismatch {
                ConfigNode.Scalar s = scalar(node, this);
                String v = s.text();
                if (s.isNull() || !allowed.contains(v)) {
                    throw new Mismatch("expected " + expected() + ", got " + node.describe()
                            + DidYouMean.hint(v, allowed));
                }
                return v;
            }
        };
    }

    public static ValueType<String> colour() {
        return new ValueType<>() {
            @Override
            public String expected() {
                return "a colour \"#RRGGBB\"";
            }

            @Override
            public String parse(ConfigNode node) throws Mismatch {
                ConfigNode.Scalar s = scalar(node, this);
                if (!(s.value() instanceof String v) || !COLOUR.matcher(v).matches()) {
                    throw mismatch(node);
                }
                return v.toUpperCase(Locale.ROOT);
            }
        };
    }

    /** A list of ids, written [a, b] or one per line. */
    public static ValueType<List<String>> idList(int minSize) {
        return listOf(id(), minSize > 0 ? "a list of at least " + minSize + (minSize == 1 ? " id" : " ids")
                : "a list of ids", minSize);
    }

    /** A list of texts, written one per line with a dash. */
    public static ValueType<List<String>> textList() {
        return listOf(text(), "a list of texts", 0);
    }

    /** A list of words, each one of {@code allowed}, written [a, b] or one per line. */
    public static ValueType<List<String>> wordList(String... allowed) {
        return listOf(oneOf(allowed), "a list of words from " + String.join(", ", allowed), 0);
    }

    /** A list of places: {@code town:ID}, {@code region:ID}, or a bare id; which place it names is checked later. */
    public static ValueType<List<String>> placeList() {
        return listOf(place(), "a list of places (town:ID, region:ID, or an id that names only a town or only a "
                + "region)", 0);
    }

    /**
     * A list whose every item is of type {@code one}. An item that does not fit is named; where the item's own
     * message says more than what it expected (a word it resembles), that message follows.
     */
    private static ValueType<List<String>> listOf(ValueType<String> one, String expected, int minSize) {
        return new ValueType<>() {
            @Override
            public String expected() {
                return expected;
            }

            @Override
            public List<String> parse(ConfigNode node) throws Mismatch {
                if (!(node instanceof ConfigNode.ListNode list)) {
                    throw mismatch(node);
                }
                List<String> out = new ArrayList<>();
                for (ConfigNode item : list.items()) {
                    try {
                        out.add(one.parse(item));
                    } catch (Mismatch m) {
                        throw new Mismatch("expected " + expected() + (m.onlyExpected ? ", got the item "
                                + item.describe() : "; the item " + item.describe() + ": " + m.getMessage()));
                    }
                }
                if (out.size() < minSize) {
                    throw new Mismatch("expected " + expected() + ", got " + out.size());
                }
                return List.copyOf(out);
            }
        };
    }
}
