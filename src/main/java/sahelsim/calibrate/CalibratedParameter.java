package sahelsim.calibrate;

import sahelsim.calibrate.abc.Prior;
import sahelsim.scenario.ConfigNode;
import sahelsim.scenario.Origin;
import sahelsim.sweep.Factor;

/**
 * A scenario value the calibration moves: its key path, its prior, and how a particle's value becomes the
 * scenario's (a whole-number key takes the value rounded).
 */
public record CalibratedParameter(String path, Prior prior, Factor.Scale scale, Origin origin) {

    /** The scenario value at a particle's value. */
    ConfigNode.Scalar value(double x) {
        return ConfigNode.Scalar.of(scale.value(x), origin);
    }
}
