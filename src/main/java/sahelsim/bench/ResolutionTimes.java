package sahelsim.bench;

import java.util.List;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import sahelsim.model.Phase;

/**
 * The timed runs of one grid resolution and what the heap held: at the end of a run (model and records
 * alive), and between runs before and after the timed ones, which stays flat when nothing leaks from run to run.
 */
record ResolutionTimes(double resolution, int landCells, double gridSeconds, List<RunTiming> runs,
                       long liveBytesAtEnd, long liveBytesBefore, long liveBytesAfter) {

    /** What one run holds at its end beyond what the program held between runs. */
    long runBytes() {
        return liveBytesAtEnd - liveBytesBefore;
    }

    double medianSeconds() {
        return new Median().evaluate(seconds());
    }

    double minSeconds() {
        return StatUtils.min(seconds());
    }

    double maxSeconds() {
        return StatUtils.max(seconds());
    }

    /** Simulated days per second of wall time, set-up included, at the median run. */
    double daysPerSecond() {
        return runs.get(0).days() / medianSeconds();
    }

    double medianSetupSeconds() {
        return new Median().evaluate(runs.stream().mapToDouble(RunTiming::setupSeconds).toArray());
    }

    /** Mean seconds per run spent in a phase. */
    double phaseSeconds(Phase phase) {
        return StatUtils.mean(runs.stream().mapToDouble(r -> r.phaseSeconds()[phase.ordinal()]).toArray());
    }

    private double[] seconds() {
        return runs.stream().mapToDouble(RunTiming::seconds).toArray();
    }
}
