package sahelsim.epstein;

/**
 * What a run of Model I did, step by step from step 0 (the start) to the last: citizens active, jailed and quiet,
 * and the legitimacy of each step. These are the series of the paper's figures (Figs. 3, 4, 9 and 10).
 */
public record RunSeries(int citizens, int[] active, int[] jailed, int[] quiet, double[] legitimacy) {

    /** Runs {@code steps} steps and records the start and every step. */
    public static RunSeries record(CivilViolence run, int steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("steps: expected 0 or more, got " + steps);
        }
        int[] active = new int[steps + 1];
        int[] jailed = new int[steps + 1];
        int[] quiet = new int[steps + 1];
        double[] legitimacy = new double[steps + 1];
        for (int t = 0; t <= steps; t++) {
            if (t > 0) {
                run.step();
            }
            active[t] = run.activeCount();
            jailed[t] = run.jailedCount();
            quiet[t] = run.quietCount();
            legitimacy[t] = run.legitimacy();
        }
        return new RunSeries(run.citizens(), active, jailed, quiet, legitimacy);
    }

    /** The last step recorded. */
    public int steps() {
        return active.length - 1;
    }

    /** The first step with the most citizens active at once. */
    public int peakStep() {
        int best = 0;
        for (int t = 1; t < active.length; t++) {
            if (active[t] > active[best]) {
                best = t;
            }
        }
        return best;
    }

    /** The most citizens active at once. */
    public int peakActive() {
        return active[peakStep()];
    }
}
