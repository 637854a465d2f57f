package sahelsim.sweep;

import java.nio.file.Path;
import java.util.List;
import sahelsim.scenario.Problem;
import sahelsim.scenario.Scenario;

/**
 * A checked sweep file: every parameter path exists in the base scenario and every value it can take gives a
 * valid scenario, every outcome name is known. Built by {@link SweepLoader}; {@link SweepPlan} turns it into
 * design points and runs.
 *
 * @param file         the sweep file as given
 * @param baseFile     the base scenario file, resolved against the sweep file's folder
 * @param base         the base scenario, loaded and checked
 * @param samples      as written, or 0 when not given (a grid needs none)
 * @param morrisLevels p of the Morris design (the default when the design is not morris)
 * @param commonRandomNumbers whether the runs of one Saltelli block or Morris trajectory share their seeds
 * @param parameters   every parameter in file order, constants included
 * @param warnings     things that are allowed but probably not meant, each located in the file
 */
public record SweepSpec(Path file, String name, String description, Path baseFile, Scenario base,
                        DesignKind design, int samples, int replications, long seed, int morrisLevels,
                        boolean commonRandomNumbers, List<Factor> parameters, List<String> outcomes, List<Problem> warnings) {

    public SweepSpec {
        parameters = List.copyOf(parameters);
        outcomes = List.copyOf(outcomes);
        warnings = List.copyOf(warnings);
    }

    /** The parameters that vary: the design's dimensions, in file order. */
    public List<Factor> varied() {
        return parameters.stream().filter(Factor::varies).toList();
    }
}
