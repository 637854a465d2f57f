package sahelsim.sweep.slurm;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sahelsim.sweep.SweepError;

/**
 * A sweep as a Slurm job array: task i of {@code arraySize} runs shard i/arraySize of the sweep into its folder
 * (shards and array tasks are both counted from 0), and a merge job joins the shards once every task has
 * succeeded. Checked at construction, so that a mistake shows on the login node rather than after a wait in the
 * queue; the messages name the {@code sahelsim sweep} options the values come from.
 *
 * @param sweepName the sweep's name, which the job names carry
 * @param runs the sweep's number of runs
 * @param sweepFile the sweep file, absolute: the tasks may start in any folder
 * @param sweepDir the sweep folder, absolute: the shards go into it, and the merged sweep
 * @param arraySize the number of array tasks, each one shard
 * @param partition the partition, or null for the cluster's default
 * @param time the time limit of each task (and of the merge), or null for the partition's default
 * @param cpusPerTask the CPUs of each task, which runs as many runs at once
 * @param progressEverySeconds how often each task's log gets a progress line
 * @param site what the cluster asks beyond that: Java's set-up, memory, a stop signal, scratch
 */
public record SlurmJob(String sweepName, long runs, Path sweepFile, Path sweepDir, int arraySize, String partition,
                       String time, int cpusPerTask, double progressEverySeconds, SlurmSite site) {

    /** A job with the cluster's defaults for everything {@link SlurmSite} holds. */
    public SlurmJob(String sweepName, long runs, Path sweepFile, Path sweepDir, int arraySize, String partition,
                    String time, int cpusPerTask, double progressEverySeconds) {
        this(sweepName, runs, sweepFile, sweepDir, arraySize, partition, time, cpusPerTask, progressEverySeconds,
                SlurmSite.NONE);
    }

    /** Tasks when --array-size is not given (fewer when the sweep has fewer runs). */
    public static final int DEFAULT_ARRAY_SIZE = 10;

    /** The highest task count a cluster takes with Slurm's default MaxArraySize (1001: task ids 0 to 1000). */
    public static final int USUAL_MAX_ARRAY_SIZE = 1001;

    /** Slurm partition names, or a comma-separated list of them: also keeps the scripts free of shell syntax. */
    private static final Pattern PARTITION = Pattern.compile("[A-Za-z0-9_.-]+(,[A-Za-z0-9_.-]+)*");

    /** Slurm's HH:MM:SS and D-HH:MM:SS time limits. */
    private static final Pattern TIME = Pattern.compile("(?:(\\d{1,3})-)?(\\d{1,4}):([0-5]\\d):([0-5]\\d)");

    /** Characters Slurm's #SBATCH lines cannot hold in a quoted path. */
    private static final Pattern UNQUOTABLE = Pattern.compile("[\"\\\\\\n\\r]");

    public SlurmJob {
        if (!sweepFile.isAbsolute() || !sweepDir.isAbsolute()) {
            throw new IllegalArgumentException("the sweep file and folder must be absolute paths");
        }
        if (arraySize < 1) {
            throw new SweepError("--array-size: expected 1 or more array tasks, got " + arraySize);
        }
        if (arraySize > runs) {
            throw new SweepError("--array-size: expected at most " + runs + " array tasks (the sweep's runs; a task "
                    + "runs one shard of them), got " + arraySize);
        }
        if (partition != null && !PARTITION.matcher(partition).matches()) {
            throw new SweepError("--partition: expected a partition name (letters, digits, '_', '.', '-'), or several "
                    + "separated by commas, got '" + partition + "'");
        }
        if (time != null) {
            checkTime(time);
        }
        if (cpusPerTask < 1) {
            throw new SweepError("--cpus-per-task: expected 1 or more CPUs, got " + cpusPerTask);
        }
        if (UNQUOTABLE.matcher(sweepDir.toString()).find()) {
            throw new SweepError(sweepDir + ": a sweep folder for Slurm cannot have a double quote, a backslash or a "
                    + "line break in its path (Slurm's #SBATCH lines cannot hold them); choose another with --out");
        }
    }

    private static void checkTime(String time) {
        Matcher m = TIME.matcher(time);
        if (!m.matches()) {
            throw new SweepError("--time: expected a time limit HH:MM:SS or D-HH:MM:SS, such as 02:00:00 or 1-12:00:00, "
                    + "got '" + time + "'");
        }
        boolean zero = (m.group(1) == null || Integer.parseInt(m.group(1)) == 0) && Integer.parseInt(m.group(2)) == 0
                && Integer.parseInt(m.group(3)) == 0 && Integer.parseInt(m.group(4)) == 0;
        if (zero) {
            throw new SweepError("--time: expected a time limit above zero, got '" + time + "'");
        }
    }

    /** The folder beside the sweep's results that holds the scripts, the program and the tasks' logs. */
    public Path scriptsDir() {
        return sweepDir.resolve("slurm");
    }

    /** The most runs one task has (the first tasks have one more than the last when the split is uneven). */
    public long runsPerTask() {
        return (runs + arraySize - 1) / arraySize;
    }

    /** The array's task ids, as sbatch's --array takes them. */
    public String taskRange() {
        return arraySize == 1 ? "0" : "0-" + (arraySize - 1);
    }
}
