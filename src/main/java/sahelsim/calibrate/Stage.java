package sahelsim.calibrate;

/**
 * Where a calibration stands: a generation of the ABC being simulated, the posterior predictive runs, or done.
 * Each stage but the last is a batch of runs numbered from 0, which threads and shards share.
 *
 * @param generation the generation being simulated, or {@link #PREDICTIVE_RUNS} or {@link #DONE}
 */
public record Stage(int generation) {

    static final int PREDICTIVE_RUNS = -1;
    static final int DONE = -2;

    public static final Stage PREDICTIVE = new Stage(PREDICTIVE_RUNS);
    public static final Stage COMPLETE = new Stage(DONE);

    public boolean isGeneration() {
        return generation >= 0;
    }

    public boolean isPredictive() {
        return generation == PREDICTIVE_RUNS;
    }

    public boolean isComplete() {
        return generation == DONE;
    }

    @Override
    public String toString() {
        return isGeneration() ? "generation " + generation : isPredictive() ? "posterior predictive runs" : "complete";
    }
}
