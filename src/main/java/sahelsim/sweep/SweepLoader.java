package sahelsim.sweep;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import sahelsim.load.ScenarioLoader;
import sahelsim.load.ShippedGeography;
import sahelsim.load.YamlTree;
import sahelsim.map.MaliGeography;
import sahelsim.map.Town;
import sahelsim.observe.Outcome;
import sahelsim.scenario.ConfigNode;
import sahelsim.scenario.Origin;
import sahelsim.scenario.Problem;
import sahelsim.scenario.Scenario;
import sahelsim.scenario.ScenarioError;
import sahelsim.scenario.SchemaCheck;
import sahelsim.sweep.design.FullFactorial;
import sahelsim.sweep.design.SaltelliDesign;

/**
 * Loads a sweep file and checks everything that can be checked before a run starts: the keys and their types
 * (as scenario files are checked), the base scenario, every parameter's key path and every value it can take
 * (each listed value, each end of a range and each variant is applied to the base scenario, which must stay
 * valid), the design's needs and the outcome names. Every problem found is reported at once, each with file,
 * line and column; a problem a value causes elsewhere in the scenario is reported at the value.
 */
public final class SweepLoader {

    /** Most design points a sweep may have. */
    public static final int MAX_POINTS = 1_000_000;
    /**
     * Fewest base samples whose Sobol indices are worth reading: with N = 2 a sweep printed S1 = -1.5 and
     * S_T = 3.2, for indices that lie in [0, 1]; Saltelli et al. (2010) work with N of hundreds to thousands.
     */
    static final int USEFUL_SOBOL_SAMPLES = 64;
    /** Fewest Morris trajectories worth reading (Campolongo, Cariboni and Saltelli 2007 use r = 10 to 20). */
    static final int USEFUL_MORRIS_TRAJECTORIES = 10;

    private final ScenarioLoader scenarios;
    private final List<String> townIds;

    public SweepLoader(MaliGeography geography) {
        this.scenarios = new ScenarioLoader(geography);
        this.townIds = geography.towns().stream().map(Town::id).toList();
    }

    public static SweepLoader shipped() {
        return new SweepLoader(ShippedGeography.geography());
    }

    /** The scenario of one run: the base with the run's values set. Safe to call from several threads. */
    public Scenario scenario(SweepSpec spec, SweepRun run) {
        return scenarios.derive(spec.base(), run.settings());
    }

    private static final String CRN = "commonRandomNumbers";

    public SweepSpec load(Path file) {
        return load(file, text(file));
    }

    /**
     * Loads a sweep file's text as if read from {@code file} (whose folder the base path is relative to): the text
     * a sweep's manifest recorded, or the text read once by {@link #text}.
     */
    public SweepSpec load(Path file, String text) {
        String source = file.toString();
        ConfigNode.MapNode doc = YamlTree.parseDocument(source, text, YamlTree.Kind.SWEEP);
        SchemaCheck check = new SchemaCheck();
        ConfigNode.MapNode normal = check.check(doc, SweepSchema.ROOT);
        List<Problem> problems = new ArrayList<>(check.problems());
        List<Problem> warnings = new ArrayList<>();
        Path baseFile = null;
        Scenario base = null;
        if (normal.get("base") instanceof ConfigNode.Scalar b && b.value() instanceof String name) {
            baseFile = file.getParent() == null ? Path.of(name) : file.getParent().resolve(name).normalize();
            base = base(baseFile, b, problems);
        }
        if (base == null || !normal.entries().containsKey("design")) {
            throw new ScenarioError(problems);
        }
        DesignKind design = DesignKind.of(text(normal, "design"));
        ParameterReader reader = new ParameterReader(base, design, problems);
        List<Factor> factors = List.of();
        int samples = whole(normal, "samples");
        int levels = whole((ConfigNode.MapNode) normal.get("morris"), "levels");
        if (normal.entries().containsKey("parameters")) {
            int before = problems.size();
            factors = reader.read((ConfigNode.MapNode) doc.get("parameters"));
            checkDesign(doc, design, samples, levels, factors, problems.size() == before, problems, warnings);
        }
        List<String> outcomes = normal.entries().containsKey("outcomes")
                ? outcomes((ConfigNode.ListNode) doc.get("outcomes"), base, problems) : List.of();
        tryValues(reader.trials(), base, source, problems, warnings);
        boolean common = commonRandomNumbers(doc, normal, design, problems);
        if (!problems.isEmpty()) {
            throw new ScenarioError(problems);
        }
        String description = normal.get("description") instanceof ConfigNode.Scalar d && !d.isNull() ? d.text() : "";
        long seed = (Long) ((ConfigNode.Scalar) normal.get("seed")).value();
        return new SweepSpec(file, text(normal, "name"), description, baseFile, base, design, samples,
                whole(normal, "replications"), seed, levels, common, factors, outcomes, warnings);
    }

