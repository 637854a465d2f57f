package sahelsim.gui;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;

/** Work done on the Swing thread from another thread, waiting for its result: for screenshots and tests. */
final class Edt {

    private Edt() {
    }

    /** Runs {@code work} on the Swing thread and returns its result, or throws what it threw. */
    static <T> T call(Callable<T> work) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                result.set(work.call());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    /** Waits until {@code condition}, checked on the Swing thread, holds. */
    static void waitFor(String what, long seconds, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!call(condition)) {
            if (System.nanoTime() > deadline) {
                throw new IOException("timed out after " + seconds + " seconds waiting for " + what);
            }
            Thread.sleep(50);
        }
    }

    /** Lets the Swing thread show everything the model reported, and the charts redraw. */
    static void settle() throws Exception {
        for (int i = 0; i < 4; i++) {
            call(() -> null);
            Thread.sleep(150);
        }
    }
}
