package sahelsim.report;

import java.util.Locale;
import sahelsim.contrast.Contrast;

/**
 * One plain sentence per outcome and compared scenario: how much more or less of the outcome the scenario has
 * than the reference, with the 95% interval of that difference, and a word when the replicates cannot tell the
 * two apart. "In no-wagner, 1,650 fewer civilians killed than in historical-2022 (8,546 against 10,196; 95%
 * interval 900 to 2,400 fewer)."
 */
final class Sentences {

    private Sentences() {
    }

    /** The sentence for one row of a contrast; null for the reference and rows without a difference. */
    static String of(ReportOutcome outcome, Contrast.Row row, Contrast.Row reference) {
        if (row.reference() || row.difference() == null || Double.isNaN(row.difference().value())) {
            return null;
        }
        double d = row.difference().value();
        double low = row.difference().low();
        double high = row.difference().high();
        String scenario = row.scenario().name();
        String ref = reference.scenario().name();
        String levels = level(outcome, row.stats().mean()) + " against " + level(outcome, reference.stats().mean());
        boolean same = magnitude(outcome, d).equals(magnitude(outcome, 0));
        String tail = " (" + levels + interval(outcome, low, high) + ").";
        if (outcome.share()) {
            return "In " + scenario + ", the " + outcome.noun() + " is " + (same ? "about the same as"
                    : magnitude(outcome, d) + " points " + (d > 0 ? "higher" : "lower") + " than") + " in " + ref
                    + tail;
        }
        if (same) {
            return "In " + scenario + ", about as many " + outcome.noun() + " as in " + ref + tail;
        }
        return "In " + scenario + ", " + magnitude(outcome, d) + " " + (d > 0 ? "more " : "fewer ") + outcome.noun()
                + " than in " + ref + tail;
    }

    private static String interval(ReportOutcome outcome, double low, double high) {
        if (Double.isNaN(low) || Double.isNaN(high)) {
            return "; no interval: too few replicates";
        }
        String up = outcome.share() ? " points higher" : " more";
        String down = outcome.share() ? " points lower" : " fewer";
        if (low > 0 || high < 0) {
            String word = high < 0 ? down : up;
            double a = Math.min(Math.abs(low), Math.abs(high));
            double b = Math.max(Math.abs(low), Math.abs(high));
            return "; 95% interval " + magnitude(outcome, a) + " to " + magnitude(outcome, b) + word;
        }
        return "; 95% interval " + magnitude(outcome, Math.abs(low)) + down + " to " + magnitude(outcome, high)
                + up + ": the replicates cannot tell the two apart";
    }

    /** A difference's size: points of a share, a rounded count. */
    static String magnitude(ReportOutcome outcome, double v) {
        double a = Math.abs(v);
        return outcome.share() ? String.format(Locale.ROOT, "%.1f", 100 * a) : count(a);
    }

    /** A level: a share in percent, a count. */
    static String level(ReportOutcome outcome, double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        return outcome.share() ? String.format(Locale.ROOT, "%.1f%%", 100 * v) : count(v);
    }

    /**
     * A count as a sentence says it: three significant digits from a thousand up (the replicates do not know
     * the fourth), whole below that, one decimal below ten (towns, a few days).
     */
    static String count(double v) {
        double a = Math.abs(v);
        if (a >= 1000) {
            double unit = Math.pow(10, Math.floor(Math.log10(a)) - 2);
            return String.format(Locale.ROOT, "%,.0f", Math.round(v / unit) * unit);
        }
        return a < 10 && v != Math.rint(v) ? String.format(Locale.ROOT, "%.1f", v)
                : String.format(Locale.ROOT, "%,.0f", v);
    }
}
