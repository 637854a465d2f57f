package sahelsim.bench;

import sim.app.heatbugs.HeatBugs;

/**
 * MASON's own HeatBugs demo with its default settings (100 bugs on a 100 x 100 heat grid, the diffuser on as
 * many threads as HeatBugs chooses), timed on the same machine in the same JVM: a yardstick for the engine, so
 * that figures from different machines can be compared as a ratio.
 */
final class HeatBugsYardstick {

    private static final int WARM_UP_STEPS = 2_000;
    private static final double MIN_SECONDS = 3.0;

    private HeatBugsYardstick() {
    }

    /** HeatBugs steps per second, after a warm-up, over at least a few seconds. */
    static double stepsPerSecond(long seed) {
        HeatBugs bugs = new HeatBugs(seed);
        bugs.start();
        try {
            for (int i = 0; i < WARM_UP_STEPS; i++) {
                bugs.schedule.step(bugs);
            }
            long begun = System.nanoTime();
            long steps = 0;
            double seconds;
            do {
                for (int i = 0; i < 500; i++) {
                    bugs.schedule.step(bugs);
                }
                steps += 500;
                seconds = (System.nanoTime() - begun) / 1e9;
            } while (seconds < MIN_SECONDS);
            return steps / seconds;
        } finally {
            bugs.finish();
        }
    }
}
