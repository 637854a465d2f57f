package sahelsim.calibrate;

import java.util.ArrayList;
import java.util.List;
import sahelsim.io.CsvTable;

/**
 * The layout of a stage's log, the file its runs are appended to as they finish (see {@link sahelsim.sweep.RunLog}):
 * for a generation, {@code proposals.csv} with one row per proposal (its number, seed, status, importance weight,
 * parameter values, distance and statistics); for the posterior predictive runs, {@code runs.csv} with the particle
 * each run drew in place of the weight. Numbers are written exactly (Java's shortest round-trip form), since the next
 * generation's proposals are drawn from the values read back: a resumed calibration must draw what an uninterrupted
 * one would. An empty cell is an undefined statistic.
 */
final class StageLog {

    static final String OK = "ok";
    static final String FAILED = "failed";

    /** One run of a stage as its log holds it. */
    record Row(long id, long seed, boolean ok, int generation, int proposal, double weight, double[] values,
               double distance, double[] statistics, String error) {
    }

    private final boolean predictive;
    private final int generation;
    private final int parameters;
    private final int statistics;
    private final List<String> columns;

    private StageLog(boolean predictive, int generation, List<String> parameters, List<String> statistics) {
        this.predictive = predictive;
        this.generation = generation;
        this.parameters = parameters.size();
        this.statistics = statistics.size();
        List<String> all = new ArrayList<>(predictive ? List.of("run", "seed", "status", "generation", "proposal")
                : List.of("proposal", "seed", "status", "weight"));
        all.addAll(parameters);
        all.add("distance");
        all.addAll(statistics);
        all.add("error");
        this.columns = List.copyOf(all);
    }

    static StageLog generation(int generation, Calibration c) {
        return new StageLog(false, generation, c.parameters(), c.statistics());
    }

    static StageLog predictive(Calibration c) {
        return new StageLog(true, -1, c.parameters(), c.statistics());
    }

    List<String> columns() {
        return columns;
    }

    /** The line of a run that finished. */
    String ok(long id, long seed, int fromGeneration, int fromProposal, double weight, double[] values,
              double distance, double[] stats) {
        List<String> cells = head(id, seed, OK, fromGeneration, fromProposal, weight);
        for (double v : values) {
            cells.add(exact(v));
        }
        cells.add(exact(distance));
        for (double s : stats) {
            cells.add(exact(s));
        }
        cells.add("");
        return CsvTable.line(cells);
    }

    /** The line of a run that failed, its error on one line. */
    String failed(long id, long seed, int fromGeneration, int fromProposal, double weight, double[] values,
                  String error) {
        List<String> cells = head(id, seed, FAILED, fromGeneration, fromProposal, weight);
        for (double v : values) {
            cells.add(exact(v));
        }
        for (int i = 0; i <= statistics; i++) {
            cells.add("");
        }
        cells.add(error.replace('\n', ' ').replace('\r', ' '));
        return CsvTable.line(cells);
    }

    private List<String> head(long id, long seed, String status, int fromGeneration, int fromProposal,
                              double weight) {
        List<String> cells = new ArrayList<>(columns.size());
        cells.add(Long.toString(id));
        cells.add(Long.toString(seed));
        cells.add(status);
        if (predictive) {
            cells.add(Integer.toString(fromGeneration));
            cells.add(Integer.toString(fromProposal));
        } else {
            cells.add(exact(weight));
        }
        return cells;
    }

    /** Whether a line (with or without its line end) is a run that finished, in this layout. */
    boolean isOk(String line) {
        String[] cells = CsvTable.cells(line.strip());
        return cells.length == columns.size() && OK.equals(cells[2]);
    }

    /** Reads one line back; throws IllegalArgumentException when it is not a line of this layout. */
    Row parse(String line) {
        String[] cells = CsvTable.cells(line.strip());
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("expected " + columns.size() + " cells, found " + cells.length);
        }
        int at = 0;
        long id = Long.parseLong(cells[at++]);
        long seed = Long.parseLong(cells[at++]);
        boolean ok = OK.equals(cells[at++]);
        int fromGeneration = generation;
        int fromProposal = (int) id;
        double weight = Double.NaN;
        if (predictive) {
            fromGeneration = Integer.parseInt(cells[at++]);
            fromProposal = Integer.parseInt(cells[at++]);
        } else {
            weight = Double.parseDouble(cells[at++]);
        }
        double[] values = new double[parameters];
        for (int i = 0; i < parameters; i++) {
            values[i] = Double.parseDouble(cells[at++]);
        }
        double distance = number(cells[at++]);
        double[] stats = new double[statistics];
        for (int i = 0; i < statistics; i++) {
            stats[i] = number(cells[at++]);
        }
        return new Row(id, seed, ok, fromGeneration, fromProposal, weight, values, distance, stats, cells[at]);
    }

    private static String exact(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }

    private static double number(String cell) {
        return cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
    }
}
