package sahelsim.sweep.sensitivity;

/** A confidence interval [low, high]; both NaN when it cannot be computed. */
public record Interval(double low, double high) {

    public static final Interval UNDEFINED = new Interval(Double.NaN, Double.NaN);

    public double width() {
        return high - low;
    }

    public boolean contains(double value) {
        return value >= low && value <= high;
    }
}
