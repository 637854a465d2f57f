package sahelsim.model;

/**
 * Seeds of replicates and sweep runs, derived from a base seed and an index with the SplitMix64 mix
 * (Steele, Lea and Flood 2014), so that any single run can be re-run alone and neighbouring indices give
 * unrelated streams.
 */
public final class Seeds {

    private Seeds() {
    }

    /** The seed of run {@code index} (0, 1, 2, ...) of a set started from {@code base}; always positive. */
    public static long derive(long base, long index) {
        long z = base + 0x9E3779B97F4A7C15L * (index + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return z & Long.MAX_VALUE;
    }
}
