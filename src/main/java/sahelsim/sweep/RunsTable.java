package sahelsim.sweep;

import java.util.ArrayList;
import java.util.List;
import sahelsim.io.CsvTable;
import sahelsim.io.NumberText;

/**
 * The columns and rows of runs.csv: one row per run with its id, design point, replicate and seed, the value of
 * every varied parameter as {@link Choice} writes it, every outcome, and the run's status ({@code ok} or
 * {@code failed}) with the error of a failed run. Each row is one line: an error's line ends become spaces.
 */
public final class RunsTable {

    public static final String RUN_ID = "run_id";
    public static final String POINT = "point";
    public static final String REPLICATE = "replicate";
    public static final String SEED = "seed";
    public static final String STATUS = "status";
    public static final String ERROR = "error";
    public static final String OK = "ok";
    public static final String FAILED = "failed";

    private final List<String> parameters;
    private final List<String> outcomes;
    private final List<String> columns;

    public RunsTable(List<String> parameters, List<String> outcomes) {
        this.parameters = List.copyOf(parameters);
        this.outcomes = List.copyOf(outcomes);
        List<String> all = new ArrayList<>(List.of(RUN_ID, POINT, REPLICATE, SEED));
        all.addAll(parameters);
        all.addAll(outcomes);
        all.addAll(List.of(STATUS, ERROR));
        this.columns = List.copyOf(all);
    }

    public static RunsTable of(SweepSpec spec) {
        return new RunsTable(spec.varied().stream().map(Factor::name).toList(), spec.outcomes());
    }

    public List<String> columns() {
        return columns;
    }

    public List<String> parameters() {
        return parameters;
    }

    public List<String> outcomes() {
        return outcomes;
    }

    /** Index of the first outcome column. */
    int firstOutcome() {
        return 4 + parameters.size();
    }

    int statusColumn() {
        return columns.size() - 2;
    }

    /** The row of a run that finished, its outcomes in the order of the sweep file. */
    String ok(SweepRun run, double[] outcomeValues) {
        List<String> cells = start(run);
        for (double v : outcomeValues) {
            cells.add(NumberText.format(v));
        }
        cells.add(OK);
        cells.add("");
        return CsvTable.line(cells);
    }

    /** The row of a run that threw: no outcomes, and what went wrong. */
    String failed(SweepRun run, String error) {
        List<String> cells = start(run);
        outcomes.forEach(o -> cells.add(""));
        cells.add(FAILED);
        cells.add(error.replaceAll("[\\r\\n]+", " ").strip());
        return CsvTable.line(cells);
    }

    private List<String> start(SweepRun run) {
        List<String> cells = new ArrayList<>(List.of(Long.toString(run.id()), Integer.toString(run.point()),
                Integer.toString(run.replicate()), Long.toString(run.seed())));
        for (Choice c : run.choices()) {
            if (parameters.contains(c.parameter())) {
                cells.add(c.text());
            }
        }
        return cells;
    }

    /** The cells of a row of runs.csv, checked for their number. */
    public String[] cells(String line) {
        String[] cells = CsvTable.cells(line);
        if (cells.length != columns.size()) {
            throw new SweepError("a row of runs.csv has " + cells.length + " cells, expected " + columns.size()
                    + ": " + line.strip());
        }
        return cells;
    }

    /** Whether a row (as its line) is of a run that finished. */
    boolean isOk(String line) {
        return OK.equals(cells(line)[statusColumn()]);
    }
}
