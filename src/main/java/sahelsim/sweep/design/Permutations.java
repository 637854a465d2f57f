package sahelsim.sweep.design;

import ec.util.MersenneTwisterFast;

/** Random permutations for the designs. */
final class Permutations {

    private Permutations() {
    }

    /** 0 .. n-1 in a uniformly random order: the Fisher-Yates shuffle (Knuth 1997, vol. 2, §3.4.2, algorithm P). */
    static int[] random(int n, MersenneTwisterFast random) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }
}
