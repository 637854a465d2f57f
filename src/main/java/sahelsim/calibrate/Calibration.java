package sahelsim.calibrate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sahelsim.calibrate.abc.AdaptivePmc;
import sahelsim.calibrate.abc.Distance;
import sahelsim.calibrate.abc.Simulator;

/**
 * What {@link CalibrationRunner} runs: named parameters with the ABC that moves them, the simulator and the distance
 * its statistics are judged by, and how many posterior predictive runs to make at the end. Nothing here knows the
 * model: {@code sahelsim calibrate} builds one from a calibration file, tests build them from models whose
 * posterior is known.
 *
 * @param name       the calibration's name, which its folder and outputs carry
 * @param parameters one name per prior of the algorithm, in order (the scenario's key paths)
 * @param statistics one name per statistic the simulator returns (the targets' ids)
 * @param predictive posterior predictive runs made once the last generation is closed
 * @param identity   what makes the calibration's particles, by name: a folder holding a calibration of another
 *                   identity is another calibration. The stopping rules are not part of it, so that a calibration
 *                   may be given more generations and carry on.
 */
public record Calibration(String name, List<String> parameters, AdaptivePmc algorithm, List<String> statistics,
                          Simulator simulator, Distance distance, int predictive, Map<String, String> identity) {

    public Calibration {
        parameters = List.copyOf(parameters);
        statistics = List.copyOf(statistics);
        identity = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(identity));
        if (parameters.size() != algorithm.priors().size()) {
            throw new IllegalArgumentException(parameters.size() + " parameter names for " + algorithm.priors().size()
                    + " priors");
        }
        if (predictive < 0) {
            throw new IllegalArgumentException("expected 0 or more predictive runs, got " + predictive);
        }
    }
}
