package sahelsim.calibrate.abc;

import java.util.ArrayList;
import java.util.List;

/**
 * The whole ABC in one thread and in memory, generation after generation until the stopping rules end it: the
 * reference the calibration runner (which spreads the same steps over threads, shards and logs) must agree with
 * particle for particle, and the way to check the algorithm on a model whose posterior is known.
 */
public final class AbcLoop {

    private AbcLoop() {
    }

    /** Every population, the last being the approximate posterior. A failed simulation ends it with its error. */
    public static List<Population> run(AdaptivePmc abc, Simulator simulator, Distance distance) throws Exception {
        List<Population> populations = new ArrayList<>();
        Population previous = null;
        for (int t = 0; ; t++) {
            AdaptivePmc.Kernel kernel = abc.kernel(previous);
            List<Particle> batch = new ArrayList<>();
            for (int i = 0; i < abc.settings().batchSize(t); i++) {
                Proposal p = abc.propose(t, i, previous, kernel);
                batch.add(p.simulated(distance.between(simulator.simulate(p.values(), p.seed()))));
            }
            Population population = abc.close(t, previous, batch);
            populations.add(population);
            if (abc.finished(population)) {
                return populations;
            }
            previous = population;
        }
    }
}
