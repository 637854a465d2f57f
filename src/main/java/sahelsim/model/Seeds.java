package sahelsim.model;

import ec.util.MersenneTwisterFast;

/**
 * Seeds and the generators they start. A seed is a 64-bit number and all 64 bits reach the generator; seeds of
 * replicates and sweep runs are derived from a base seed and indices with the SplitMix64 mix (Steele, Lea and
 * Flood 2014), so that any single run can be re-run alone and neighbouring indices give unrelated streams.
 */
public final class Seeds {

    /**
     * The version of the random streams, recorded in manifests: which generator a seed starts and how run seeds
     * are derived. A folder written under another version cannot be continued or reproduced by this build.
     */
    public static final String RANDOM_STREAM = "mt19937-64bit-seed-v2";

    private Seeds() {
    }

    /**
     * A Mersenne Twister started from the whole seed. {@code new MersenneTwisterFast(long)} and MASON's
     * {@code SimState(long)} keep only its low 32 bits, so seeds 5 and 5 + 2^32 would give the same stream; the
     * two halves as an initialisation array (MT19937's init_by_array) keep them apart.
     */
    public static MersenneTwisterFast generator(long seed) {
        return new MersenneTwisterFast(new int[] {(int) seed, (int) (seed >>> 32)});
    }

    /** The seed of run {@code index} (0, 1, 2, ...) of a set started from {@code base}; always positive. */
    public static long derive(long base, long index) {
        long z = base + 0x9E3779B97F4A7C15L * (index + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return z & Long.MAX_VALUE;
    }

    /**
     * The seed of replicate {@code replicate} of design point {@code point} of a sweep: derived from the point's
     * own seed, so that adding replications or design points leaves every existing run's seed as it was.
     */
    public static long derive(long base, long point, long replicate) {
        return derive(derive(base, point), replicate);
    }
}
