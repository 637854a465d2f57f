package sahelsim.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The one rule by which every output file writes a number, so that the same values give the same bytes on
 * any machine and in any locale: a whole number without a decimal point; any other number rounded to seven
 * significant digits (half to even), trailing zeros dropped, never in exponent form; nothing (empty, or JSON
 * null) for an undefined value. Seven digits is what the run record holds: it keeps its values as floats.
 */
public final class NumberText {

    private static final MathContext SIGNIFICANT = new MathContext(7, RoundingMode.HALF_EVEN);
    /** Below this every double that is a whole number is exact as a long. */
    private static final double WHOLE_LIMIT = 1e15;

    private NumberText() {
    }

    /** The number as CSV text; empty when it is NaN or infinite. */
    public static String format(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        if (isWhole(value)) {
            return Long.toString((long) value);
        }
        return rounded(value).toPlainString();
    }

    /** The number as a JSON value; null when it is NaN or infinite. */
    public static JsonNode json(double value) {
        if (!Double.isFinite(value)) {
            return NullNode.getInstance();
        }
        if (isWhole(value)) {
            return LongNode.valueOf((long) value);
        }
        return DecimalNode.valueOf(rounded(value));
    }

    /** Writes a record's double by the same rule ({@code @JsonSerialize(using = NumberText.Serializer.class)}). */
    public static final class Serializer extends StdSerializer<Double> {

        public Serializer() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator out, SerializerProvider provider) throws IOException {
            out.writeTree(json(value));
        }
    }

    private static boolean isWhole(double value) {
        return value == Math.rint(value) && Math.abs(value) < WHOLE_LIMIT;
    }

    private static BigDecimal rounded(double value) {
        BigDecimal r = new BigDecimal(value).round(SIGNIFICANT).stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0) : r;
    }
}
