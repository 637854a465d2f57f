package sahelsim.sweep.discovery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The Patient Rule Induction Method (Friedman and Fisher 1999) for scenario discovery (Bryant and Lempert 2010): a
 * box over the parameters, shrunk by peeling and then grown by pasting, in which cases of interest are dense. It
 * follows the EMA Workbench's PRIM (Kwakkel 2017, ema_workbench/analysis/prim.py) so that both find the same box on
 * the same data:
 * <ul>
 *   <li>a peel cuts the share {@code peelAlpha} of the box's cases off one end of one numeric column (at the
 *       quantile of sdtoolkit, which puts a limit half way between two distinct values), or drops one value of a
 *       categorical column;</li>
 *   <li>the peel chosen is the one with the greatest gain in density per case removed (the Workbench's default
 *       objective, "lenient1"), ties going to the candidate that leaves more columns unrestricted, then to the
 *       first in column order (upper end before lower);</li>
 *   <li>peeling stops when the best peel gains nothing or would leave less than {@code massMin} of all cases;</li>
 *   <li>pasting then moves a restricted limit outward, over the share {@code pasteAlpha} of the cases just beyond
 *       it, or adds back one value of a categorical column, while that raises the density and keeps gaining.</li>
 * </ul>
 * Every box peeled or pasted is kept: the trajectory. Where the Workbench pastes only numeric columns when any
 * is restricted (its loop returns early), this pastes categorical columns too; on numeric data the two agree.
 */
public final class Prim {

    /** The Workbench's defaults, and Friedman and Fisher's advice of 0.05-0.10 for the peeling share. */
    public static final double DEFAULT_ALPHA = 0.05;
    public static final double DEFAULT_MASS_MIN = 0.05;

    private final PrimData data;
    private final double peelAlpha;
    private final double pasteAlpha;
    private final double massMin;
    private final Limits initial;
    private final int totalInterest;

    public Prim(PrimData data, double peelAlpha, double pasteAlpha, double massMin) {
        if (data.size() == 0) {
            throw new IllegalArgumentException("no cases");
        }
        this.data = data;
        this.peelAlpha = peelAlpha;
        this.pasteAlpha = pasteAlpha;
        this.massMin = massMin;
        this.initial = Limits.around(data);
        int k = 0;
        for (boolean b : data.interest()) {
            k += b ? 1 : 0;
        }
        this.totalInterest = k;
    }

    public PrimData data() {
        return data;
    }

    /** The box of every case: the limits every other box is compared with. */
    Limits initial() {
        return initial;
    }

    /** The peeling and pasting trajectory: the box of all cases, every box peeled, then every box pasted. */
    public List<PrimBox> trajectory() {
        List<PrimBox> boxes = new ArrayList<>();
        int[] cases = new int[data.size()];
        Arrays.setAll(cases, i -> i);
        Limits box = initial;
        boxes.add(box(boxes.size(), PrimBox.Phase.START, box, cases));
        for (Candidate peel = bestPeel(box, cases); peel != null; peel = bestPeel(box, cases)) {
            box = peel.limits();
            cases = peel.cases();
            boxes.add(box(boxes.size(), PrimBox.Phase.PEEL, box, cases));
        }
        for (Candidate paste = bestPaste(box, cases); paste != null; paste = bestPaste(box, cases)) {
            box = paste.limits();
            cases = paste.cases();
            boxes.add(box(boxes.size(), PrimBox.Phase.PASTE, box, cases));
        }
        return boxes;
    }

    private PrimBox box(int index, PrimBox.Phase phase, Limits limits, int[] cases) {
        int interest = interest(cases);
        return new PrimBox(index, phase, limits.lower().clone(), limits.upper().clone(), limits.keptCopy(),
                cases.length, interest, totalInterest == 0 ? 0 : (double) interest / totalInterest,
                (double) cases.length / data.size(), limits.restrictedCount(initial));
    }

    /** A box one step away and its cases, scored. */
    private record Candidate(Limits limits, int[] cases, double objective, int unrestricted) {
    }

