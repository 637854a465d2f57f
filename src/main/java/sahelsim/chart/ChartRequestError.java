package sahelsim.chart;

/** A chart request the run's data cannot satisfy, such as a map date outside the run: the user's to fix. */
public final class ChartRequestError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ChartRequestError(String message) {
        super(message);
    }
}
