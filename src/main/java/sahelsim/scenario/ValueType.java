package sahelsim.scenario;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The type and allowed range of one value in a scenario or sweep file. {@link #parse} turns a node into the
 * value the model reads, or throws {@link Mismatch} with what was expected.
 */
public abstract class ValueType {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern PLACE = Pattern.compile("((town|region):)?[a-z][a-z0-9-]*");
    private static final Pattern KEY_PATH = Pattern.compile("[a-z][A-Za-z0-9-]*(\\.[A-Za-z0-9-]+)*");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");

    /** A value that does not fit its type; the message says what was expected. */
    public static final class Mismatch extends Exception {
        private static final long serialVersionUID = 1L;

        public Mismatch(String message) {
            super(message, null, false, false);
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

    /** The value as the model reads it: Long, Double, String, Boolean, List of String, or null. */
    public abstract Object parse(ConfigNode node) throws Mismatch;

    Mismatch mismatch(ConfigNode node) {
        String got = numeric && node instanceof ConfigNode.Scalar s && s.quoted() && looksNumeric(s.text())
                ? "the text " + node.describe() + " (write numbers without quotes)"
                : node.describe();
        return new Mismatch("expected " + expected() + ", got " + got);
    }

    private static boolean looksNumeric(String text) {
        try {
            Double.parseDouble(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static ConfigNode.Scalar scalar(ConfigNode node, ValueType type) throws Mismatch {
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

    public static ValueType whole(long min, long max) {
        return new ValueType(true) {
            @Override
            public String expected() {
                return "a whole number " + (max == Long.MAX_VALUE ? ">= " + min : "between " + min + " and " + max);
            }

            @Override
            public Object parse(ConfigNode node) throws Mismatch {
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

    public static ValueType number(double min, double max) {
        return new ValueType(true) {
            @Override
            public String expected() {
                return "a number " + range(min, max);
            }

            @Override
            public Object parse(ConfigNode node) throws Mismatch {
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

    public static ValueType fraction() {
        return number(0, 1);
    }

    public static ValueType text() {
        return new ValueType() {
            @Override
            public String expected() {
                return "a text";
            }

            @Override
            public Object parse(ConfigNode node) throws Mismatch {
                ConfigNode.Scalar s = scalar(node, this);
                if (s.isNull() || s.text().isBlank()) {
                    throw mismatch(node);
                }
                return s.text().strip();
            }
        };
    }

    public static ValueType id() {
        return new ValueType() {
            @Override
            public String expected() {
                return "an id (lower-case letters, digits and dashes, starting with a letter)";
            }

            @Override
            public Object parse(ConfigNode node) throws Mismatch {
                ConfigNode.Scalar s = scalar(node, this);
                if (!(s.value() instanceof String v) || !ID.matcher(v).matches()) {
                    throw mismatch(node);
                }
                return v;
            }
        };
    }

    public static ValueType date() {
        return new ValueType() {
            @Override
            public String expected() {
                return "a date YYYY-MM-DD";
            }

            @Override
            public Object parse(ConfigNode node) throws Mismatch {
                ConfigNode.Scalar s = scalar(node, this);
                return parseDate(s, this);
            }
        };
    }

    /** A date, or null for "never". */
    public static ValueType dateOrNever() {
        return new ValueType() {
            @Override
            public String expected() {
                return "a date YYYY-MM-DD or null (never)";
            }

            @Override
            public Object parse(ConfigNode node) throws Mismatch {
                ConfigNode.Scalar s = scalar(node, this);
                return s.isNull() ? null : parseDate(s, this);
            }
        };
    }

    private static String parseDate(ConfigNode.Scalar s, ValueType type) throws Mismatch {
        if (!(s.value() instanceof String v) || !ISO_DATE.matcher(v).matches()) {
            throw type.mismatch(s);
        }
        try {
            return LocalDate.parse(v).toString();
        } catch (DateTimeParseException e) {
            throw new Mismatch("expected a real date YYYY-MM-DD, got " + s.describe());
        }
    }

    public static ValueType bool() {
        return new ValueType() {
            @Override
            public String expected() {
                return "true or false";
            }

            @Override
            public Object parse(ConfigNode node) throws Mismatch {
                ConfigNode.Scalar s = scalar(node, this);
                if (s.quoted() || !(s.value() instanceof Boolean b)) {
                    throw mismatch(node);
                }
                return b;
            }
        };
    }

    public static ValueType oneOf(String... values) {
        List<String> allowed = List.of(values);
        return new ValueType() {
            @Override
            public String expected() {
                return "one of " + String.join(", ", allowed);
            }

            @Override
            public Object parse(ConfigNode node) throws Mismatch {
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

    public static ValueType colour() {
        return new ValueType() {
            @Override
            public String expected() {
                return "a colour \"#RRGGBB\"";
            }

            @Override
            public Object parse(ConfigNode node) throws Mismatch {
                ConfigNode.Scalar s = scalar(node, this);
                if (!(s.value() instanceof String v) || !COLOUR.matcher(v).matches()) {
                    throw mismatch(node);
                }
                return v.toUpperCase(Locale.ROOT);
            }
        };
    }

    /** A list of ids, written [a, b] or one per line. */
    public static ValueType idList(int minSize) {
        return listOf(id(), minSize > 0 ? "a list of at least " + minSize + (minSize == 1 ? " id" : " ids")
                : "a list of ids", minSize);
    }

    /** A list of texts, written one per line with a dash. */
    public static ValueType textList() {
        return listOf(text(), "a list of texts", 0);
    }

    /** A list whose every item is of type {@code one}. */
    private static ValueType listOf(ValueType one, String expected, int minSize) {
        return new ValueType() {
            @Override
            public String expected() {
                return expected;
            }

            @Override
            public Object parse(ConfigNode node) throws Mismatch {
                if (!(node instanceof ConfigNode.ListNode list)) {
                    throw mismatch(node);
                }
                List<String> out = new ArrayList<>();
                for (ConfigNode item : list.items()) {
                    try {
                        out.add((String) one.parse(item));
                    } catch (Mismatch m) {
                        throw new Mismatch("expected " + expected() + ", got the item " + item.describe());
                    }
                }
                if (out.size() < minSize) {
                    throw new Mismatch("expected " + expected() + ", got " + out.size());
                }
                return List.copyOf(out);
            }
        };
    }

    /** A list of words, each one of {@code allowed}, written [a, b] or one per line. */
    public static ValueType wordList(String... allowed) {
        ValueType one = oneOf(allowed);
        return new ValueType() {
            @Override
            public String expected() {
                return "a list of words from " + String.join(", ", allowed);
            }

            @Override
            public Object parse(ConfigNode node) throws Mismatch {
                if (!(node instanceof ConfigNode.ListNode list)) {
                    throw mismatch(node);
                }
                List<String> out = new ArrayList<>();
                for (ConfigNode item : list.items()) {
                    try {
                        out.add((String) one.parse(item));
                    } catch (Mismatch m) {
                        throw new Mismatch("expected " + expected() + "; the item " + item.describe() + ": "
                                + m.getMessage());
                    }
                }
                return List.copyOf(out);
            }
        };
    }

    /** A list of places: {@code town:ID}, {@code region:ID}, or a bare id; which place it names is checked later. */
    public static ValueType placeList() {
        return new ValueType() {
            @Override
            public String expected() {
                return "a list of places (town:ID, region:ID, or an id that names only a town or only a region)";
            }

            @Override
            public Object parse(ConfigNode node) throws Mismatch {
                if (!(node instanceof ConfigNode.ListNode list)) {
                    throw mismatch(node);
                }
                List<String> out = new ArrayList<>();
                for (ConfigNode item : list.items()) {
                    if (!(item instanceof ConfigNode.Scalar s) || !(s.value() instanceof String v)
                            || !PLACE.matcher(v).matches()) {
                        throw new Mismatch("expected " + expected() + ", got the item " + item.describe());
                    }
                    out.add(v);
                }
                return List.copyOf(out);
            }
        };
    }

    /** An id, or null for "none". */
    public static ValueType idOrNone() {
        ValueType one = id();
        return new ValueType() {
            @Override
            public String expected() {
                return "an id or null";
            }

            @Override
            public Object parse(ConfigNode node) throws Mismatch {
                ConfigNode.Scalar s = scalar(node, this);
                if (s.isNull()) {
                    return null;
                }
                try {
                    return one.parse(node);
                } catch (Mismatch m) {
                    throw mismatch(node);
                }
            }
        };
    }

    /** A key path such as civilians.legitimacy, or null. */
    public static ValueType keyPathOrNone() {
        return new ValueType() {
            @Override
            public String expected() {
                return "a key path such as civilians.legitimacy, or null";
            }

            @Override
            public Object parse(ConfigNode node) throws Mismatch {
                ConfigNode.Scalar s = scalar(node, this);
                if (s.isNull()) {
                    return null;
                }
                if (!(s.value() instanceof String v) || !KEY_PATH.matcher(v).matches()) {
                    throw mismatch(node);
                }
                return v;
            }
        };
    }

    /** A number, or null when the key does not apply. */
    public static ValueType numberOrNone() {
        ValueType one = number(-1e12, 1e12);
        return new ValueType(true) {
            @Override
            public String expected() {
                return "a number or null";
            }

            @Override
            public Object parse(ConfigNode node) throws Mismatch {
                ConfigNode.Scalar s = scalar(node, this);
                if (s.isNull()) {
                    return null;
                }
                try {
                    return one.parse(node);
                } catch (Mismatch m) {
                    throw mismatch(node);
                }
            }
        };
    }

    /** A number, or a scalar as written; used where another check decides (for example sweep values). */
    public static ValueType anyScalar() {
        return new ValueType() {
            @Override
            public String expected() {
                return "a single value";
            }

            @Override
            public Object parse(ConfigNode node) throws Mismatch {
                return scalar(node, this).value();
            }
        };
    }
}
