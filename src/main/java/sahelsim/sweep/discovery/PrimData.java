package sahelsim.sweep.discovery;

import java.util.List;

/**
 * The cases PRIM works on: each parameter a column, numeric (numbers, and dates as days since 1970-01-01) or
 * categorical (listed values that are not numbers, variants), and for each case whether it is a case of interest.
 *
 * @param columns  the parameters
 * @param interest whether case i is of interest (its outcome beyond the threshold)
 */
public record PrimData(List<Column> columns, boolean[] interest) {

    public PrimData {
        columns = List.copyOf(columns);
        for (Column c : columns) {
            if (c.size() != interest.length) {
                throw new IllegalArgumentException("column " + c.name() + " has " + c.size() + " cases, expected "
                        + interest.length);
            }
        }
    }

    public int size() {
        return interest.length;
    }

    /** One parameter's values over the cases. */
    public sealed interface Column permits Numeric, Categorical {
        String name();

        int size();
    }

    /**
     * A numeric parameter.
     *
     * @param date whether the numbers are days since 1970-01-01, to be shown as dates
     */
    public record Numeric(String name, double[] values, boolean date) implements Column {
        @Override
        public int size() {
            return values.length;
        }
    }

    /** A parameter of named values: case i takes {@code labels.get(codes[i])}. */
    public record Categorical(String name, List<String> labels, int[] codes) implements Column {
        public Categorical {
            labels = List.copyOf(labels);
        }

        @Override
        public int size() {
            return codes.length;
        }
    }
}
