package sahelsim.sweep.slurm;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sahelsim.sweep.SweepError;

/**
 * What a cluster asks of a sweep's jobs beyond the array itself (docs/cluster.md, "Site settings"): shell lines
 * that make Java available, memory for the tasks and the merge, a signal before the time limit on which a task
 * stops cleanly (and is requeued to resume its shard), and a node-local scratch folder. Checked at construction,
 * the messages naming the {@code sahelsim sweep} options the values come from.
 *
 * @param preamble shell lines each job runs before Java, such as {@code module load java/17}
 * @param memory the memory of each task, as sbatch's --mem takes it, or null for the cluster's default
 * @param mergeMemory the memory of the merge, or null for {@code memory}
 * @param stopSignal the signal Slurm sends a task before its time limit (USR1 or USR2), or null
 * @param signalSeconds how long before the time limit it comes (0 without a signal)
 * @param requeue whether a task stopped by the signal puts itself back in the queue to resume its shard
 * @param scratch the node-local folder each task writes its runs in, as shell text expanded on the node, or null
 */
public record SlurmSite(List<String> preamble, String memory, String mergeMemory, String stopSignal,
                        int signalSeconds, boolean requeue, String scratch) {

    /** Nothing asked: the jobs as the cluster runs them by default. */
    public static final SlurmSite NONE = new SlurmSite(List.of(), null, null, null, 0, false, null);

    /** Slurm's longest warning before a time limit (sbatch --signal's sig_time). */
    static final int MAX_SIGNAL_SECONDS = 65535;

    /** sbatch --mem: a whole number with a unit, megabytes when none. */
    private static final Pattern MEMORY = Pattern.compile("(\\d{1,9})([KMGTkmgt]?)");

    private static final Pattern SIGNAL = Pattern.compile("(?:(?:SIG)?(USR1|USR2)@)?(\\d{1,5})",
            Pattern.CASE_INSENSITIVE);

    /** A path, with shell variables ($TMPDIR, ${USER}) expanded on the node and nothing else of the shell's. */
    private static final Pattern SCRATCH = Pattern.compile(
            "(?:[A-Za-z0-9_./+,:@%=-]|\\$[A-Za-z_][A-Za-z0-9_]*|\\$\\{[A-Za-z_][A-Za-z0-9_]*})+");

    public SlurmSite {
        preamble = List.copyOf(preamble);
        for (String line : preamble) {
            if (line.isBlank() || line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
                throw new SweepError("--preamble: expected one line of shell, such as 'module load java/17' (give "
                        + "--preamble once per line), got '" + line.replace("\n", "\\n").replace("\r", "\\r") + "'");
            }
        }
        checkMemory("--mem", memory);
        checkMemory("--merge-mem", mergeMemory);
        if (requeue && stopSignal == null) {
            throw new SweepError("--requeue: only with --signal, which tells a task its time limit is near so that "
                    + "it stops cleanly and requeues itself; add --signal SECONDS (e.g. --signal 300)");
        }
        if (scratch != null && !SCRATCH.matcher(scratch).matches()) {
            throw new SweepError("--scratch: expected a node-local folder, a path or shell variables such as "
                    + "'$TMPDIR' or '/local/$USER' (no quotes, spaces or other shell syntax), got '" + scratch + "'");
        }
    }

    /** The site settings from the options' texts; {@code signal} is SECONDS or SIGNAL@SECONDS, or null. */
    public static SlurmSite of(List<String> preamble, String memory, String mergeMemory, String signal,
                               boolean requeue, String scratch) {
        if (signal == null) {
            return new SlurmSite(preamble, memory, mergeMemory, null, 0, requeue, scratch);
        }
        Matcher m = SIGNAL.matcher(signal);
        int seconds = m.matches() ? Integer.parseInt(m.group(2)) : 0;
        if (seconds < 1 || seconds > MAX_SIGNAL_SECONDS) {
            throw new SweepError("--signal: expected the seconds before the time limit at which a task is told to "
                    + "stop, 1 to " + MAX_SIGNAL_SECONDS + ", optionally after USR1@ or USR2@ (USR1 when none), such as "
                    + "300 or USR2@600, got '" + signal + "'");
        }
        String name = m.group(1) == null ? "USR1" : m.group(1).toUpperCase(Locale.ROOT);
        return new SlurmSite(preamble, memory, mergeMemory, name, seconds, requeue, scratch);
    }

    private static void checkMemory(String option, String value) {
        if (value != null && !MEMORY.matcher(value).matches()) {
            throw new SweepError(option + ": expected a memory size as sbatch --mem takes it, a whole number with K, "
                    + "M, G or T (megabytes when none), such as 2G or 1500M, got '" + value + "'");
        }
    }

    /** The merge's memory: its own, or the tasks'. */
    public String mergeMemoryOrTasks() {
        return mergeMemory != null ? mergeMemory : memory;
    }

    /**
     * The JVM option that sizes its heap from a job's memory rather than from the node's (which the JVM sees where
     * Slurm confines jobs without cgroups), or null for none: {@code -XX:MaxRAM}, the heap then being the JVM's
     * default share of it, a quarter.
     */
    static String maxRam(String memory) {
        if (memory == null) {
            return null;
        }
        Matcher m = MEMORY.matcher(memory);
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            // --mem=0 asks for all of a node's memory, which the JVM sees anyway.
            return null;
        }
        String unit = m.group(2).isEmpty() ? "m" : m.group(2).toLowerCase(Locale.ROOT);
        return "-XX:MaxRAM=" + Long.parseLong(m.group(1)) + unit;
    }
}
