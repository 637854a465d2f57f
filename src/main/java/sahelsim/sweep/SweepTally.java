package sahelsim.sweep;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How far a sweep process has got, counted as its runs finish and read by the progress line from another thread.
 *
 * @param total  the runs of the sweep (or of its shard)
 * @param before the runs already done when this process started (a resumed sweep)
 */
public record SweepTally(long total, long before, AtomicLong ok, AtomicLong failed) {

    public SweepTally(long total, long before) {
        this(total, before, new AtomicLong(), new AtomicLong());
    }

    /** Runs finished by this process. */
    public long doneNow() {
        return ok.get() + failed.get();
    }

    /** Runs done in all, before and now. */
    public long done() {
        return before + doneNow();
    }
}
