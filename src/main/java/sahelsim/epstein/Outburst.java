package sahelsim.epstein;

import java.util.ArrayList;
import java.util.List;

/**
 * An outburst: a spell in which many citizens are active at once, begun from a quiet spell. Our definition (the paper
 * shows outbursts without defining one): it begins at a step at which at least 5% of the citizens are active and
 * ends at the next step with at most 1% active (or with the run); the next can only begin after that quiet step, so
 * two peaks with no quiet step between them are one outburst. Runs start with every citizen quiet. A large outburst has at least 40% of the citizens
 * active at once: on the paper's lattice the sudden legitimacy drop of Fig. 10 brings about 55% out, the gradual
 * decline of Fig. 9 never more than about 25%.
 *
 * @param start      the first step at or above the outburst level
 * @param end        the first quiet step after it, or the last step of the run
 * @param peakStep   the step with the most active (the first such)
 * @param peakActive the most citizens active at once
 */
public record Outburst(int start, int end, int peakStep, int peakActive) {

    /** The share of citizens active at once that makes an outburst. */
    public static final double OUTBURST_SHARE = 0.05;
    /** The share of citizens active at or below which the lattice is quiet. */
    public static final double QUIET_SHARE = 0.01;
    /** The share of citizens active at once that makes an outburst large. */
    public static final double LARGE_SHARE = 0.4;

    /** Whether at least {@link #LARGE_SHARE} of the citizens were out at its peak. */
    public boolean isLarge(int citizens) {
        return peakActive >= LARGE_SHARE * citizens;
    }

    /** Every outburst of a run, in order. */
    public static List<Outburst> find(RunSeries series) {
        int[] active = series.active();
        double outburst = OUTBURST_SHARE * series.citizens();
        double quiet = QUIET_SHARE * series.citizens();
        List<Outburst> found = new ArrayList<>();
        int start = -1;
        int peakStep = -1;
        for (int t = 0; t < active.length; t++) {
            if (start < 0) {
                if (active[t] >= outburst) {
                    start = t;
                    peakStep = t;
                }
            } else {
                if (active[t] > active[peakStep]) {
                    peakStep = t;
                }
                if (active[t] <= quiet) {
                    found.add(new Outburst(start, t, peakStep, active[peakStep]));
                    start = -1;
                }
            }
        }
        if (start >= 0) {
            found.add(new Outburst(start, active.length - 1, peakStep, active[peakStep]));
        }
        return found;
    }
}
