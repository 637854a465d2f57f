package sahelsim.sweep;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import sahelsim.load.ScenarioLoader;
import sahelsim.load.YamlTree;
import sahelsim.model.Seeds;
import sahelsim.scenario.ConfigNode;
import sahelsim.scenario.Key;
import sahelsim.scenario.Origin;
import sahelsim.scenario.Overrides;
import sahelsim.scenario.Problem;
import sahelsim.scenario.Scenario;
import sahelsim.scenario.ScenarioError;
import sahelsim.scenario.ScenarioSchema;
import sahelsim.scenario.ValueType;

/**
 * A design written by another tool (SALib, the EMA Workbench, nlrx, OpenMOLE): a CSV file whose columns are key
 * paths of the scenario, plus an optional {@code seed} and {@code replicate}, and whose rows are runs. It is checked
 * as a sweep file is, before any run: every column must name a value of the scenario, every cell must fit its key,
 * and every row must give a valid scenario; each problem names file:line:col and the key path.
 *
 * <p>Tools that sample the unit cube write numbers everywhere, so a number is taken where the key holds a whole
 * number (rounded to the nearest, as a sweep's range is) or a date (days since 1970-01-01, rounded), as a sweep's
 * ranges take them.
 */
public final class EvalDesign {

    public static final String SEED = "seed";
    public static final String REPLICATE = "replicate";
    /** Most problems reported at once: a design of 10,000 bad rows would otherwise print 10,000 lines. */
    static final int MAX_PROBLEMS = 20;
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final ValueType<Long> SEED_TYPE = ValueType.whole(Long.MIN_VALUE, Long.MAX_VALUE);
    private static final ValueType<Long> REPLICATE_TYPE = ValueType.whole(0, Integer.MAX_VALUE);

    /**
     * One row of the design.
     *
     * @param index     its place among the data rows, from 0
     * @param replicate as given, or 0
     * @param seed      as given, or derived (see {@link #seedOf})
     * @param texts     each key path's value as the run uses it, in column order
     * @param settings  the scenario values it sets, by key path
     */
    public record Row(int index, int replicate, long seed, List<String> texts, Map<String, ConfigNode> settings) {
    }

    private final List<String> keyPaths;
    private final List<Row> rows;

    private EvalDesign(List<String> keyPaths, List<Row> rows) {
        this.keyPaths = List.copyOf(keyPaths);
        this.rows = List.copyOf(rows);
    }

    /** The key path columns, in file order (seed and replicate left out). */
    public List<String> keyPaths() {
        return keyPaths;
    }

    public List<Row> rows() {
        return rows;
    }

