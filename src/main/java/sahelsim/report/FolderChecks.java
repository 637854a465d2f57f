package sahelsim.report;

import java.util.List;
import java.util.Optional;
import sahelsim.runfolder.RunFolder;

/**
 * What is checked before folders are compared: that single runs are not set beside sets of replicates
 * unasked, and that sets have replicates enough for their intervals to mean something.
 */
public final class FolderChecks {

    /** Below this many replicates a report warns that its intervals are rough. */
    public static final int FEW_REPLICATES = 10;
    /** Replicates to recommend: intervals then hold the mean about 93% of the time (docs/outputs.md). */
    public static final int ENOUGH_REPLICATES = 20;

    private FolderChecks() {
    }

    /**
     * Why a single run cannot be set beside a set of replicates, or empty when all are runs or all are sets:
     * one run is one possible history, and its value beside a mean says nothing of the difference.
     */
    public static Optional<String> mixed(List<RunFolder> folders) {
        RunFolder single = folders.stream().filter(f -> !f.isSet()).findFirst().orElse(null);
        RunFolder set = folders.stream().filter(RunFolder::isSet).findFirst().orElse(null);
        if (single == null || set == null) {
            return Optional.empty();
        }
        int n = set.replicates().size();
        return Optional.of(single.dir() + " is a single run and " + set.dir() + " a set of " + n + " replicates: one "
                + "run is one possible history, not a mean, so their difference says little; run it again with "
                + "--reps " + n + ", or add --allow-mixed to compare them all the same");
    }

    /** A warning for a set with too few replicates for a useful interval, or empty. */
    public static Optional<String> fewReplicates(RunFolder folder) {
        if (!folder.isSet()) {
            return Optional.empty();
        }
        int n = folder.replicates().size();
        if (n >= FEW_REPLICATES) {
            return Optional.empty();
        }
        return Optional.of(folder.dir() + " has " + n + " replicates: " + coverage(n) + "; " + ENOUGH_REPLICATES
                + " replicates (run --reps " + ENOUGH_REPLICATES + ") give intervals that hold it about 93% of "
                + "the time");
    }

    /** How often the bootstrap interval holds the true mean with n replicates (docs/outputs.md, measured). */
    private static String coverage(int n) {
        if (n <= 3) {
            return "its intervals are no more than the range of the replicates";
        }
        return "its 95% intervals are too narrow (with 5 replicates they hold the true mean about 84% of the "
                + "time, with 10 about 90%)";
    }
}
