package sahelsim.calibrate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sahelsim.calibrate.abc.AbcSettings;
import sahelsim.calibrate.abc.Prior;
import sahelsim.calibrate.target.TargetSet;
import sahelsim.calibrate.target.TargetsLoader;
import sahelsim.load.ScenarioLoader;
import sahelsim.load.ShippedGeography;
import sahelsim.load.YamlTree;
import sahelsim.map.MaliGeography;
import sahelsim.map.Town;
import sahelsim.scenario.ConfigNode;
import sahelsim.scenario.DidYouMean;
import sahelsim.scenario.Key;
import sahelsim.scenario.Origin;
import sahelsim.scenario.Overrides;
import sahelsim.scenario.Problem;
import sahelsim.scenario.Scenario;
import sahelsim.scenario.ScenarioError;
import sahelsim.scenario.ScenarioSchema;
import sahelsim.scenario.SchemaCheck;
import sahelsim.sweep.Factor;
import sahelsim.sweep.KeyPaths;
import sahelsim.sweep.SweepLoader;

/**
 * Loads a calibration file and checks everything that can be checked before a run: its keys and types (as scenario
 * and sweep files are checked), the base scenario, the targets file against that scenario, the fitted period, and
 * each parameter: its key path (as sweep files name them), that the key holds a number, its prior, and that the
 * scenario stays valid at both ends of the prior's range. Every problem is reported at once, each with file, line,
 * column and key path; a problem a value causes elsewhere in the scenario is reported at the parameter.
 */
public final class CalibrationLoader {

    /** A normal prior without bounds is tried on the scenario this many standard deviations each side. */
    private static final double NORMAL_TRIAL_SDS = 4;

    private final ScenarioLoader scenarios;
    private final TargetsLoader targetsLoader;

    public CalibrationLoader(MaliGeography geography) {
        this.scenarios = new ScenarioLoader(geography);
        this.targetsLoader = new TargetsLoader(geography.towns().stream().map(Town::id).toList());
    }

    public static CalibrationLoader shipped() {
        return new CalibrationLoader(ShippedGeography.geography());
    }

    public ScenarioLoader scenarios() {
        return scenarios;
    }

    public CalibrationSpec load(Path file) {
        return load(file, SweepLoader.text(file));
    }

