package sahelsim.calibrate.abc;

/** How far a simulation's summary statistics are from the observed ones: 0 for a perfect match, never negative. */
@FunctionalInterface
public interface Distance {

    double between(double[] statistics);
}
