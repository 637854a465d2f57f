package sahelsim.calibrate;

import java.nio.file.Path;
import java.util.List;
import sahelsim.calibrate.target.TargetSet;
import sahelsim.scenario.Problem;
import sahelsim.scenario.Scenario;

/**
 * A checked calibration file: its base scenario and targets loaded, the fitted period present, every parameter a
 * numeric key of the scenario whose prior's whole range gives valid scenarios.
 *
 * @param text     the file's text, as read
 * @param warnings things allowed but probably not meant, each located in the file
 */
public record CalibrationSpec(Path file, String name, String description, Path baseFile, Scenario base,
                              TargetSet targets, String fit, long seed, int particles, double keep, int generations,
                              double minAcceptance, int predictive, List<CalibratedParameter> parameters, String text,
                              List<Problem> warnings) {

    public CalibrationSpec {
        parameters = List.copyOf(parameters);
        warnings = List.copyOf(warnings);
    }

    /** The periods scored out of sample: every period of the targets but the fitted one. */
    public List<String> outOfSample() {
        return targets.periods().stream().filter(p -> !p.equals(fit)).toList();
    }
}
