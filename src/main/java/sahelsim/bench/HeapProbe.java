package sahelsim.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import sahelsim.model.Phase;
import sahelsim.model.PhaseTimer;

/**
 * Live heap: what is still reachable after a full collection. Used as a phase timer, it also takes the
 * measure at the end of a run's last day, while the model and everything it observed are still held, which
 * is the most a run ever needs (its arrays are sized at set-up and its records only grow).
 */
final class HeapProbe implements PhaseTimer {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private final int days;
    private int observedDays;
    private long atEnd;

    HeapProbe(int days) {
        this.days = days;
    }

    /** Bytes reachable now, after a full collection. */
    static long liveBytes() {
        System.gc();
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    /** The most the JVM will let the heap grow to, in bytes (-Xmx). */
    static long maxBytes() {
        return MEMORY.getHeapMemoryUsage().getMax();
    }

    @Override
    public void time(Phase phase, Runnable work) {
        work.run();
        if (phase == Phase.OBSERVATION && ++observedDays == days) {
            atEnd = liveBytes();
        }
    }

    /** Live bytes at the end of the run's last day (0 before the run has ended). */
    long atEnd() {
        return atEnd;
    }
}
