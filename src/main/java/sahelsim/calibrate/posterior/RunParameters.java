package sahelsim.calibrate.posterior;

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
}
