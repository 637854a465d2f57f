package sahelsim.sweep.discovery;

import java.util.BitSet;

/** The limits of a box: a closed interval per numeric column, a set of kept values per categorical column. */
record Limits(double[] lower, double[] upper, BitSet[] kept) {

    /** The smallest box around every case. */
    static Limits around(PrimData data) {
        int n = data.columns().size();
        double[] lower = new double[n];
        double[] upper = new double[n];
        BitSet[] kept = new BitSet[n];
        for (int c = 0; c < n; c++) {
            if (data.columns().get(c) instanceof PrimData.Numeric num) {
                lower[c] = Double.POSITIVE_INFINITY;
                upper[c] = Double.NEGATIVE_INFINITY;
                for (double v : num.values()) {
                    lower[c] = Math.min(lower[c], v);
                    upper[c] = Math.max(upper[c], v);
                }
            } else if (data.columns().get(c) instanceof PrimData.Categorical cat) {
                kept[c] = new BitSet();
                for (int code : cat.codes()) {
                    kept[c].set(code);
                }
            }
        }
        return new Limits(lower, upper, kept);
    }

    BitSet kept(int c) {
        return kept[c];
    }

    BitSet[] keptCopy() {
        BitSet[] copy = new BitSet[kept.length];
        for (int c = 0; c < kept.length; c++) {
            copy[c] = kept[c] == null ? null : (BitSet) kept[c].clone();
        }
        return copy;
    }

    Limits withLower(int c, double value) {
        double[] l = lower.clone();
        l[c] = value;
        return new Limits(l, upper, kept);
    }

    Limits withUpper(int c, double value) {
        double[] u = upper.clone();
        u[c] = value;
        return new Limits(lower, u, kept);
    }

    Limits withRange(int c, double low, double high) {
        return withLower(c, low).withUpper(c, high);
    }

    Limits without(int c, int value) {
        BitSet[] k = keptCopy();
        k[c].clear(value);
        return new Limits(lower, upper, k);
    }

    Limits with(int c, int value) {
        BitSet[] k = keptCopy();
        k[c].set(value);
        return new Limits(lower, upper, k);
    }

    boolean contains(PrimData data, int i) {
        for (int c = 0; c < kept.length; c++) {
            PrimData.Column column = data.columns().get(c);
            if (column instanceof PrimData.Numeric n) {
                double v = n.values()[i];
                if (v < lower[c] || v > upper[c]) {
                    return false;
                }
            } else if (!kept[c].get(((PrimData.Categorical) column).codes()[i])) {
                return false;
            }
        }
        return true;
    }

    boolean isRestricted(int c, Limits initial) {
        return kept[c] == null ? lower[c] != initial.lower[c] || upper[c] != initial.upper[c]
                : !kept[c].equals(initial.kept[c]);
    }

    int restrictedCount(Limits initial) {
        int k = 0;
        for (int c = 0; c < kept.length; c++) {
            k += isRestricted(c, initial) ? 1 : 0;
        }
        return k;
    }
}
