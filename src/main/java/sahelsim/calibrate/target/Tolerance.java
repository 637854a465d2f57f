package sahelsim.calibrate.target;

/**
 * How far a model value may be from a target's observation: the scale that turns the difference into an error of
 * "tolerances off" (1 at the edge of what the target accepts), so that targets in people, days, shares and yes-or-no
 * can be added into one distance.
 * <ul>
 *   <li>{@code factor F}: on a log scale, |ln(model / observed)| / ln F: for counts whose sources differ by factors
 *   (mali-facts notes that casualty figures for one event often differ 2-3 times between sources);</li>
 *   <li>{@code within S}: on the value's own scale, |model - observed| / S: for shares, ratios, days and yes-or-no.</li>
 * </ul>
 * A bound makes the observation one-sided: {@code lower} for a count the source gives as "more than", which the model
 * may exceed at no cost; {@code upper} for "at most". An error is at most {@link #MOST} tolerances, so that one
 * wild miss (or a value the run cannot measure, such as a ratio over nothing) does not alone decide a distance.
 */
public record Tolerance(Scale scale, double width, Bound bound) {

    /** Most tolerances a target's error counts for. */
    public static final double MOST = 10;

    public enum Scale {
        FACTOR, WITHIN
    }

    public enum Bound {
        NONE, LOWER, UPPER
    }

    public Tolerance {
        if (scale == Scale.FACTOR ? !(width > 1) : !(width > 0)) {
            throw new IllegalArgumentException("bad tolerance " + scale + " " + width);
        }
    }

    /** The error of a model value against the observation, in tolerances, from 0 to {@link #MOST}. */
    public double error(double model, double observed) {
        if (Double.isNaN(model)) {
            return MOST;
        }
        if (bound == Bound.LOWER && model >= observed || bound == Bound.UPPER && model <= observed) {
            return 0;
        }
        double e = scale == Scale.FACTOR
                ? Math.abs(Math.log(Math.max(model, observed * Math.pow(width, -MOST)) / observed)) / Math.log(width)
                : Math.abs(model - observed) / width;
        return Math.min(MOST, e);
    }

    /** As a file writes it: "factor 2", "within 0.1", with ", lower bound" where there is one. */
    public String describe() {
        String scaleText = (scale == Scale.FACTOR ? "factor " : "within ") + trim(width);
        return bound == Bound.NONE ? scaleText : scaleText + ", " + bound.name().toLowerCase() + " bound";
    }

    private static String trim(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
