package sahelsim.cli;

import java.util.concurrent.atomic.AtomicInteger;
import sahelsim.model.Phase;
import sahelsim.model.PhaseTimer;

/**
 * Counts the days a run has simulated, for the progress line: the model runs each day's resolution phase
 * through this timer and the command's progress thread reads the count. The model itself reads no clock.
 */
final class DayCounter implements PhaseTimer {

    private final int totalDays;
    private final AtomicInteger days = new AtomicInteger();
    private volatile boolean started;
    private volatile boolean finished;

    DayCounter(int totalDays) {
        this.totalDays = totalDays;
    }

    @Override
    public void time(Phase phase, Runnable work) {
        started = true;
        work.run();
        if (phase == Phase.RESOLUTION) {
            days.incrementAndGet();
        }
    }

    /** Days simulated so far. */
    int days() {
        return days.get();
    }

    int totalDays() {
        return totalDays;
    }

    boolean started() {
        return started;
    }

    /** The run and its files are done (or it failed). */
    void finish() {
        finished = true;
    }

    boolean finished() {
        return finished;
    }

    /** Share of the run's days simulated, 1 once finished. */
    double fraction() {
        return finished ? 1.0 : Math.min(1.0, days.get() / (double) totalDays);
    }
}
