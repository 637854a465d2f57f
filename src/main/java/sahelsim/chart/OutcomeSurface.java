package sahelsim.chart;

/**
 * An outcome over a grid of two swept parameters, for a heat map: one value per pair of parameter values
 * (typically the mean over the runs at that point; NaN where there was no run). The parameters' values are given
 * as their axis labels them: numbers, dates, the names of variants, or the middles of ranges cut into bins.
 *
 * @param values {@code values[j][i]} is the outcome at {@code xValues[i]}, {@code yValues[j]}
 */
public record OutcomeSurface(String outcome, String unit, String xParameter, String[] xValues, String yParameter,
                             String[] yValues, double[][] values) {

    public OutcomeSurface {
        if (xValues.length == 0 || yValues.length == 0) {
            throw new IllegalArgumentException("a heat map needs at least one value of each parameter");
        }
        if (values.length != yValues.length) {
            throw new IllegalArgumentException("expected " + yValues.length + " rows of values, found " + values.length);
        }
        for (double[] row : values) {
            if (row.length != xValues.length) {
                throw new IllegalArgumentException("expected " + xValues.length + " values a row, found " + row.length);
            }
        }
        xValues = xValues.clone();
        yValues = yValues.clone();
        double[][] copy = new double[values.length][];
        for (int j = 0; j < values.length; j++) {
            copy[j] = values[j].clone();
        }
        values = copy;
    }
}
