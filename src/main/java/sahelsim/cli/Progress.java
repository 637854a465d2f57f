package sahelsim.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The progress line on stderr while runs are going: the simulated date of the run in progress, or how many
 * replicates are done, and an estimate of the time left. On a terminal one line is rewritten in place a few
 * times a second; otherwise (a log file, a pipe) a plain line is printed now and then.
 */
final class Progress implements AutoCloseable {

    private static final long TERMINAL_EVERY_MS = 250;

    private final String label;
    private final LocalDate start;
    private final List<DayCounter> runs;
    private final long begun = System.nanoTime();
    private final ProgressLine line;

    private Progress(PrintWriter err, boolean terminal, Duration plainEvery, String label, LocalDate start,
                     List<DayCounter> runs) {
        this.label = label;
        this.start = start;
        this.runs = List.copyOf(runs);
        this.line = new ProgressLine(err, terminal, this::line);
        if (!runs.isEmpty()) {
            line.start(terminal ? TERMINAL_EVERY_MS : plainEvery.toMillis());
        }
    }

    /**
     * Starts showing progress of the given runs; {@code plainEvery} is the interval when not on a terminal, and a
     * null {@code start} shows days simulated rather than dates.
     */
    static Progress start(PrintWriter err, boolean terminal, Duration plainEvery, String label, LocalDate start,
                          List<DayCounter> runs) {
        return new Progress(err, terminal, plainEvery, label, start, runs);
    }

    /** Progress that shows nothing, for --quiet. */
    static Progress silent() {
        return new Progress(null, false, null, "", null, List.of());
    }

    /** Whether stderr is likely a terminal: Java 17 can only tell whether the process has a console. */
    static boolean onTerminal() {
        return System.console() != null;
    }

    private String line() {
        double done = 0;
        int finished = 0;
        DayCounter current = null;
        for (DayCounter r : runs) {
            done += r.fraction();
            if (r.finished()) {
                finished++;
            } else if (current == null && r.started()) {
                current = r;
            }
        }
        double fraction = done / runs.size();
        StringBuilder text = new StringBuilder(label).append(": ");
        if (runs.size() > 1) {
            text.append(finished).append(" of ").append(runs.size()).append(" runs done");
            if (current != null) {
                text.append(", one ").append(where(current, "at "));
            }
        } else {
            text.append(where(runs.get(0), ""));
        }
        text.append(String.format(Locale.ROOT, ", %.0f%%", 100 * fraction));
        text.append(", ").append(timeLeft(fraction));
        return text.toString();
    }

    /** Where a run is: "2023-04-12" (the last day simulated, after {@code at}), or what it is doing. */
    private String where(DayCounter run, String at) {
        if (run.finished()) {
            return "done";
        }
        if (run.days() >= run.totalDays()) {
            return "writing files";
        }
        if (run.days() == 0) {
            return "starting";
        }
        // Runs of scenarios with different calendars share no date: they say how far they are in days.
        return start == null ? at + "day " + run.days() + " of " + run.totalDays()
                : at + start.plusDays(run.days() - 1L);
    }

    private String timeLeft(double fraction) {
        double elapsed = (System.nanoTime() - begun) / 1e9;
        if (fraction < 0.02 || elapsed < 1) {
            return "estimating time left";
        }
        long seconds = Math.round(elapsed * (1 - fraction) / fraction);
        return "about " + duration(seconds) + " left";
    }

    /** "42 s", "3 min 5 s", "2 h 10 min". */
    static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min " + seconds % 60 + " s";
        }
        return seconds / 3600 + " h " + seconds / 60 % 60 + " min";
    }

    /** Stops the updates and clears the line from the terminal. */
    @Override
    public void close() {
        line.close();
    }
}
