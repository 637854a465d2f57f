package sahelsim.sweep.discovery;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import sahelsim.sweep.Choice;
import sahelsim.sweep.Factor;
import sahelsim.sweep.SweepError;
import sahelsim.sweep.SweepPlan;
import sahelsim.sweep.SweepResults;

/**
 * The runs of a complete sweep as PRIM's cases: one case per run whose outcome is defined, one column per varied
 * parameter. Numbers stay numbers (whole or not), dates become days since 1970-01-01, and listed values that are
 * not all numbers or all dates, and variants, become categorical columns in the order the sweep file lists them.
 */
public final class SweepCases {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** Which side of the threshold is of interest. */
    public enum Side {
        ABOVE, BELOW
    }

    /** The cases and how many runs were left out (failed, or the outcome undefined). */
    public record Cases(PrimData data, int leftOut) {
    }

    private SweepCases() {
    }

    public static Cases of(SweepResults results, String outcome, Side side, double threshold) {
        int o = results.spec().outcomes().indexOf(outcome);
        if (o < 0) {
            throw new SweepError("the sweep has no outcome " + outcome + "; its outcomes are "
                    + String.join(", ", results.spec().outcomes()));
        }
        List<Factor> varied = results.spec().varied();
        if (varied.isEmpty()) {
            throw new SweepError("the sweep varies no parameter, so there is no region to find");
        }
        double[] values = results.outcome(o);
        SweepPlan plan = results.plan();
        int replications = results.spec().replications();
        List<Integer> runs = new ArrayList<>();
        for (int id = 0; id < values.length; id++) {
            if (!Double.isNaN(values[id])) {
                runs.add(id);
            }
        }
        if (runs.isEmpty()) {
            throw new SweepError("no run of the sweep has a value of " + outcome);
        }
        String[][] texts = new String[varied.size()][runs.size()];
        boolean[] interest = new boolean[runs.size()];
        for (int k = 0; k < runs.size(); k++) {
            int id = runs.get(k);
            List<Choice> choices = plan.point(id / replications).choices();
            int d = 0;
            for (int f = 0; f < results.spec().parameters().size(); f++) {
                if (results.spec().parameters().get(f).varies()) {
                    texts[d++][k] = choices.get(f).text();
                }
            }
            interest[k] = side == Side.ABOVE ? values[id] > threshold : values[id] < threshold;
        }
        List<PrimData.Column> columns = new ArrayList<>();
        for (int f = 0; f < varied.size(); f++) {
            columns.add(column(varied.get(f), texts[f]));
        }
        return new Cases(new PrimData(columns, interest), values.length - runs.size());
    }

    private static PrimData.Column column(Factor factor, String[] texts) {
        boolean dates = allMatch(texts, t -> ISO_DATE.matcher(t).matches());
        if (dates) {
            double[] days = new double[texts.length];
            for (int i = 0; i < texts.length; i++) {
                days[i] = LocalDate.parse(texts[i]).toEpochDay();
            }
            return new PrimData.Numeric(factor.name(), days, true);
        }
        if (!(factor instanceof Factor.Variants) && allMatch(texts, SweepCases::isNumber)) {
            double[] x = new double[texts.length];
            for (int i = 0; i < texts.length; i++) {
                x[i] = Double.parseDouble(texts[i]);
            }
            return new PrimData.Numeric(factor.name(), x, false);
        }
        Map<String, Integer> codes = new LinkedHashMap<>();
        for (int v = 0; v < factor.valueCount(); v++) {
            codes.putIfAbsent(factor.at((v + 0.5) / factor.valueCount()).text(), codes.size());
        }
        int[] code = new int[texts.length];
        for (int i = 0; i < texts.length; i++) {
            code[i] = codes.computeIfAbsent(texts[i], t -> codes.size());
        }
        return new PrimData.Categorical(factor.name(), List.copyOf(codes.keySet()), code);
    }

    private static boolean isNumber(String text) {
        try {
            return Double.isFinite(Double.parseDouble(text));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean allMatch(String[] texts, java.util.function.Predicate<String> test) {
        for (String t : texts) {
            if (!test.test(t)) {
                return false;
            }
        }
        return texts.length > 0;
    }
}
