package sahelsim.bench;

import java.util.Arrays;
import sahelsim.model.Phase;
import sahelsim.model.PhaseTimer;

/**
 * Times a run from outside the model: the wall time of each schedule phase, summed over the run's days, and
 * the set-up, the stretch from the run's start to its first phase (building the model, its population and
 * its first control map).
 */
final class PhaseClock implements PhaseTimer {

    private final long[] nanos = new long[Phase.values().length];
    private long begun;
    private long firstPhase;

    /** Starts timing a new run. */
    void begin() {
        Arrays.fill(nanos, 0);
        firstPhase = 0;
        begun = System.nanoTime();
    }

    @Override
    public void time(Phase phase, Runnable work) {
        long start = System.nanoTime();
        if (firstPhase == 0) {
            firstPhase = start;
        }
        work.run();
        nanos[phase.ordinal()] += System.nanoTime() - start;
    }

    /** The run just ended, timed. */
    RunTiming end(int days) {
        long ended = System.nanoTime();
        double[] phases = new double[nanos.length];
        for (int p = 0; p < phases.length; p++) {
            phases[p] = nanos[p] / 1e9;
        }
        return new RunTiming((ended - begun) / 1e9, (firstPhase - begun) / 1e9, phases, days);
    }
}
