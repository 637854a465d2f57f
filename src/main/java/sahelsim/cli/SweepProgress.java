package sahelsim.cli;

import java.io.PrintWriter;
import java.time.Duration;
import sahelsim.sweep.SweepTally;

/**
 * The progress line of a sweep on stderr: runs done of the total, failures, the rate of this process and the time
 * left at that rate. Like the run command's progress, one line rewritten in place on a terminal, otherwise a
 * plain line now and then.
 */
final class SweepProgress implements AutoCloseable {

    private static final long TERMINAL_EVERY_MS = 500;

    private final String label;
    private final long every;
    private final ProgressLine line;
    private SweepTally tally;
    private long begun;

    private SweepProgress(PrintWriter err, boolean terminal, Duration plainEvery, String label) {
        this.label = label;
        this.every = terminal ? TERMINAL_EVERY_MS : plainEvery.toMillis();
        this.line = new ProgressLine(err, terminal, this::line);
    }

    static SweepProgress of(PrintWriter err, boolean terminal, Duration plainEvery, String label) {
        return new SweepProgress(err, terminal, plainEvery, label);
    }

    /** Progress that shows nothing, for --quiet. */
    static SweepProgress silent() {
        return new SweepProgress(null, false, Duration.ofSeconds(1), "");
    }

    /** Starts showing the progress of these runs. */
    synchronized void start(SweepTally runs) {
        this.tally = runs;
        this.begun = System.nanoTime();
        line.start(every);
    }

    String line() {
        StringBuilder text = new StringBuilder(label).append(": ").append(tally.done()).append(" of ")
                .append(tally.total()).append(" runs done");
        if (tally.before() > 0) {
            text.append(" (").append(tally.before()).append(" before this start)");
        }
        RunPace pace = RunPace.of(tally, begun);
        return text.append(pace.failures()).append(pace.left(tally.total() - tally.done())).toString();
    }

    /**
     * Stops the updates and, on a terminal, leaves the last progress line written whole and ended, for a process
     * that is stopping before its runs are done.
     */
    void end() {
        line.end();
    }

    /** Stops the updates and clears the line from the terminal. */
    @Override
    public void close() {
        line.close();
    }
}
