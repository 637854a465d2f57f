package sahelsim.calibrate.target;

import sahelsim.scenario.Origin;

/**
 * One dated, sourced observation the model's outputs can speak to, with how a run is measured against it and how
 * far it may be off.
 *
 * @param period      the period it belongs to (a calibration fits one period and is validated on another)
 * @param observed    the observed value; 1 for a town's holder (the run's value is 1 when it agrees)
 * @param observedText the observation as the file gives it ("1,277", "held by government")
 * @param origin      where the target is written, for messages
 */
public record Target(String id, String period, String description, Measurement measurement, double observed,
                     String observedText, Tolerance tolerance, String source, Origin origin) {

    /** The error of a run's value, in tolerances. */
    public double error(double model) {
        return tolerance.error(model, observed);
    }

    /** Whether a value is a yes-or-no (a town's holder), whose median error factor means nothing. */
    public boolean isYesOrNo() {
        return measurement instanceof Measurement.Holder;
    }
}
