package sahelsim.sweep;

import java.util.ArrayList;
import java.util.List;

/**
 * The sizes a sweep has had: the size it started at, then one per growth, each with at least as many design points
 * and replications as the one before. Run ids never change once given: the runs of the first size are numbered
 * point x replications + replicate, and each growth numbers only the runs it adds, after all earlier ones, point
 * by point and within a point by replicate. So a grown sweep's runs.csv keeps its first rows as they were and
 * {@link #locate} maps any run id back to its design point and replicate.
 */
public record SweepGrowth(List<Size> sizes) {

    /** One size of the sweep: its design points and replications. */
    public record Size(int points, int replications) {

        long runs() {
            return (long) points * replications;
        }
    }

    public SweepGrowth {
        sizes = List.copyOf(sizes);
        if (sizes.isEmpty()) {
            throw new IllegalArgumentException("a sweep has at least one size");
        }
        for (int s = 1; s < sizes.size(); s++) {
            Size before = sizes.get(s - 1);
            Size after = sizes.get(s);
            if (after.points() < before.points() || after.replications() < before.replications()
                    || after.equals(before)) {
                throw new IllegalArgumentException("a sweep grows from " + before + " only to more points or "
                        + "replications, not to " + after);
            }
        }
    }

    /** A sweep that has not grown. */
    public static SweepGrowth of(int points, int replications) {
        return new SweepGrowth(List.of(new Size(points, replications)));
    }

    /** This history with one more size, which must not be smaller in points or replications. */
    public SweepGrowth grown(int points, int replications) {
        List<Size> more = new ArrayList<>(sizes);
        more.add(new Size(points, replications));
        return new SweepGrowth(more);
    }

    public Size last() {
        return sizes.get(sizes.size() - 1);
    }

    public long runCount() {
        return last().runs();
    }

    /** The design point and replicate of run {@code id}, as {point, replicate}. */
    public int[] locate(long id) {
        if (id < 0 || id >= runCount()) {
            throw new IndexOutOfBoundsException("run " + id + " of a sweep of " + runCount() + " runs");
        }
        Size first = sizes.get(0);
        if (id < first.runs()) {
            return new int[] {(int) (id / first.replications()), (int) (id % first.replications())};
        }
        long offset = id - first.runs();
        for (int s = 1; s < sizes.size(); s++) {
            Size before = sizes.get(s - 1);
            Size now = sizes.get(s);
            long added = now.runs() - before.runs();
            if (offset < added) {
                int moreReplicates = now.replications() - before.replications();
                long onOldPoints = (long) before.points() * moreReplicates;
                if (offset < onOldPoints) {
                    return new int[] {(int) (offset / moreReplicates),
                            before.replications() + (int) (offset % moreReplicates)};
                }
                long onNewPoints = offset - onOldPoints;
                return new int[] {before.points() + (int) (onNewPoints / now.replications()),
                        (int) (onNewPoints % now.replications())};
            }
            offset -= added;
        }
        throw new IllegalStateException("run " + id + " is in no size of the sweep");
    }
}
