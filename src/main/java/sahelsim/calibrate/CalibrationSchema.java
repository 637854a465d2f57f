package sahelsim.calibrate;

import static sahelsim.scenario.Key.REQUIRED;

import java.util.List;
import sahelsim.scenario.ConfigNode;
import sahelsim.scenario.Key;
import sahelsim.scenario.ValueType;

/**
 * Every key of a calibration file, checked by the same {@link sahelsim.scenario.SchemaCheck} as scenario and sweep
 * files. The {@code parameters} section is checked for shape here and entry by entry by {@link CalibrationLoader},
 * each against {@link #PRIOR} at its own line.
 */
public final class CalibrationSchema {

    /** Most particles of a generation: each is a whole run of the model. */
    public static final int MAX_PARTICLES = 100_000;

    private CalibrationSchema() {
    }

    private static Key.Value v(String name, ValueType<?> type, Object def, String unit, String doc) {
        return new Key.Value(name, type, def, unit, doc, "");
    }

    private static final ValueType<Void> PARAMETERS = new ValueType<>() {
        @Override
        public String expected() {
            return "a section of parameters, each a scenario key path with its prior, such as "
                    + "wagner.abuse: {prior: uniform, min: 0.2, max: 1}";
        }

        @Override
        public Void parse(ConfigNode node) throws Mismatch {
            if (!(node instanceof ConfigNode.MapNode map) || map.entries().isEmpty()) {
                throw new Mismatch("expected " + expected() + ", got " + node.describe());
            }
            return null;
        }
    };

    /** One parameter's prior. */
    static final Key.Section PRIOR = new Key.Section("", "", List.of(
            v("prior", ValueType.oneOf("uniform", "log-uniform", "normal"), REQUIRED, "",
                    "uniform on [min, max]; log-uniform on [min, max] (min > 0: each factor as likely); normal of mean "
                            + "and sd, cut to [min, max] when given."),
            v("min", ValueType.number(-1e15, 1e15), null, "", "Least value."),
            v("max", ValueType.number(-1e15, 1e15), null, "", "Greatest value."),
            v("mean", ValueType.number(-1e15, 1e15), null, "", "normal: the mean."),
            v("sd", ValueType.number(1e-15, 1e15), null, "", "normal: the standard deviation.")));

    /** The whole calibration file. */
    public static final Key.Section ROOT = new Key.Section("", "", List.of(
            v("name", ValueType.id(), REQUIRED, "", "Short name; the calibration's folder is named after it."),
            v("description", ValueType.text(), null, "", "What is calibrated, and why."),
            v("base", ValueType.text(), REQUIRED, "file", "The scenario every run derives from, relative to this file."),
            v("targets", ValueType.text(), REQUIRED, "file", "The targets file, relative to this file."),
            v("fit", ValueType.text(), REQUIRED, "", "The period of targets the calibration fits (such as "
                    + "2022-2023); every other period is scored out of sample."),
            v("seed", ValueType.whole(0, Long.MAX_VALUE), REQUIRED, "", "Every proposal's and run's seed derives "
                    + "from it."),
            v("particles", ValueType.whole(4, MAX_PARTICLES), 200L, "runs", "N: the runs of the first generation."),
            v("keep", ValueType.number(0.01, 0.99), 0.5, "share", "alpha: the share of N kept as the population; the "
                    + "tolerance is this quantile of the distances (Lenormand et al. 2013 use 0.5)."),
            v("generations", ValueType.whole(1, 1000), 8L, "", "Most generations, the first (from the priors) "
                    + "included."),
            v("minAcceptance", ValueType.number(0, 0.99), 0.05, "share", "Stop once fewer than this share of a "
                    + "generation's new runs fall within the previous tolerance."),
            v("predictive", ValueType.whole(0, MAX_PARTICLES), 100L, "runs", "Posterior predictive runs scored "
                    + "against every target."),
            v("parameters", PARAMETERS, REQUIRED, "", "What to calibrate, by key path, each with its prior.")));
}
