package sahelsim.calibrate;

import java.util.List;
import sahelsim.calibrate.abc.Simulator;

/**
 * A simulator that can also give a run's series over time, kept for the posterior predictive runs so that their
 * bands can be drawn against the dated observations.
 */
public interface SeriesSimulator extends Simulator {

    /** A run's statistics and its series as lines of the series log (each starting with the run's id). */
    record Simulated(double[] statistics, String seriesLines) {
    }

    Simulated simulateWithSeries(double[] parameters, long seed, long runId) throws Exception;

    /** The series log's columns, the run id first. */
    List<String> seriesColumns();
}
