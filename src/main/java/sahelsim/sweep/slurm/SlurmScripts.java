package sahelsim.sweep.slurm;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import sahelsim.io.AtomicFiles;

/**
 * The files of a sweep's Slurm job, in the sweep folder's {@code slurm/} folder: the job array script, the merge
 * script, a submit script that queues both (the merge depending on the array), a copy of the program's jar and a
 * folder for the tasks' logs. The tasks run the copy, so that rebuilding the program while they wait in the queue
 * changes nothing; they call java directly, since the cluster's nodes may have no Maven.
 */
public final class SlurmScripts {

    public static final String ARRAY = "sweep.sbatch";
    public static final String MERGE = "merge.sbatch";
    public static final String SUBMIT = "submit.sh";
    public static final String JAR = "sahelsim.jar";
    public static final String LOGS = "logs";

    private final SlurmJob job;

    public SlurmScripts(SlurmJob job) {
        this.job = job;
    }

    /** Writes the job's files, copying {@code programJar} beside them; returns the submit script. */
    public Path write(Path programJar) throws IOException {
        Path dir = job.scriptsDir();
        Files.createDirectories(dir.resolve(LOGS));
        // Written under a temporary name and renamed: tasks already running from an earlier copy keep theirs.
        AtomicFiles.write(dir.resolve(JAR), out -> Files.copy(programJar, out));
        writeScript(dir.resolve(ARRAY), array());
        writeScript(dir.resolve(MERGE), merge());
        return writeScript(dir.resolve(SUBMIT), submit());
    }

    private static Path writeScript(Path file, String text) throws IOException {
        AtomicFiles.writeString(file, text);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (UnsupportedOperationException e) {
            // A file system without POSIX permissions: the scripts still run as 'sh FILE' and 'sbatch FILE'.
        }
        return file;
    }

    /** The job array: task i runs shard i/n of the sweep, on as many threads as the task has CPUs. */
    public String array() {
        Path dir = job.scriptsDir();
        int n = job.arraySize();
        List<String> lines = new ArrayList<>(List.of(
                "#!/bin/sh",
                "# The runs of sweep " + job.sweepName() + " as a Slurm job array: task i runs shard i/" + n
                        + " of its " + job.runs() + " runs (about " + job.runsPerTask() + " each)",
                "# into " + job.sweepDir() + "/shard-i-of-" + n + ". Written by 'sahelsim sweep --slurm';",
                "# submit it with submit.sh beside it, which also queues the merge. A task that failed can run again",
                "# alone, resuming its shard: sbatch --array=K " + dir.resolve(ARRAY)));
        lines.add("#SBATCH --job-name=sahelsim-" + job.sweepName());
        lines.add("#SBATCH --array=" + job.taskRange());
        lines.addAll(resources(job.cpusPerTask()));
        lines.add("#SBATCH --output=" + directivePath(dir.resolve(LOGS).resolve("shard-%a-of-" + n + "-job-%A.out")));
        lines.add("set -eu");
        lines.add(": \"${SLURM_ARRAY_TASK_ID:?submit this script with sbatch, which runs it as a job array}\"");
        lines.add("exec java ${SAHELSIM_JAVA_OPTS:-} -jar " + quote(dir.resolve(JAR)) + " sweep "
                + quote(job.sweepFile()) + " \\");
        lines.add("    --shard \"$SLURM_ARRAY_TASK_ID/" + n + "\" --threads \"${SLURM_CPUS_PER_TASK:-1}\" \\");
        lines.add("    --out " + quote(job.sweepDir()) + " --progress-every " + seconds(job.progressEverySeconds()));
        return String.join("\n", lines) + "\n";
    }

    /** The merge: joins the shard folders into the sweep folder and builds the results database. */
    public String merge() {
        Path dir = job.scriptsDir();
        List<String> lines = new ArrayList<>(List.of(
                "#!/bin/sh",
                "# Joins the " + job.arraySize() + " shards of sweep " + job.sweepName() + " into " + job.sweepDir()
                        + " once every task of its",
                "# job array has succeeded (submit.sh queues it with --dependency=afterok on the array)."));
        lines.add("#SBATCH --job-name=sahelsim-" + job.sweepName() + "-merge");
        lines.addAll(resources(1));
        lines.add("#SBATCH --output=" + directivePath(dir.resolve(LOGS).resolve("merge-job-%j.out")));
        lines.add("exec java ${SAHELSIM_JAVA_OPTS:-} -jar " + quote(dir.resolve(JAR)) + " merge "
                + quote(job.sweepDir()));
        return String.join("\n", lines) + "\n";
    }

    /**
     * Queues the array, then the merge with a dependency on it: afterok waits for every task, and
     * --kill-on-invalid-dep cancels the merge at once when a task fails rather than leaving it pending for ever.
     * An argument submits only those tasks (failed ones, say), which resume their shards, and a new merge.
     */
    public String submit() {
        Path dir = job.scriptsDir();
        String name = job.sweepName();
        return String.join("\n",
                "#!/bin/sh",
                "# Submits the job array of sweep " + name + " and its merge, which runs once every task has succeeded.",
                "# With an argument, submits only those array tasks (sh submit.sh 3, or 2,5-7), for tasks that failed:",
                "# each resumes its shard, and a new merge waits for them.",
                "set -eu",
                "dir=" + quote(dir),
                "if [ $# -gt 0 ]; then",
                "  tasks=$1",
                "  array=$(sbatch --parsable --array=\"$tasks\" \"$dir/" + ARRAY + "\")",
                "else",
                "  tasks=" + job.taskRange(),
                "  array=$(sbatch --parsable \"$dir/" + ARRAY + "\")",
                "fi",
                "array=${array%%;*}",
                "echo \"submitted the runs of sweep " + name + " as job array $array (tasks $tasks of " + job.taskRange()
                        + ")\"",
                "merge=$(sbatch --parsable --dependency=afterok:\"$array\" --kill-on-invalid-dep=yes \"$dir/" + MERGE
                        + "\")",
                "merge=${merge%%;*}",
                "echo \"submitted the merge as job $merge: it runs once every task has succeeded\"",
                "echo \"watch them with: squeue -j $array,$merge; logs in $dir/" + LOGS + "/\"",
                "echo \"if a task fails, the merge is cancelled; run the failed tasks again with: sh $dir/" + SUBMIT
                        + " K (K: task ids, e.g. 3 or 2,5)\"",
                "");
    }

    /** The #SBATCH lines every job of the sweep shares. */
    private List<String> resources(int cpus) {
        List<String> lines = new ArrayList<>();
        lines.add("#SBATCH --ntasks=1");
        lines.add("#SBATCH --cpus-per-task=" + cpus);
        if (job.partition() != null) {
            lines.add("#SBATCH --partition=" + job.partition());
        }
        if (job.time() != null) {
            lines.add("#SBATCH --time=" + job.time());
        }
        return lines;
    }

    /** A path in a shell command, single-quoted so that any character but none of the shell's counts. */
    static String quote(Path path) {
        return "'" + path.toString().replace("'", "'\\''") + "'";
    }

    /**
     * A log file path in an #SBATCH line: double-quoted (sbatch reads quotes there), with a literal % doubled so
     * that Slurm does not take it for a pattern such as %A (the patterns given here are kept).
     */
    private static String directivePath(Path path) {
        String parent = path.getParent().toString().replace("%", "%%");
        return "\"" + parent + "/" + path.getFileName() + "\"";
    }

    private static String seconds(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
