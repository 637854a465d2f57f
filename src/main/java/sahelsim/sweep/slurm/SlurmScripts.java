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

    static Path writeScript(Path file, String text) throws IOException {
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
        SlurmSite site = job.site();
        int n = job.arraySize();
        List<String> lines = new ArrayList<>(List.of(
                shebang(),
                "# The runs of sweep " + job.sweepName() + " as a Slurm job array: task i runs shard i/" + n
                        + " of its " + job.runs() + " runs (about " + job.runsPerTask() + " each)",
                "# into " + job.sweepDir() + "/shard-i-of-" + n + ". Written by 'sahelsim sweep --slurm';",
                "# submit it with submit.sh beside it, which also queues the merge. A task that failed can run again",
                "# alone, resuming its shard: sbatch --array=K " + dir.resolve(ARRAY)));
        lines.add("#SBATCH --job-name=sahelsim-" + job.sweepName());
        lines.add("#SBATCH --array=" + job.taskRange());
        lines.addAll(resources(job.cpusPerTask(), site.memory()));
        if (site.stopSignal() != null) {
            // B: signals this script only; it passes the signal on to the sweep, which Slurm would not signal.
            lines.add("#SBATCH --signal=B:" + site.stopSignal() + "@" + site.signalSeconds());
        }
        if (site.requeue()) {
            lines.add("#SBATCH --requeue");
            // A requeued task writes the same log file: kept, not truncated, so that it tells both starts.
            lines.add("#SBATCH --open-mode=append");
        }
        lines.add("#SBATCH --output=" + directivePath(dir.resolve(LOGS).resolve("shard-%a-of-" + n + "-job-%A.out")));
        lines.addAll(preamble());
        if (site.scratch() != null) {
            // Expanded here, before 'set -u', so that an unset variable gets the message below, not the shell's.
            lines.add("scratch=\"" + site.scratch() + "\"");
        }
        lines.add("set -eu");
        lines.add(": \"${SLURM_ARRAY_TASK_ID:?submit this script with sbatch, which runs it as a job array}\"");
        lines.addAll(javaCheck());
        if (site.scratch() != null) {
            lines.addAll(List.of(
                    "if [ -z \"$scratch\" ] || [ ! -d \"$scratch\" ]; then",
                    "  echo \"sahelsim: the scratch folder (--scratch " + site.scratch().replace("$", "\\$")
                            + ") is '$scratch' on node $(uname -n), not a folder there; give --scratch a folder that "
                            + "every node has\" >&2",
                    "  exit 1",
                    "fi"));
        }
        String sweep = javaCommand(site.memory()) + " -jar " + quote(dir.resolve(JAR)) + " sweep "
                + quote(job.sweepFile()) + " \\";
        String shard = "    --shard \"$SLURM_ARRAY_TASK_ID/" + n + "\" --threads \"${SLURM_CPUS_PER_TASK:-1}\" \\";
        String out = "    --out " + quote(job.sweepDir()) + " --progress-every " + seconds(job.progressEverySeconds())
                + (site.scratch() != null ? " --scratch \"$scratch\"" : "");
        if (site.stopSignal() == null) {
            lines.addAll(List.of("exec " + sweep, shard, out));
        } else {
            lines.addAll(stoppingOnSignal(sweep, shard, out, n));
        }
        return String.join("\n", lines) + "\n";
    }

    /**
     * The sweep run in the background so that this script can pass the signal on, then (with --requeue) the task
     * put back in the queue when the signal stopped it and it got on with its shard: a task that finished no run
     * before the signal would only come back to be stopped again.
     */
    private List<String> stoppingOnSignal(String sweep, String shard, String out, int n) {
        SlurmSite site = job.site();
        String signal = site.stopSignal();
        List<String> lines = new ArrayList<>(List.of(
                "# Slurm sends SIG" + signal + " to this script " + site.signalSeconds() + " s before the time limit: "
                        + "passed on to the sweep,",
                "# which then takes no more runs, lets those in flight finish and exits with code 3 (SIGTERM, at the "
                        + "limit, drops them)."));
        if (site.requeue()) {
            lines.addAll(List.of(
                    "shard_runs=" + quote(job.sweepDir()) + "/\"shard-$SLURM_ARRAY_TASK_ID-of-" + n + "/runs.csv\"",
                    "rows() { if [ -f \"$shard_runs\" ]; then wc -l <\"$shard_runs\"; else echo 0; fi; }",
                    "rows_before=$(rows)"));
        }
        lines.addAll(List.of(
                "warned=\"\"",
                sweep.replace(" \\", "") + " \\",
                shard,
                out + " --stop-on " + signal + " &",
                "pid=$!",
                "trap 'warned=1; kill -s " + signal + " \"$pid\" 2>/dev/null || true' " + signal,
                "# SIGTERM reaches the sweep from Slurm itself; this script waits for the sweep to end.",
                "trap ':' TERM",
                "while :; do",
                "  wait \"$pid\" && code=0 || code=$?",
                "  kill -0 \"$pid\" 2>/dev/null || break",
                "done"));
        if (site.requeue()) {
            lines.addAll(List.of(
                    "if [ \"$code\" -eq 3 ] && [ -n \"$warned\" ]; then",
                    "  if [ \"$(rows)\" -gt \"$rows_before\" ]; then",
                    "    echo \"sahelsim: the time limit is near: task $SLURM_ARRAY_TASK_ID goes back in the queue to "
                            + "resume its shard\"",
                    "    exec scontrol requeue \"${SLURM_ARRAY_JOB_ID}_${SLURM_ARRAY_TASK_ID}\"",
                    "  fi",
                    "  echo \"sahelsim: task $SLURM_ARRAY_TASK_ID finished no run before the time limit came near, so "
                            + "it is not requeued (it would not get further); raise its time limit\" >&2",
                    "fi"));
        }
        lines.add("exit \"$code\"");
        return lines;
    }

    /** The merge: joins the shard folders into the sweep folder and builds the results database. */
    public String merge() {
        Path dir = job.scriptsDir();
        List<String> lines = new ArrayList<>(List.of(
                shebang(),
                "# Joins the " + job.arraySize() + " shards of sweep " + job.sweepName() + " into " + job.sweepDir()
                        + " once every task of its",
                "# job array has succeeded (submit.sh queues it with --dependency=afterok on the array)."));
        lines.add("#SBATCH --job-name=sahelsim-" + job.sweepName() + "-merge");
        lines.addAll(resources(1, job.site().mergeMemoryOrTasks()));
        lines.add("#SBATCH --output=" + directivePath(dir.resolve(LOGS).resolve("merge-job-%j.out")));
        if (job.arraySize() == 1) {
            // Shard 0/1 is the whole sweep, which the one task wrote into the sweep folder, database included.
            lines.add("echo \"sweep " + job.sweepName() + ": its one task ran the whole sweep into "
                    + job.sweepDir().toString().replace("\"", "") + "; there is nothing to merge\"");
            return String.join("\n", lines) + "\n";
        }
        lines.addAll(preamble());
        lines.add("set -eu");
        lines.addAll(javaCheck());
        lines.add("exec " + javaCommand(job.site().mergeMemoryOrTasks()) + " -jar " + quote(dir.resolve(JAR))
                + " merge " + quote(job.sweepDir()));
        return String.join("\n", lines) + "\n";
    }

    /**
     * sh, or with a preamble a bash login shell: the site's profile defines 'module' there, which a plain sh
     * started by slurmd may lack.
     */
    String shebang() {
        return job.site().preamble().isEmpty() ? "#!/bin/sh" : "#!/bin/bash -l";
    }

    /** The --preamble lines, before 'set -eu': module scripts often read unset variables. */
    List<String> preamble() {
        List<String> preamble = job.site().preamble();
        if (preamble.isEmpty()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add("# The site's set-up (--preamble):");
        lines.addAll(preamble);
        return lines;
    }

    /**
     * Stops the job with a message when the node has no java, or one older than 17: where jobs start without the
     * submitting shell's environment (SBATCH_EXPORT=NONE, --export=NONE) a java loaded on the login node is not
     * found, and an old one fails with a class version error that does not say what to do.
     */
    static List<String> javaCheck() {
        return List.of(
                "if ! java=$(command -v java); then",
                "  echo \"sahelsim: no java on the PATH of this job on node $(uname -n) (PATH=$PATH); sahelsim needs "
                        + "Java 17 or newer. Load it in the job (sahelsim sweep ... --slurm --preamble 'module load "
                        + "java/17'), or submit where the job's environment has it (clusters with SBATCH_EXPORT=NONE "
                        + "start jobs without the login shell's)\" >&2",
                "  exit 1",
                "fi",
                "version=$(\"$java\" -version 2>&1 | sed -n 's/.* version \"\\([^\"]*\\)\".*/\\1/p' | sed -n 1p)",
                "major=${version#1.}",
                "major=${major%%[!0-9]*}",
                "if [ -z \"$major\" ] || [ \"$major\" -lt 17 ]; then",
                "  echo \"sahelsim: the java found on node $(uname -n), $java, is version ${version:-unknown}; sahelsim "
                        + "needs Java 17 or newer. Load a newer one in the job (sahelsim sweep ... --slurm --preamble "
                        + "'module load java/17') or put it first on the PATH\" >&2",
                "  exit 1",
                "fi");
    }

    /** java with the JVM options of a job of {@code memory}, then the user's. */
    static String javaCommand(String memory) {
        String maxRam = SlurmSite.maxRam(memory);
        return "java " + (maxRam == null ? "" : maxRam + " ") + "${SAHELSIM_JAVA_OPTS:-}";
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

    /** The #SBATCH lines every job of the sweep shares, with its CPUs and memory (null: the cluster's default). */
    List<String> resources(int cpus, String memory) {
        List<String> lines = new ArrayList<>();
        lines.add("#SBATCH --ntasks=1");
        lines.add("#SBATCH --cpus-per-task=" + cpus);
        if (job.partition() != null) {
            lines.add("#SBATCH --partition=" + job.partition());
        }
        if (job.time() != null) {
            lines.add("#SBATCH --time=" + job.time());
        }
        if (memory != null) {
            lines.add("#SBATCH --mem=" + memory);
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
    static String directivePath(Path path) {
        String parent = path.getParent().toString().replace("%", "%%");
        return "\"" + parent + "/" + path.getFileName() + "\"";
    }

    static String seconds(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
