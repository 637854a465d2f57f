package sahelsim.bench;

/**
 * How long one run took: in all, in its set-up, and in each schedule phase (indexed by
 * {@link sahelsim.model.Phase#ordinal()}), in seconds, for a run of {@code days} simulated days.
 */
record RunTiming(double seconds, double setupSeconds, double[] phaseSeconds, int days) {
}
