package sahelsim.sweep.design;

import ec.util.MersenneTwisterFast;
import sahelsim.model.Draws;

/** Random permutations for the designs. */
final class Permutations {

    private Permutations() {
    }

    /** 0 .. n-1 in a uniformly random order. */
    static int[] random(int n, MersenneTwisterFast random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Draws.shuffle(order, random);
        return order;
    }
}
