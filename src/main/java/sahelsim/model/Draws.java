package sahelsim.model;

import ec.util.MersenneTwisterFast;
import java.util.Collections;
import java.util.List;

/** The random draws the mechanics share, all from the run's one generator. */
public final class Draws {

    private final MersenneTwisterFast random;

    public Draws(MersenneTwisterFast random) {
        this.random = random;
    }

    /** Shuffles a list (Fisher-Yates). */
    public <T> void shuffle(List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, random.nextInt(i + 1));
        }
    }

    /**
     * Shuffles an array in place (Fisher-Yates; Knuth 1997, vol. 2, section 3.4.2, algorithm P), for the parts
     * outside a run that keep a generator of their own (the reference mode, the sweep designs).
     */
    public static void shuffle(int[] values, MersenneTwisterFast random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int v = values[i];
            values[i] = values[j];
            values[j] = v;
        }
    }

    /** A Poisson draw: Knuth's method for small means, normal beyond. */
    public int poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double p = random.nextDouble();
        int k = 0;
        while (p > limit) {
            p *= random.nextDouble();
            k++;
        }
        return k;
    }

    /** A binomial draw: how many of {@code n} trials succeed with chance {@code p} each. */
    public int binomial(int n, double p) {
        if (p >= 1) {
            return n;
        }
        int k = 0;
        for (int i = 0; i < n && p > 0; i++) {
            if (random.nextDouble() < p) {
                k++;
            }
        }
        return k;
    }

    /** Rounds a non-negative amount up or down at random so that the expectation is kept. */
    public int stochasticRound(double amount) {
        if (amount <= 0) {
            return 0;
        }
        double whole = Math.floor(amount);
        return (int) whole + (random.nextDouble() < amount - whole ? 1 : 0);
    }
}
