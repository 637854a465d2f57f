package sahelsim.cli;

import java.io.PrintWriter;
import java.time.Duration;
import sahelsim.calibrate.Stage;
import sahelsim.calibrate.abc.AbcSettings;
import sahelsim.calibrate.abc.Population;
import sahelsim.io.NumberText;
import sahelsim.sweep.SweepTally;

/**
 * The progress line of a calibration on stderr: the stage (a generation and the tolerance its runs are measured
 * against, or the posterior predictive runs), runs done of the stage's, the rate, the time left in the stage and at
 * most in all (the stopping rule may end the calibration earlier). One line rewritten in place on a terminal,
 * otherwise a plain line now and then, as a sweep's.
 */
final class CalibrationProgress implements AutoCloseable {

    private static final long TERMINAL_EVERY_MS = 500;

    private final String label;
    private final long every;
    private final ProgressLine line;
    private final AbcSettings settings;
    private final int predictive;
    private Stage stage;
    private Population previous;
    private SweepTally tally;
    private long begun;
    private boolean started;

    private CalibrationProgress(PrintWriter err, boolean terminal, Duration plainEvery, String label,
                                AbcSettings settings, int predictive) {
        this.label = label;
        this.every = terminal ? TERMINAL_EVERY_MS : plainEvery.toMillis();
        this.line = new ProgressLine(err, terminal, this::line);
        this.settings = settings;
        this.predictive = predictive;
    }

    static CalibrationProgress of(PrintWriter err, boolean terminal, Duration plainEvery, String label,
                                  AbcSettings settings, int predictive) {
        return new CalibrationProgress(err, terminal, plainEvery, label, settings, predictive);
    }

    static CalibrationProgress silent(AbcSettings settings) {
        return new CalibrationProgress(null, false, Duration.ofSeconds(1), "", settings, 0);
    }

    /** Shows the progress of a stage's runs from now on. */
    synchronized void start(Stage now, Population before, SweepTally runs) {
        stage = now;
        previous = before;
        tally = runs;
        begun = System.nanoTime();
        if (!started) {
            started = true;
            line.start(every);
        }
    }

    synchronized String line() {
        if (tally == null) {
            return label + ": starting";
        }
        StringBuilder text = new StringBuilder(label).append(": ");
        if (stage.isGeneration()) {
            text.append("generation ").append(stage.generation()).append(" (at most ")
                    .append(settings.generations() - 1).append(")");
            if (previous != null) {
                text.append(", tolerance ").append(NumberText.format(previous.tolerance()));
            }
        } else {
            text.append("posterior predictive runs");
        }
        text.append(", ").append(tally.done()).append(" of ").append(tally.total()).append(" runs");
        RunPace pace = RunPace.of(tally, begun);
        long stageRuns = tally.total() - tally.done();
        text.append(pace.failures()).append(pace.left(stageRuns));
        long laterRuns = laterRuns();
        if (pace.measured() && laterRuns > 0) {
            text.append(" in this generation, at most ")
                    .append(Progress.duration(pace.seconds(stageRuns) + pace.seconds(laterRuns))).append(" in all");
        }
        return text.toString();
    }

    /** The runs of the generations after this stage's and the posterior predictive runs; none after those. */
    private long laterRuns() {
        if (!stage.isGeneration()) {
            return 0;
        }
        long runs = predictive;
        for (int g = stage.generation() + 1; g < settings.generations(); g++) {
            runs += settings.batchSize(g);
        }
        return runs;
    }

    /** Ends the line whole, for a process stopping before its work is done. */
    void end() {
        line.end();
    }

    @Override
    public void close() {
        line.close();
    }
}
