package sahelsim.cli;

import java.util.Locale;
import sahelsim.sweep.SweepTally;

/**
 * The pace of this process's runs at one moment, as the progress lines of sweeps and calibrations show it: the
 * failures so far, the runs a minute and the time the runs still to do take at that rate.
 */
record RunPace(long failed, double perMinute) {

    /** The pace since {@code begun} ({@link System#nanoTime()}); not measured before a run is done and a second passed. */
    static RunPace of(SweepTally tally, long begun) {
        double minutes = (System.nanoTime() - begun) / 60e9;
        long now = tally.doneNow();
        double rate = now == 0 || minutes * 60 < 1 ? Double.NaN : now / minutes;
        return new RunPace(tally.failed().get(), rate);
    }

    /** ", N failed", or nothing when no run failed. */
    String failures() {
        return failed > 0 ? ", " + failed + " failed" : "";
    }

    boolean measured() {
        return !Double.isNaN(perMinute);
    }

    /** Seconds that these runs take at this pace. */
    long seconds(long runs) {
        return Math.round(runs / perMinute * 60);
    }

    /** The rate and the time these runs take at it, or that the time is still being estimated. */
    String left(long runs) {
        return measured()
                ? String.format(Locale.ROOT, ", %.1f runs/min, about %s left", perMinute, Progress.duration(seconds(runs)))
                : ", estimating time left";
    }
}
