package sahelsim.hindcast;

import java.util.ArrayList;
import java.util.List;
import sahelsim.map.Grid;
import sahelsim.observe.Simulation;

/**
 * Scores runs of the historical scenario against the facts: per fact, the share of runs that reproduce it and
 * the observed values. A fact counts as reproduced when at least half the runs reproduce it.
 */
public final class Hindcast {

    public static final double REPRODUCED_SHARE = 0.5;

    /** One fact over all runs. */
    public record Score(Fact fact, List<Verdict> verdicts) {

        public double share() {
            return verdicts.stream().filter(Verdict::reproduced).count() / (double) verdicts.size();
        }

        public boolean reproduced() {
            return share() >= REPRODUCED_SHARE;
        }

        /** Observed values that are numbers, sorted. */
        public double[] observed() {
            return verdicts.stream().mapToDouble(Verdict::observed).filter(v -> !Double.isNaN(v)).sorted().toArray();
        }

        public double median() {
            double[] v = observed();
            if (v.length == 0) {
                return Double.NaN;
            }
            return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
        }
    }

    private Hindcast() {
    }

    public static List<Score> score(List<Simulation.Result> runs, Grid grid, List<Fact> facts) {
        List<RunView> views = new ArrayList<>();
        for (Simulation.Result r : runs) {
            views.add(new RunView(r, grid));
        }
        List<Score> scores = new ArrayList<>();
        for (Fact fact : facts) {
            List<Verdict> verdicts = new ArrayList<>();
            for (RunView v : views) {
                verdicts.add(fact.judge(v));
            }
            scores.add(new Score(fact, verdicts));
        }
        return scores;
    }

    public static long reproduced(List<Score> scores) {
        return scores.stream().filter(Score::reproduced).count();
    }
}