    public CalibrationSpec load(Path file, String text) {
        String source = file.toString();
        ConfigNode.MapNode doc = YamlTree.parseDocument(source, text, YamlTree.Kind.CALIBRATION);
        SchemaCheck check = new SchemaCheck();
        ConfigNode.MapNode normal = check.check(doc, CalibrationSchema.ROOT);
        List<Problem> problems = new ArrayList<>(check.problems());
        List<Problem> warnings = new ArrayList<>();
        Path baseFile = relative(file, normal, "base");
        Scenario base = baseFile == null ? null : base(baseFile, normal.get("base"), problems);
        Path targetsFile = relative(file, normal, "targets");
        TargetSet targets = null;
        if (base != null && targetsFile != null) {
            targets = targets(targetsFile, normal.get("targets"), base, problems);
        }
        String fit = normal.get("fit") instanceof ConfigNode.Scalar f && f.value() instanceof String s ? s : null;
        if (targets != null && fit != null && !targets.periods().contains(fit)) {
            problems.add(new Problem(doc.get("fit").origin(), "fit", "the targets file " + targetsFile + " has no "
                    + "target of the period '" + fit + "'" + DidYouMean.hint(fit, List.copyOf(targets.periods()))
                    + " (its periods: " + String.join(", ", targets.periods()) + ")"));
        }
        List<CalibratedParameter> parameters = List.of();
        if (base != null && doc.get("parameters") instanceof ConfigNode.MapNode section) {
            parameters = parameters(section, base, source, problems);
        }
        int particles = whole(normal, "particles");
        double keep = number(normal, "keep");
        if (doc.get("particles") != null || doc.get("keep") != null) {
            int kept = (int) Math.floor(keep * particles + 1e-9);
            if (particles > 0 && (kept < 2 || kept >= particles)) {
                Origin at = doc.get("keep") != null ? doc.get("keep").origin() : doc.get("particles").origin();
                problems.add(new Problem(at, doc.get("keep") != null ? "keep" : "particles", "keeping " + keep + " of "
                        + particles + " particles keeps " + kept + "; expected at least 2 and fewer than all"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioError(problems);
        }
        if (particles < 10 * Math.max(1, parameters.size())) {
            warnings.add(new Problem(doc.get("particles") != null ? doc.get("particles").origin() : doc.origin(),
                    "particles", particles + " particles for " + parameters.size() + " parameters give a rough "
                    + "posterior; a few hundred (Lenormand et al. 2013 use 5,000) would describe it better"));
        }
        String description = normal.get("description") instanceof ConfigNode.Scalar d && !d.isNull() ? d.text() : "";
        return new CalibrationSpec(file, text(normal, "name"), description, baseFile, base, targets, fit,
                (Long) ((ConfigNode.Scalar) normal.get("seed")).value(), particles, keep, whole(normal, "generations"),
                number(normal, "minAcceptance"), whole(normal, "predictive"), parameters, text, warnings);
    }

    /** The settings of the ABC; throws IllegalArgumentException for settings the file check lets through. */
    static AbcSettings settings(CalibrationSpec spec) {
        return new AbcSettings(spec.particles(), spec.keep(), spec.generations(), spec.minAcceptance(), spec.seed());
    }

    private static Path relative(Path file, ConfigNode.MapNode normal, String key) {
        if (!(normal.get(key) instanceof ConfigNode.Scalar s) || !(s.value() instanceof String name)) {
            return null;
        }
        return file.getParent() == null ? Path.of(name) : file.getParent().resolve(name).normalize();
    }

    private Scenario base(Path baseFile, ConfigNode at, List<Problem> problems) {
        if (!Files.isRegularFile(baseFile)) {
            problems.add(new Problem(at.origin(), "base", (Files.isDirectory(baseFile) ? baseFile + " is a folder"
                    : "no scenario file " + baseFile) + " (the path is relative to the calibration file)"));
            return null;
        }
        try {
            return scenarios.load(baseFile);
        } catch (ScenarioError e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    private TargetSet targets(Path targetsFile, ConfigNode at, Scenario base, List<Problem> problems) {
        if (!Files.isRegularFile(targetsFile)) {
            problems.add(new Problem(at.origin(), "targets", (Files.isDirectory(targetsFile) ? targetsFile
                    + " is a folder" : "no targets file " + targetsFile) + " (the path is relative to the "
                    + "calibration file)"));
            return null;
        }
        try {
            return targetsLoader.load(targetsFile, base);
        } catch (ScenarioError e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    private List<CalibratedParameter> parameters(ConfigNode.MapNode section, Scenario base, String source,
                                                 List<Problem> problems) {
        List<CalibratedParameter> parameters = new ArrayList<>();
        for (Map.Entry<String, ConfigNode> e : section.entries().entrySet()) {
            String path = e.getKey();
            String label = "parameters." + path;
            Origin at = section.keyOrigin(path);
            int before = problems.size();
            Key.Value key;
            try {
                key = KeyPaths.resolve(ScenarioSchema.ROOT, base.tree(), path);
            } catch (KeyPaths.Unknown u) {
                problems.add(new Problem(at, label, u.getMessage()));
                continue;
            }
            Object current = Overrides.get(base.tree(), path) instanceof ConfigNode.Scalar s ? s.value() : null;
            Factor.Scale scale = current instanceof Long ? Factor.Scale.WHOLE
                    : current instanceof Double ? Factor.Scale.NUMBER : null;
            if (scale == null) {
                problems.add(new Problem(at, label, "a prior needs a key that holds a number; " + path + " holds "
                        + key.type().expected()));
                continue;
            }
            SchemaCheck check = new SchemaCheck();
            ConfigNode.MapNode prior = check.check(e.getValue(), CalibrationSchema.PRIOR);
            for (Problem p : check.problems()) {
                problems.add(new Problem(p.origin(), label + (p.path().isEmpty() ? "" : "." + p.path()), p.message()));
            }
            if (problems.size() > before || !(e.getValue() instanceof ConfigNode.MapNode raw)) {
                continue;
            }
            Prior made = prior(raw, prior, label, problems);
            if (made == null) {
                continue;
            }
            CalibratedParameter parameter = new CalibratedParameter(path, made, scale, at);
            tryEnds(parameter, raw, base, label, source, problems);
            if (problems.size() == before) {
                parameters.add(parameter);
            }
        }
        return parameters;
    }

    /** The prior a parameter's section describes, or null (with the problem said) when it does not make one. */
    private static Prior prior(ConfigNode.MapNode raw, ConfigNode.MapNode typed, String label, List<Problem> problems) {
        String kind = text(typed, "prior");
        List<String> reads = kind.equals("normal") ? List.of("mean", "sd", "min", "max") : List.of("min", "max");
        List<String> needs = kind.equals("normal") ? List.of("mean", "sd") : List.of("min", "max");
        boolean ok = true;
        for (String key : List.of("min", "max", "mean", "sd")) {
            if (raw.get(key) != null && !reads.contains(key)) {
                problems.add(new Problem(raw.keyOrigin(key), label + "." + key, "a " + kind + " prior takes "
                        + String.join(" and ", needs) + ", not " + key));
                ok = false;
            }
        }
        for (String key : needs) {
            if (raw.get(key) == null) {
                problems.add(new Problem(raw.origin(), label + "." + key, "missing; a " + kind + " prior needs "
                        + String.join(" and ", needs)));
                ok = false;
            }
        }
        if (!ok) {
            return null;
        }
        double min = raw.get("min") == null ? Double.NEGATIVE_INFINITY : number(typed, "min");
        double max = raw.get("max") == null ? Double.POSITIVE_INFINITY : number(typed, "max");
        if (!(min < max)) {
            problems.add(new Problem(raw.get("max").origin(), label + ".max", "expected a value above min (" + min
                    + "), got " + max));
            return null;
        }
        try {
            return switch (kind) {
                case "uniform" -> new Prior.Uniform(min, max);
                case "log-uniform" -> new Prior.LogUniform(min, max);
                default -> new Prior.Normal(number(typed, "mean"), number(typed, "sd"), min, max);
            };
        } catch (IllegalArgumentException e) {
            Origin at = kind.equals("log-uniform") ? raw.get("min").origin() : raw.origin();
            problems.add(new Problem(at, label, e.getMessage()));
            return null;
        }
    }

    /**
     * Applies both ends of the prior's range to the base scenario: a value that fails is reported at its line, a
     * problem it causes elsewhere in the scenario at the parameter.
     */
    private void tryEnds(CalibratedParameter p, ConfigNode.MapNode raw, Scenario base, String label, String source,
                         List<Problem> problems) {
        double[] ends = ends(p.prior());
        String[] keys = {"min", "max"};
        for (int i = 0; i < 2; i++) {
            Origin at = raw.get(keys[i]) != null ? raw.get(keys[i]).origin() : raw.origin();
            Map<String, ConfigNode> settings = new LinkedHashMap<>();
            settings.put(p.path(), ConfigNode.Scalar.of(p.scale().value(ends[i]), at));
            try {
                scenarios.derive(base, settings);
            } catch (ScenarioError e) {
                for (Problem q : e.problems()) {
                    problems.add(q.origin().source().equals(source) ? new Problem(q.origin(), label + "."
                            + (raw.get(keys[i]) != null ? keys[i] : "prior"), q.message())
                            : new Problem(at, q.path(), "with " + p.path() + " = " + p.scale().value(ends[i]) + ": "
                            + q.message() + " (see " + q.origin() + ")"));
                }
                return;
            }
        }
    }

    /**
     * The range a prior is tried on before any run, and drawn over: its bounds, or for a normal prior without them
     * four standard deviations either side of its mean.
     */
    static double[] ends(Prior prior) {
        if (prior instanceof Prior.Normal n) {
            return new double[] {Math.max(n.min(), n.mean() - NORMAL_TRIAL_SDS * n.sd()),
                Math.min(n.max(), n.mean() + NORMAL_TRIAL_SDS * n.sd())};
        }
        return prior instanceof Prior.Uniform u ? new double[] {u.min(), u.max()}
                : new double[] {((Prior.LogUniform) prior).min(), ((Prior.LogUniform) prior).max()};
    }

    private static String text(ConfigNode.MapNode map, String key) {
        return ((ConfigNode.Scalar) map.get(key)).text();
    }

    private static int whole(ConfigNode.MapNode map, String key) {
        return map.get(key) instanceof ConfigNode.Scalar s && s.value() instanceof Long v ? (int) (long) v : 0;
    }

    private static double number(ConfigNode.MapNode map, String key) {
        return map.get(key) instanceof ConfigNode.Scalar s && s.value() instanceof Number v ? v.doubleValue()
                : Double.NaN;
    }
}