    private Candidate bestPeel(Limits box, int[] cases) {
        List<Candidate> candidates = new ArrayList<>();
        for (int c = 0; c < data.columns().size(); c++) {
            if (data.columns().get(c) instanceof PrimData.Numeric n) {
                double[] x = valuesOf(n.values(), cases);
                double top = Quantiles.sdtoolkit(x, 1 - peelAlpha);
                candidates.add(candidate(box.withUpper(c, top), cases, filter(cases, n.values(), Double.NEGATIVE_INFINITY,
                        top)));
                double bottom = Quantiles.sdtoolkit(x, peelAlpha);
                candidates.add(candidate(box.withLower(c, bottom), cases, filter(cases, n.values(), bottom,
                        Double.POSITIVE_INFINITY)));
            }
        }
        for (int c = 0; c < data.columns().size(); c++) {
            if (data.columns().get(c) instanceof PrimData.Categorical k && box.kept(c).cardinality() > 1) {
                BitSet kept = box.kept(c);
                for (int v = kept.nextSetBit(0); v >= 0; v = kept.nextSetBit(v + 1)) {
                    int value = v;
                    int[] left = Arrays.stream(cases).filter(i -> k.codes()[i] != value).toArray();
                    candidates.add(candidate(box.without(c, v), cases, left));
                }
            }
        }
        Candidate best = best(candidates);
        if (best == null) {
            return null;
        }
        double massNew = (double) best.cases().length / data.size();
        double massOld = (double) cases.length / data.size();
        return massNew >= massMin && massNew < massOld && best.objective() > 0 ? best : null;
    }

    private Candidate bestPaste(Limits box, int[] cases) {
        List<Candidate> candidates = new ArrayList<>();
        for (int c = 0; c < data.columns().size(); c++) {
            if (data.columns().get(c) instanceof PrimData.Numeric n && box.isRestricted(c, initial)) {
                double[] below = valuesOf(n.values(), inBox(box.withRange(c, initial.lower()[c], box.lower()[c])));
                double lower = below.length == 0 ? initial.lower()[c] : Quantiles.sdtoolkit(below, 1 - pasteAlpha);
                Limits down = box.withLower(c, lower);
                candidates.add(candidate(down, cases, inBox(down)));
                double[] above = valuesOf(n.values(), inBox(box.withRange(c, box.upper()[c], initial.upper()[c])));
                double upper = above.length == 0 ? initial.upper()[c] : Quantiles.sdtoolkit(above, pasteAlpha);
                Limits up = box.withUpper(c, upper);
                candidates.add(candidate(up, cases, inBox(up)));
            }
        }
        for (int c = 0; c < data.columns().size(); c++) {
            if (data.columns().get(c) instanceof PrimData.Categorical && box.isRestricted(c, initial)) {
                BitSet missing = (BitSet) initial.kept(c).clone();
                missing.andNot(box.kept(c));
                for (int v = missing.nextSetBit(0); v >= 0; v = missing.nextSetBit(v + 1)) {
                    Limits with = box.with(c, v);
                    candidates.add(candidate(with, cases, inBox(with)));
                }
            }
        }
        Candidate best = best(candidates);
        if (best == null) {
            return null;
        }
        double massNew = (double) best.cases().length / data.size();
        double massOld = (double) cases.length / data.size();
        boolean denser = mean(best.cases()) > mean(cases);
        return massNew >= massMin && massNew > massOld && best.objective() > 0 && denser ? best : null;
    }

    private Candidate candidate(Limits limits, int[] old, int[] cases) {
        return new Candidate(limits, cases, lenient(old, cases), data.columns().size()
                - limits.restrictedCount(initial));
    }

    /** The greatest objective, then the most columns left unrestricted, then the first listed. */
    private static Candidate best(List<Candidate> candidates) {
        Candidate best = null;
        for (Candidate c : candidates) {
            if (best == null || c.objective() > best.objective()
                    || c.objective() == best.objective() && c.unrestricted() > best.unrestricted()) {
                best = c;
            }
        }
        return best;
    }

    /**
     * The Workbench's "lenient1" objective: the change in the share of cases of interest divided by the number of
     * cases removed (or added), which keeps a categorical column, whose peels remove many cases at once, from
     * winning by size alone.
     */
    private double lenient(int[] old, int[] now) {
        double meanOld = mean(old);
        double meanNew = now.length == 0 ? 0 : mean(now);
        if (meanOld == meanNew || old.length == now.length) {
            return 0;
        }
        return (meanNew - meanOld) / Math.abs(old.length - now.length);
    }

    private double mean(int[] cases) {
        return cases.length == 0 ? 0 : (double) interest(cases) / cases.length;
    }

    private int interest(int[] cases) {
        int k = 0;
        for (int i : cases) {
            k += data.interest()[i] ? 1 : 0;
        }
        return k;
    }

    /** Every case inside the limits. */
    int[] inBox(Limits limits) {
        return IntStream.range(0, data.size()).filter(i -> limits.contains(data, i)).toArray();
    }

    private static double[] valuesOf(double[] column, int[] cases) {
        double[] x = new double[cases.length];
        for (int k = 0; k < cases.length; k++) {
            x[k] = column[cases[k]];
        }
        return x;
    }

    private static int[] filter(int[] cases, double[] column, double low, double high) {
        return Arrays.stream(cases).filter(i -> column[i] >= low && column[i] <= high).toArray();
    }
}
