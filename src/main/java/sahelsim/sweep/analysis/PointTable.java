package sahelsim.sweep.analysis;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import sahelsim.io.CsvTable;
import sahelsim.io.NumberText;
import sahelsim.stats.ReplicateStats;
import sahelsim.sweep.Choice;
import sahelsim.sweep.DesignPoint;
import sahelsim.sweep.Factor;
import sahelsim.sweep.SweepResults;

/**
 * analysis/points.csv: for every design point and outcome, the mean, standard deviation and bootstrap 95%
 * confidence interval over the point's replications ({@link ReplicateStats}), and a note where the interval is
 * still wide: its half-width above {@link #WIDE} of the mean, with the number of replications that would halve it.
 */
final class PointTable {

    static final String FILE = "points.csv";

    /** A half-width above this share of |mean| is called wide. */
    static final double WIDE = 0.1;

    private PointTable() {
    }

    /** How many intervals the table holds (a cell of fewer than two runs has none), and how many are wide. */
    record Intervals(int computed, int wide) {
    }

    /** Writes the table; returns how many intervals it holds and how many of them are wide. */
    static Intervals write(SweepResults results, Writer out) throws IOException {
        List<String> parameters = results.spec().varied().stream().map(Factor::name).toList();
        List<String> columns = new ArrayList<>(List.of("point"));
        columns.addAll(parameters);
        columns.addAll(List.of("outcome", "runs", "mean", "sd", "ci95_low", "ci95_high", "relative_half_width",
                "replications_to_halve", "note"));
        CsvTable table = new CsvTable(out, columns);
        int replications = results.spec().replications();
        int wide = 0;
        int computed = 0;
        for (int p = 0; p < results.plan().pointCount(); p++) {
            DesignPoint point = results.plan().point(p);
            List<String> values = new ArrayList<>();
            for (Choice c : point.choices()) {
                if (parameters.contains(c.parameter())) {
                    values.add(c.text());
                }
            }
            for (int o = 0; o < results.spec().outcomes().size(); o++) {
                double[] runs = new double[replications];
                System.arraycopy(results.outcome(o), p * replications, runs, 0, replications);
                ReplicateStats s = ReplicateStats.of(runs);
                String note = note(s);
                if (note.startsWith("wide")) {
                    wide++;
                }
                if (s.n() >= 2) {
                    computed++;
                }
                List<String> row = new ArrayList<>();
                row.add(Integer.toString(p));
                row.addAll(values);
                row.add(results.spec().outcomes().get(o));
                row.add(Integer.toString(s.n()));
                row.add(NumberText.format(s.mean()));
                row.add(NumberText.format(s.sd()));
                row.add(NumberText.format(s.ci95Low()));
                row.add(NumberText.format(s.ci95High()));
                row.add(NumberText.format(s.relativeHalfWidth()));
                OptionalInt halve = s.replicationsToHalve();
                row.add(halve.isPresent() ? Integer.toString(halve.getAsInt()) : "");
                row.add(note);
                table.row(row.toArray(String[]::new));
            }
        }
        table.finish();
        return new Intervals(computed, wide);
    }

    private static String note(ReplicateStats s) {
        if (s.n() == 0) {
            return "no run has a value";
        }
        if (s.n() == 1) {
            return "one run: no interval";
        }
        double relative = s.relativeHalfWidth();
        if (Double.isNaN(relative) || relative <= WIDE) {
            return "";
        }
        int m = s.replicationsToHalve().orElseThrow();
        return String.format(Locale.ROOT, "wide: ±%.0f%% of the mean; %d replications (%d more) would halve it",
                100 * relative, m, m - s.n());
    }
}