    /**
     * On by default where the design has groups of runs whose differences the estimators take (Saltelli blocks,
     * Morris trajectories); a grid or Latin hypercube has none, so asking for it there is refused.
     */
    private static boolean commonRandomNumbers(ConfigNode.MapNode doc, ConfigNode.MapNode normal, DesignKind design,
                                               List<Problem> problems) {
        boolean grouped = design == DesignKind.SOBOL || design == DesignKind.MORRIS;
        if (!(normal.get(CRN) instanceof ConfigNode.Scalar s && s.value() instanceof Boolean asked)) {
            return grouped;
        }
        if (asked && !grouped) {
            problems.add(new Problem(doc.get(CRN).origin(), CRN, (design == DesignKind.LHS ? "an " : "a ")
                    + design.id() + " design has no Saltelli "
                    + "blocks or Morris trajectories whose runs could share seeds; expected false or no "
                    + CRN + " (sobol and morris only)"));
        }
        return asked && grouped;
    }

    private Scenario base(Path baseFile, ConfigNode at, List<Problem> problems) {
        if (Files.isDirectory(baseFile)) {
            problems.add(new Problem(at.origin(), "base", baseFile + " is a folder; expected a scenario file (the "
                    + "path is relative to the sweep file)"));
            return null;
        }
        if (!Files.isRegularFile(baseFile)) {
            problems.add(new Problem(at.origin(), "base", "no scenario file " + baseFile + " (the path is relative "
                    + "to the sweep file)"));
            return null;
        }
        try {
            return scenarios.load(baseFile);
        } catch (ScenarioError e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    /** What the design needs: samples where it uses them, something to vary, and a size a machine can run. */
    private static void checkDesign(ConfigNode.MapNode doc, DesignKind design, int samples, int levels,
                                    List<Factor> factors, boolean allRead, List<Problem> problems,
                                    List<Problem> warnings) {
        List<Factor> varied = factors.stream().filter(Factor::varies).toList();
        int k = varied.size();
        if (doc.get("morris") != null && design != DesignKind.MORRIS) {
            problems.add(new Problem(doc.keyOrigin("morris"), "morris", "applies to design: morris only"));
        }
        if (design == DesignKind.GRID) {
            if (doc.get("samples") != null) {
                warnings.add(new Problem(doc.get("samples").origin(), "samples", "not used by a grid, whose points "
                        + "are every combination of the values listed"));
            }
            if (FullFactorial.size(varied.stream().mapToInt(Factor::valueCount).toArray(), MAX_POINTS) < 0) {
                problems.add(new Problem(doc.keyOrigin("parameters"), "parameters", "the grid has more than "
                        + MAX_POINTS + " points; list fewer values, or sample the ranges with design: lhs"));
            }
            return;
        }
        if (doc.get("samples") == null) {
            problems.add(new Problem(doc.origin(), "samples", "missing; design " + design.id() + " needs samples: "
                    + switch (design) {
                        case LHS -> "the number of design points";
                        case SOBOL -> "the number of base samples N (the design has N(k + 2) points)";
                        default -> "the number of trajectories r (the design has r(k + 1) points)";
                    }));
        }
        if (k == 0) {
            if (allRead) {
                problems.add(new Problem(doc.keyOrigin("parameters"), "parameters", "design " + design.id()
                        + " needs at least one parameter that varies: a range {min, max} or a list of two or more "
                        + "values"));
            }
            return;
        }
        long points = switch (design) {
            case SOBOL -> (long) samples * (k + 2);
            case MORRIS -> (long) samples * (k + 1);
            default -> samples;
        };
        if (points > MAX_POINTS) {
            problems.add(new Problem(doc.get("samples").origin(), "samples", "the design would have " + points
                    + " points, more than " + MAX_POINTS));
        }
        if (design == DesignKind.SOBOL) {
            if (k > SaltelliDesign.MAX_DIMENSIONS) {
                problems.add(new Problem(doc.keyOrigin("parameters"), "parameters", "a Sobol design takes at most "
                        + SaltelliDesign.MAX_DIMENSIONS + " varied parameters, got " + k));
            }
            if (samples > 0 && Integer.bitCount(samples) != 1) {
                warnings.add(new Problem(doc.get("samples").origin(), "samples", "Sobol sequences are best balanced "
                        + "when N is a power of two, such as " + Integer.highestOneBit(samples) + " or "
                        + Integer.highestOneBit(samples) * 2));
            }
        }
        if (design == DesignKind.SOBOL && samples > 0 && samples < USEFUL_SOBOL_SAMPLES) {
            warnings.add(new Problem(doc.get("samples").origin(), "samples", "with N = " + samples + " base samples "
                    + "Sobol indices are not to be trusted (they can fall outside 0 to 1); N = " + USEFUL_SOBOL_SAMPLES
                    + " or more would do, and 2 or more replications to measure the noise floor"));
        }
        if (design == DesignKind.MORRIS && samples > 0 && samples < USEFUL_MORRIS_TRAJECTORIES) {
            warnings.add(new Problem(doc.get("samples").origin(), "samples", "with r = " + samples + " trajectories "
                    + "Morris mu* and sigma are not to be trusted; r = " + USEFUL_MORRIS_TRAJECTORIES + " or more "
                    + "would do (Campolongo et al. 2007 use 10 to 20)"));
        }
        if (design == DesignKind.MORRIS) {
            ConfigNode.MapNode morris = (ConfigNode.MapNode) doc.get("morris");
            if (levels % 2 != 0) {
                problems.add(new Problem(morris.get("levels").origin(), "morris.levels", "expected an even number "
                        + "of levels, so that every level is visited equally often (Morris 1991), got " + levels));
            }
            for (Factor f : varied) {
                if (f.valueCount() > levels) {
                    warnings.add(new Problem(f.origin(), "parameters." + f.name(), "Morris visits only " + levels
                            + " of its " + f.valueCount() + " values (morris.levels is " + levels + ")"));
                }
            }
        }
    }

    private List<String> outcomes(ConfigNode.ListNode list, Scenario base, List<Problem> problems) {
        List<String> outcomes = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (ConfigNode item : list.items()) {
            String name = ((ConfigNode.Scalar) item).text().strip();
            String problem = Outcome.problem(name, base, townIds);
            if (!problem.isEmpty()) {
                problems.add(new Problem(item.origin(), "outcomes", problem));
            } else if (!seen.add(name)) {
                problems.add(new Problem(item.origin(), "outcomes", "'" + name + "' is listed twice"));
            } else {
                outcomes.add(name);
            }
        }
        return outcomes;
    }

    /**
     * Applies every listed value, range end and variant to the base scenario, each alone: a value that fails is
     * reported at its line. When every value passes alone, values may still fail together (a timeline date after a
     * moved end of the calendar), and some runs will meet them: a warning for each such combination. The ends of a
     * range stand for the values between them. See {@link TrialCombinations} for which combinations are tried.
     */
    private void tryValues(List<List<ParameterReader.Trial>> trials, Scenario base, String source,
                           List<Problem> problems, List<Problem> warnings) {
        int before = problems.size();
        for (List<ParameterReader.Trial> own : trials) {
            for (ParameterReader.Trial trial : own) {
                ScenarioError alone = derives(base, trial.settings());
                if (alone != null) {
                    alone.problems().forEach(p -> problems.add(atValue(p, trial, source)));
                }
            }
        }
        if (problems.size() > before) {
            return;
        }
        TrialCombinations.failing(trials, combination -> {
            Map<String, ConfigNode> settings = new LinkedHashMap<>();
            combination.forEach(t -> settings.putAll(t.settings()));
            return derives(base, settings);
        }).forEach((combination, error) -> {
            String labels = combination.stream().map(ParameterReader.Trial::label).collect(Collectors.joining(" with "));
            Problem first = error.problems().get(0);
            warnings.add(new Problem(combination.get(0).origin(), first.path(), "runs that combine " + labels
                    + " will fail: " + first.message()));
        });
    }

    /** The error deriving a scenario with these settings gives, or null when it is valid. */
    private ScenarioError derives(Scenario base, Map<String, ConfigNode> settings) {
        try {
            scenarios.derive(base, settings);
            return null;
        } catch (ScenarioError e) {
            return e;
        }
    }

    /**
     * A problem found when a trial value was applied to the base scenario. One located in the sweep file is the
     * value's own; one located elsewhere (a date the new value now contradicts) is reported at the value.
     */
    private static Problem atValue(Problem p, ParameterReader.Trial trial, String source) {
        if (p.origin().source().equals(source)) {
            return p;
        }
        return new Problem(trial.origin(), p.path(), "with " + trial.label() + ": " + p.message() + " (see "
                + p.origin() + ")");
    }

    private static String text(ConfigNode.MapNode map, String key) {
        return ((ConfigNode.Scalar) map.get(key)).text();
    }

    /** A whole-number value, or 0 when the key was left out and has no default. */
    private static int whole(ConfigNode.MapNode map, String key) {
        return map.get(key) instanceof ConfigNode.Scalar s && s.value() instanceof Long v ? (int) (long) v : 0;
    }

    /** A sweep file's text; a missing, unreadable or non-UTF-8 file is a {@link ScenarioError}. */
    public static String text(Path file) {
        Origin where = Origin.of(file.toString());
        try {
            if (Files.isDirectory(file)) {
                throw new ScenarioError(new Problem(where, "", file + " is a folder; expected a sweep file"));
            }
            byte[] bytes = Files.readAllBytes(file);
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw new ScenarioError(new Problem(where, "", "no such file: " + file));
        } catch (CharacterCodingException e) {
            throw new ScenarioError(new Problem(where, "", file + " is not UTF-8 text"));
        } catch (IOException e) {
            throw new ScenarioError(new Problem(where, "", "cannot read " + file + ": " + e.getMessage()));
        }
    }
}
