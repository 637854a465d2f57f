package sahelsim.calibrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import sahelsim.calibrate.abc.AdaptivePmc;
import sahelsim.calibrate.target.Target;
import sahelsim.load.ScenarioLoader;
import sahelsim.load.ScenarioText;

/** Makes the {@link Calibration} a calibration file describes, with the settings its manifest records. */
public final class CalibrationSetup {

    private CalibrationSetup() {
    }

    public static Calibration of(CalibrationSpec spec, ScenarioLoader loader) {
        List<Target> all = spec.targets().targets();
        int[] fitted = IntStream.range(0, all.size()).filter(i -> all.get(i).period().equals(spec.fit())).toArray();
        AdaptivePmc abc = new AdaptivePmc(spec.parameters().stream().map(CalibratedParameter::prior).toList(),
                CalibrationLoader.settings(spec));
        return new Calibration(spec.name(), spec.parameters().stream().map(CalibratedParameter::path).toList(), abc,
                all.stream().map(Target::id).toList(),
                new ScenarioSimulator(loader, spec.base(), spec.parameters(), all),
                new TargetDistance(all, fitted), spec.predictive(), identity(spec));
    }

    /**
     * What makes the particles: the base scenario and the targets (their hashes), the fitted period, the priors,
     * the population's size and the seed. The stopping rules (generations, minAcceptance) and the number of
     * predictive runs are not part of it.
     */
    static Map<String, String> identity(CalibrationSpec spec) {
        Map<String, String> identity = new LinkedHashMap<>();
        identity.put("name", spec.name());
        identity.put("base", spec.base().name());
        identity.put("base_sha256", ScenarioText.hash(spec.base()));
        identity.put("targets_sha256", ScenarioText.sha256(spec.targets().text()));
        identity.put("fit", spec.fit());
        List<String> priors = new ArrayList<>();
        spec.parameters().forEach(p -> priors.add(p.path() + " " + p.prior().describe()));
        identity.put("parameters", String.join("; ", priors));
        identity.put("particles", Integer.toString(spec.particles()));
        identity.put("keep", Double.toString(spec.keep()));
        identity.put("seed", Long.toString(spec.seed()));
        return identity;
    }

    /** The settings that may change between starts of a calibration, as its manifest records them. */
    public static Map<String, String> settings(CalibrationSpec spec) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("file", spec.file().toString());
        settings.put("generations", Integer.toString(spec.generations()));
        settings.put("min_acceptance", Double.toString(spec.minAcceptance()));
        settings.put("predictive", Integer.toString(spec.predictive()));
        return settings;
    }
}
