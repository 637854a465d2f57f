package sahelsim.calibrate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sahelsim.load.ScenarioLoader;
import sahelsim.scenario.ConfigNode;
import sahelsim.scenario.Scenario;

/**
 * How a particle's values become a scenario: each set at its parameter's key path on a base scenario, a whole-number
 * key taking the value rounded. The calibration's runs and a hindcast of its posterior make their scenarios here, so
 * that a particle means the same scenario to both.
 */
public final class ParticleScenario {

    private final ScenarioLoader loader;
    private final Scenario base;
    private final List<CalibratedParameter> parameters;

    public ParticleScenario(ScenarioLoader loader, Scenario base, List<CalibratedParameter> parameters) {
        this.loader = loader;
        this.base = base;
        this.parameters = List.copyOf(parameters);
    }

    /** The base with the values set, in the order of the parameters. */
    public Scenario of(double[] values) {
        if (values.length != parameters.size()) {
            throw new IllegalArgumentException(values.length + " values for " + parameters.size() + " parameters");
        }
        Map<String, ConfigNode> settings = new LinkedHashMap<>();
        for (int i = 0; i < parameters.size(); i++) {
            settings.put(parameters.get(i).path(), parameters.get(i).value(values[i]));
        }
        return loader.derive(base, settings);
    }

    public Scenario base() {
        return base;
    }
}