    /**
     * Reads and checks a design's text as read from {@code source}. A row without a seed cell takes
     * {@link #seedOf}{@code (baseSeed, row, replicate)}.
     */
    public static EvalDesign read(String source, String text, Scenario base, ScenarioLoader loader, long baseSeed) {
        List<Problem> problems = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        if (lines.length == 0 || lines[0].isBlank()) {
            throw new ScenarioError(new Problem(new Origin(source, 1, 1), "", "expected a header line of key paths "
                    + "(and optionally seed and replicate), such as wagner.strength,civilians.legitimacy,seed"));
        }
        List<CsvCells.Cell> header = CsvCells.split(lines[0]);
        int seedAt = -1;
        int replicateAt = -1;
        List<Integer> pathAt = new ArrayList<>();
        List<Key.Value> keys = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c).text().strip();
            Origin at = new Origin(source, 1, header.get(c).column());
            if (!seen.add(name)) {
                problems.add(new Problem(at, name, "the column " + name + " is given twice"));
            } else if (name.equals(SEED)) {
                seedAt = c;
            } else if (name.equals(REPLICATE)) {
                replicateAt = c;
            } else {
                try {
                    keys.add(KeyPaths.resolve(ScenarioSchema.ROOT, base.tree(), name));
                    pathAt.add(c);
                    paths.add(name);
                } catch (KeyPaths.Unknown e) {
                    problems.add(new Problem(at, name, e.getMessage()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioError(problems);
        }
        List<Row> rows = new ArrayList<>();
        for (int l = 1; l < lines.length; l++) {
            if (lines[l].isBlank()) {
                continue;
            }
            int lineNumber = l + 1;
            List<CsvCells.Cell> cells = CsvCells.split(lines[l]);
            if (cells.size() != header.size()) {
                problems.add(new Problem(new Origin(source, lineNumber, 1), "", "expected " + header.size()
                        + " cells, as the header has, got " + cells.size()));
                if (problems.size() >= MAX_PROBLEMS) {
                    break;
                }
                continue;
            }
            int before = problems.size();
            Map<String, ConfigNode> settings = new LinkedHashMap<>();
            List<String> texts = new ArrayList<>();
            for (int k = 0; k < paths.size(); k++) {
                CsvCells.Cell cell = cells.get(pathAt.get(k));
                Origin at = new Origin(source, lineNumber, cell.column());
                ConfigNode value = value(paths.get(k), keys.get(k), cell.text(), at, base, problems);
                if (value != null) {
                    settings.put(paths.get(k), value);
                    texts.add(Choice.text(value));
                }
            }
            int replicate = replicateAt < 0 ? 0 : (int) whole(cells.get(replicateAt), REPLICATE_TYPE, REPLICATE,
                    source, lineNumber, problems);
            long seed = seedAt < 0 ? seedOf(baseSeed, rows.size(), replicateAt < 0 ? -1 : replicate)
                    : whole(cells.get(seedAt), SEED_TYPE, SEED, source, lineNumber, problems);
            if (problems.size() == before) {
                checkScenario(loader, base, settings, source, lineNumber, texts, paths, problems);
            }
            if (problems.size() >= MAX_PROBLEMS) {
                problems.add(new Problem(new Origin(source, lineNumber, 1), "", "stopped after " + MAX_PROBLEMS
                        + " problems; the rows below were not checked"));
                break;
            }
            rows.add(new Row(rows.size(), replicate, seed, texts, settings));
        }
        if (!problems.isEmpty()) {
            throw new ScenarioError(problems);
        }
        if (rows.isEmpty()) {
            throw new ScenarioError(new Problem(new Origin(source, 2, 1), "", "expected at least one row of values "
                    + "under the header, got none"));
        }
        return new EvalDesign(paths, rows);
    }

    /**
     * The seed of a row that gives none: with a replicate column, the replicate's seed from the base seed, the same
     * at every row (common random numbers, so that two rows with the same replicate differ only by their values);
     * without one, a seed of the row's own. {@code replicate} is -1 when there is no replicate column.
     */
    static long seedOf(long baseSeed, int row, int replicate) {
        return replicate >= 0 ? Seeds.derive(baseSeed, replicate) : Seeds.derive(baseSeed, row);
    }

    /** A cell as the value of its key, or null (with a problem) when it does not fit. */
    private static ConfigNode value(String path, Key.Value key, String text, Origin at, Scenario base,
                                    List<Problem> problems) {
        ConfigNode parsed;
        try {
            parsed = YamlTree.parseValue(at.toString(), text.strip());
        } catch (ScenarioError e) {
            problems.add(new Problem(at, path, "expected a value such as 0.35, 1200, 2023-06-30 or [gao, kidal], got '"
                    + text + "'"));
            return null;
        }
        ConfigNode node = parsed instanceof ConfigNode.Scalar s ? new ConfigNode.Scalar(at, numberFor(path, s.value(),
                base), s.quoted()) : parsed;
        try {
            key.type().parse(node);
            return node;
        } catch (ValueType.Mismatch m) {
            problems.add(new Problem(at, path, m.getMessage()));
            return null;
        }
    }

    /**
     * A number where the key holds a whole number becomes the nearest whole number, and where it holds a date, the
     * date that many days after 1970-01-01; anything else is kept as written.
     */
    private static Object numberFor(String path, Object value, Scenario base) {
        if (!(value instanceof Double || value instanceof Long)) {
            return value;
        }
        Object current = Overrides.get(base.tree(), path) instanceof ConfigNode.Scalar s ? s.value() : null;
        double x = ((Number) value).doubleValue();
        if (current instanceof Long && value instanceof Double && Double.isFinite(x)) {
            return Math.round(x);
        }
        if (current instanceof String c && ISO_DATE.matcher(c).matches() && Double.isFinite(x)) {
            return LocalDate.ofEpochDay(Math.round(x)).toString();
        }
        return value;
    }

    private static long whole(CsvCells.Cell cell, ValueType<Long> type, String column, String source, int line,
                              List<Problem> problems) {
        Origin at = new Origin(source, line, cell.column());
        try {
            ConfigNode node = YamlTree.parseValue(at.toString(), cell.text().strip());
            // Tools that write every cell as a float write seed 12 as 12.0.
            if (node instanceof ConfigNode.Scalar s && s.value() instanceof Double d && d == Math.rint(d)
                    && Math.abs(d) < 9e15) {
                node = ConfigNode.Scalar.of((long) (double) d, at);
            }
            return type.parse(node);
        } catch (ScenarioError | ValueType.Mismatch e) {
            problems.add(new Problem(at, column, e instanceof ValueType.Mismatch ? e.getMessage()
                    : "expected " + type.expected() + ", got '" + cell.text() + "'"));
            return 0;
        }
    }

    /** Derives the row's scenario; a problem it causes elsewhere (a date contradicted) is reported at the row. */
    private static void checkScenario(ScenarioLoader loader, Scenario base, Map<String, ConfigNode> settings,
                                      String source, int line, List<String> texts, List<String> paths,
                                      List<Problem> problems) {
        try {
            loader.derive(base, settings);
        } catch (ScenarioError e) {
            StringBuilder with = new StringBuilder();
            for (int k = 0; k < paths.size(); k++) {
                with.append(k == 0 ? "" : ", ").append(paths.get(k)).append(" = ").append(texts.get(k));
            }
            for (Problem p : e.problems()) {
                problems.add(p.origin().source().equals(source) ? p : new Problem(new Origin(source, line, 1),
                        p.path(), "with " + with + ": " + p.message() + " (see " + p.origin() + ")"));
            }
        }
    }
}
