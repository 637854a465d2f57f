package sahelsim.hindcast.posterior;

import java.math.BigDecimal;

/**
 * The parameter values one hindcast run used, in the order of the calibration's parameters.
 *
 * @param particle the particle drawn (its rank in the final population, from 0), or the point used (mean, median)
 */
public record RunParameters(String particle, double[] values) {

    public RunParameters {
        values = values.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    /**
     * Value {@code d} written exactly, in plain notation, as particles.csv writes a particle's: a run can be made
     * again by setting it.
     */
    public String exact(int d) {
        return Double.isFinite(values[d]) ? BigDecimal.valueOf(values[d]).stripTrailingZeros().toPlainString() : "";
    }
}
