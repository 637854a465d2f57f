package sahelsim.sweep;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The runs still to do of a sweep or a calibration stage, worked off on threads: each thread takes the next place
 * not yet done, in order, until none is left or a stop is asked for. A run abandoned by a second stop goes on in
 * its thread until the process exits; the threads are daemons so that it does not keep the process up.
 */
public final class PendingRuns {

    private static final long ABANDON_CHECK_MS = 100;

    /** One run: made, written and counted by the caller. */
    public interface Work {
        /** Runs and writes the run at {@code place}; false when its thread must stop (the logs were closed). */
        boolean run(long place) throws IOException;
    }

    private final BitSet done;
    private final long total;
    private final StopRequest request;
    private long cursor;
    private boolean stopped;

    private PendingRuns(BitSet done, long total, StopRequest request) {
        this.done = done;
        this.total = total;
        this.request = request;
    }

    /**
     * Works off the places below {@code total} not set in {@code done} on {@code threads} threads named
     * {@code name-1}, {@code name-2}...; the first write error stops the others and is thrown.
     */
    public static void workOff(BitSet done, long total, StopRequest stop, int threads, String name, Work work)
            throws IOException {
        PendingRuns pending = new PendingRuns(done, total, stop);
        AtomicReference<IOException> writeError = new AtomicReference<>();
        List<Thread> workers = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                Thread worker = new Thread(() -> pending.work(work, writeError), name + "-" + (t + 1));
                worker.setDaemon(true);
                workers.add(worker);
                worker.start();
            }
            for (Thread worker : workers) {
                while (worker.isAlive() && !stop.abandoned()) {
                    worker.join(ABANDON_CHECK_MS);
                }
            }
        } catch (InterruptedException e) {
            pending.stop();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
        if (writeError.get() != null) {
            throw writeError.get();
        }
    }

    private void work(Work work, AtomicReference<IOException> writeError) {
        for (long place = next(); place >= 0; place = next()) {
            try {
                if (!work.run(place)) {
                    return;
                }
            } catch (IOException e) {
                writeError.compareAndSet(null, e);
                stop();
                return;
            }
        }
    }

    private synchronized long next() {
        boolean end = stopped || request.requested();
        while (!end && cursor < total && done.get((int) cursor)) {
            cursor++;
        }
        return end || cursor >= total ? -1 : cursor++;
    }

    private synchronized void stop() {
        stopped = true;
    }
}
