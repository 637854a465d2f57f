package sahelsim.sweep.discovery;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import java.util.stream.Collectors;
import sahelsim.io.CsvTable;
import sahelsim.io.NumberText;

/** The CSV tables of a discovery: the trajectory, and the limits of every box with their significance. */
public final class DiscoveryTables {

    public static final String TRAJECTORY = "trajectory.csv";
    public static final String LIMITS = "limits.csv";

    private DiscoveryTables() {
    }

    /** One row per box: its place, how it was made, what it holds, and whether it is the box chosen. */
    public static void writeTrajectory(List<PrimBox> trajectory, int chosen, Writer out) throws IOException {
        CsvTable t = new CsvTable(out, List.of("box", "phase", "coverage", "density", "mass", "runs",
                "runs_of_interest", "restricted", "chosen"));
        for (PrimBox b : trajectory) {
            t.row(Integer.toString(b.index()), b.phase().name().toLowerCase(java.util.Locale.ROOT),
                    NumberText.format(b.coverage()), NumberText.format(b.density()), NumberText.format(b.mass()),
                    Integer.toString(b.cases()), Integer.toString(b.interest()), Integer.toString(b.restricted()),
                    b.index() == chosen ? "yes" : "");
        }
        t.finish();
    }

    /**
     * One row per restricted parameter of every box: the limits (numbers, dates as dates, or the values kept), the
     * range of the data, and the quasi-p value of each limit (empty where the limit is the data's edge).
     */
    public static void writeLimits(Prim prim, List<PrimBox> trajectory, Writer out) throws IOException {
        CsvTable t = new CsvTable(out, List.of("box", "parameter", "lower", "upper", "values", "minimum", "maximum",
                "qp_lower", "qp_upper"));
        Limits initial = prim.initial();
        for (PrimBox b : trajectory) {
            for (Significance.Limit limit : Significance.of(prim, b)) {
                int c = limit.column();
                PrimData.Column column = prim.data().columns().get(c);
                if (column instanceof PrimData.Numeric n) {
                    t.row(Integer.toString(b.index()), n.name(), lower(n, b.lower()[c]), upper(n, b.upper()[c]), "",
                            lower(n, initial.lower()[c]), upper(n, initial.upper()[c]), p(limit.lower()),
                            p(limit.upper()));
                } else {
                    PrimData.Categorical k = (PrimData.Categorical) column;
                    t.row(Integer.toString(b.index()), k.name(), "", "", labels(k, b.kept()[c]), "", "",
                            p(limit.lower()), "");
                }
            }
        }
        t.finish();
    }

    /**
     * A lower limit as the parameter reads. PRIM puts limits half way between two values; a date's lower limit is
     * the first whole day it lets in.
     */
    public static String lower(PrimData.Numeric column, double x) {
        return column.date() ? LocalDate.ofEpochDay((long) Math.ceil(x)).toString() : NumberText.format(x);
    }

    /** An upper limit as the parameter reads: for a date, the last whole day it lets in. */
    public static String upper(PrimData.Numeric column, double x) {
        return column.date() ? LocalDate.ofEpochDay((long) Math.floor(x)).toString() : NumberText.format(x);
    }

    public static String labels(PrimData.Categorical column, BitSet kept) {
        return kept.stream().mapToObj(column.labels()::get).collect(Collectors.joining(" | "));
    }

    private static String p(double p) {
        return Double.isNaN(p) ? "" : String.format(java.util.Locale.ROOT, "%.3g", p);
    }
}
