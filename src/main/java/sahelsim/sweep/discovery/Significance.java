package sahelsim.sweep.discovery;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.special.Beta;

/**
 * How much each limit of a box matters: the quasi-p value of Bryant and Lempert (2010), as the EMA Workbench
 * computes it. With the limit removed (set back to the edge of the data, or every value of a categorical column kept
 * again) the wider box has a share p of cases of interest; the quasi-p value is the chance that a box of as many
 * cases as this one, drawn with that share, would hold at least as many cases of interest: a one-sided binomial
 * test. A small value says the limit is needed; a value near 1 says it adds nothing.
 */
public final class Significance {

    /** The quasi-p values of one restricted column: of its lower and upper limits (NaN where not restricted). */
    public record Limit(int column, double lower, double upper) {
    }

    private Significance() {
    }

    public static List<Limit> of(Prim prim, PrimBox box) {
        Limits limits = new Limits(box.lower(), box.upper(), box.kept());
        Limits initial = prim.initial();
        List<Limit> out = new ArrayList<>();
        for (int c = 0; c < box.lower().length; c++) {
            if (!limits.isRestricted(c, initial)) {
                continue;
            }
            if (box.kept()[c] != null) {
                Limits all = new Limits(box.lower(), box.upper(), replaced(box, c, initial));
                out.add(new Limit(c, quasiP(prim, all, box), Double.NaN));
                continue;
            }
            double lower = box.lower()[c] != initial.lower()[c]
                    ? quasiP(prim, limits.withLower(c, initial.lower()[c]), box) : Double.NaN;
            double upper = box.upper()[c] != initial.upper()[c]
                    ? quasiP(prim, limits.withUpper(c, initial.upper()[c]), box) : Double.NaN;
            out.add(new Limit(c, lower, upper));
        }
        return out;
    }

    private static java.util.BitSet[] replaced(PrimBox box, int c, Limits initial) {
        java.util.BitSet[] kept = box.kept().clone();
        kept[c] = initial.kept(c);
        return kept;
    }

    private static double quasiP(Prim prim, Limits wider, PrimBox box) {
        int[] cases = prim.inBox(wider);
        int interest = 0;
        for (int i : cases) {
            interest += prim.data().interest()[i] ? 1 : 0;
        }
        return atLeast(box.interest(), box.cases(), (double) interest / cases.length);
    }

    /**
     * P(X >= k) for X binomial with n trials and success p, as the regularised incomplete beta function
     * I_p(k, n - k + 1), which keeps its precision where 1 - P(X < k) would round to 0.
     */
    static double atLeast(int k, int n, double p) {
        if (k <= 0) {
            return 1;
        }
        if (k > n || p <= 0) {
            return 0;
        }
        if (p >= 1) {
            return 1;
        }
        return Beta.regularizedBeta(p, k, n - k + 1.0);
    }
}
