package sahelsim.cli;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * One progress line on stderr, redrawn now and then by a daemon thread from what {@code text} says at the time: on
 * a terminal the line is rewritten in place, otherwise (a log file, a pipe) each redraw is a plain line of its own.
 */
final class ProgressLine implements AutoCloseable {

    private final PrintWriter err;
    private final boolean terminal;
    private final Supplier<String> text;
    private ScheduledExecutorService ticker;
    private int lastWidth;
    private boolean closed;

    ProgressLine(PrintWriter err, boolean terminal, Supplier<String> text) {
        this.err = err;
        this.terminal = terminal;
        this.text = text;
    }

    /** Redraws the line every {@code millis} milliseconds from now on, until it is ended or closed. */
    synchronized void start(long millis) {
        if (err == null || closed) {
            return;
        }
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sahelsim-progress");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(this::show, millis, millis, TimeUnit.MILLISECONDS);
    }

    private synchronized void show() {
        if (closed) {
            return;
        }
        String line = text.get();
        if (terminal) {
            err.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
            lastWidth = line.length();
        } else {
            err.println(line);
        }
        err.flush();
    }

    /**
     * Stops the redraws and, on a terminal, leaves the last line written whole and ended, for a process that is
     * stopping before its work is done.
     */
    synchronized void end() {
        if (closed) {
            return;
        }
        stop();
        if (terminal && ticker != null) {
            String line = text.get();
            err.println("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
            err.flush();
        }
    }

    /** Stops the redraws and clears the line from the terminal. */
    @Override
    public synchronized void close() {
        stop();
        if (terminal && lastWidth > 0) {
            err.print("\r" + " ".repeat(lastWidth) + "\r");
            err.flush();
        }
    }

    private void stop() {
        closed = true;
        if (ticker != null) {
            ticker.shutdownNow();
        }
    }
}
