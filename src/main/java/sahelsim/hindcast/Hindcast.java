package sahelsim.hindcast;

import java.util.ArrayList;
import java.util.List;
import sahelsim.map.Grid;
import sahelsim.observe.Simulation;

/**
 * Scores runs of the historical scenario against the facts: per fact, the share of runs that reproduce it and
 * the observed values. A fact counts as reproduced when at least half the runs reproduce it. A run is judged
 * as soon as it ends, so that a set of runs need not be held in memory at once.
 */
public final class Hindcast {

    public static final double REPRODUCED_SHARE = 0.5;

    /** One fact over all runs, the verdicts in run order. */
    public record Score(Fact fact, List<Verdict> verdicts) {

        public Score {
            if (verdicts.isEmpty()) {
                throw new IllegalArgumentException("a fact scored on no runs");
            }
            verdicts = List.copyOf(verdicts);
        }

        public int runsReproducing() {
            return (int) verdicts.stream().filter(Verdict::reproduced).count();
        }

        public double share() {
            return runsReproducing() / (double) verdicts.size();
        }

        public boolean reproduced() {
            return share() >= REPRODUCED_SHARE;
        }

        /** Observed values that are numbers, sorted. */
        public double[] observed() {
            return verdicts.stream().mapToDouble(Verdict::observed).filter(v -> !Double.isNaN(v)).sorted().toArray();
        }

        /** The median of the observed values, NaN when no run gives one. */
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

    /** One run's verdicts, in the order of the facts. */
    public static List<Verdict> judge(Simulation.Result run, Grid grid, List<Fact> facts) {
        RunView view = new RunView(run, grid);
        return facts.stream().map(f -> f.judge(view)).toList();
    }

    /** The facts' scores from each run's verdicts (one list per run, in the order of the facts). */
    public static List<Score> score(List<Fact> facts, List<List<Verdict>> runs) {
        List<Score> scores = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            int fact = i;
            scores.add(new Score(facts.get(i), runs.stream().map(r -> r.get(fact)).toList()));
        }
        return scores;
    }

    public static long reproduced(List<Score> scores) {
        return scores.stream().filter(Score::reproduced).count();
    }
}
