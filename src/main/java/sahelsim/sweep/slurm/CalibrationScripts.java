package sahelsim.sweep.slurm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import sahelsim.io.AtomicFiles;

/**
 * The files of a calibration's Slurm chain, in its folder's {@code slurm/}: a calibration goes generation by
 * generation, each depending on the last, so it runs as a chain of jobs rather than one array. Each link is a job
 * array whose task i runs shard i/n of the current stage (a generation, then the posterior predictive runs), and a
 * step job, queued to start once every task has succeeded, that joins the shards, closes the stage and, unless the
 * calibration is then complete, submits the next link with the same submit script. The job's fields are read as a
 * calibration's: its name, its largest stage (N runs), its file and folder.
 */
public final class CalibrationScripts {

    public static final String ARRAY = "calibrate.sbatch";
    public static final String STEP = "step.sbatch";
    /** The file a complete calibration has, which the step looks for to end the chain. */
    public static final String COMPLETE_MARKER = "posterior-predictive.csv";

    private final SlurmJob job;
    private final SlurmScripts common;

    public CalibrationScripts(SlurmJob job) {
        this.job = job;
        this.common = new SlurmScripts(job);
    }

    /** Writes the chain's files, copying {@code programJar} beside them; returns the submit script. */
    public Path write(Path programJar) throws IOException {
        Path dir = job.scriptsDir();
        Files.createDirectories(dir.resolve(SlurmScripts.LOGS));
        AtomicFiles.write(dir.resolve(SlurmScripts.JAR), out -> Files.copy(programJar, out));
        SlurmScripts.writeScript(dir.resolve(ARRAY), array());
        SlurmScripts.writeScript(dir.resolve(STEP), step());
        return SlurmScripts.writeScript(dir.resolve(SlurmScripts.SUBMIT), submit());
    }

    /** The array: task i runs shard i/n of the calibration's current stage. */
    public String array() {
        Path dir = job.scriptsDir();
        int n = job.arraySize();
        List<String> lines = new ArrayList<>(List.of(
                common.shebang(),
                "# One link of calibration " + job.sweepName() + ": task i runs shard i/" + n + " of the current stage "
                        + "(a generation, or the",
                "# posterior predictive runs) into its folder under " + job.sweepDir() + ". Written by 'sahelsim "
                        + "calibrate --slurm';",
                "# submit.sh beside it queues it with the step that closes the stage."));
        lines.add("#SBATCH --job-name=sahelsim-" + job.sweepName());
        lines.add("#SBATCH --array=" + job.taskRange());
        lines.addAll(common.resources(job.cpusPerTask(), job.site().memory()));
        lines.add("#SBATCH --output=" + SlurmScripts.directivePath(dir.resolve(SlurmScripts.LOGS)
                .resolve("shard-%a-of-" + n + "-job-%A.out")));
        lines.addAll(common.preamble());
        lines.add("set -eu");
        lines.add(": \"${SLURM_ARRAY_TASK_ID:?submit this script with sbatch, which runs it as a job array}\"");
        lines.addAll(SlurmScripts.javaCheck());
        lines.add("exec " + SlurmScripts.javaCommand(job.site().memory()) + " -jar "
                + SlurmScripts.quote(dir.resolve(SlurmScripts.JAR)) + " calibrate " + SlurmScripts.quote(job.sweepFile())
                + " \\");
        lines.add("    --shard \"$SLURM_ARRAY_TASK_ID/" + n + "\" --threads \"${SLURM_CPUS_PER_TASK:-1}\" \\");
        lines.add("    --out " + SlurmScripts.quote(job.sweepDir()) + " --progress-every "
                + SlurmScripts.seconds(job.progressEverySeconds()));
        return String.join("\n", lines) + "\n";
    }

    /** The step: joins the shards, closes the stage, and submits the next link unless the calibration is complete. */
    public String step() {
        Path dir = job.scriptsDir();
        String memory = job.site().mergeMemoryOrTasks();
        List<String> lines = new ArrayList<>(List.of(
                common.shebang(),
                "# Joins the shards of calibration " + job.sweepName() + "'s current stage, closes it, and submits the "
                        + "next link",
                "# (sh submit.sh) until the calibration is complete. Queued by submit.sh once every array task has "
                        + "succeeded."));
        lines.add("#SBATCH --job-name=sahelsim-" + job.sweepName() + "-step");
        lines.addAll(common.resources(job.cpusPerTask(), memory));
        lines.add("#SBATCH --output=" + SlurmScripts.directivePath(dir.resolve(SlurmScripts.LOGS)
                .resolve("step-job-%j.out")));
        lines.addAll(common.preamble());
        lines.add("set -eu");
        lines.addAll(SlurmScripts.javaCheck());
        lines.add(SlurmScripts.javaCommand(memory) + " -jar " + SlurmScripts.quote(dir.resolve(SlurmScripts.JAR))
                + " calibrate " + SlurmScripts.quote(job.sweepFile()) + " --step \\");
        lines.add("    --threads \"${SLURM_CPUS_PER_TASK:-1}\" --out " + SlurmScripts.quote(job.sweepDir())
                + " --progress-every " + SlurmScripts.seconds(job.progressEverySeconds()));
        lines.add("if [ -f " + SlurmScripts.quote(job.sweepDir().resolve(COMPLETE_MARKER)) + " ]; then");
        lines.add("  echo \"sahelsim: calibration " + job.sweepName() + " is complete\"");
        lines.add("else");
        lines.add("  exec sh " + SlurmScripts.quote(dir.resolve(SlurmScripts.SUBMIT)));
        lines.add("fi");
        return String.join("\n", lines) + "\n";
    }

    /** Queues the current stage's array and its step, the step waiting for every task to succeed. */
    public String submit() {
        Path dir = job.scriptsDir();
        String name = job.sweepName();
        return String.join("\n",
                "#!/bin/sh",
                "# Submits the next link of calibration " + name + ": the array that runs the current stage's shards and "
                        + "the step",
                "# that joins them once every task has succeeded. The step submits the link after it, until the "
                        + "calibration is complete;",
                "# after a failure, running this script again resumes the chain where it stopped.",
                "set -eu",
                "dir=" + SlurmScripts.quote(dir),
                "array=$(sbatch --parsable \"$dir/" + ARRAY + "\")",
                "array=${array%%;*}",
                "step=$(sbatch --parsable --dependency=afterok:\"$array\" --kill-on-invalid-dep=yes \"$dir/" + STEP
                        + "\")",
                "step=${step%%;*}",
                "echo \"submitted the next stage of calibration " + name + " as job array $array, and its step as job "
                        + "$step\"",
                "echo \"watch them with: squeue -j $array,$step; logs in $dir/" + SlurmScripts.LOGS + "/\"",
                "echo \"if a task fails, the step is cancelled and the chain stops; run this script again to resume: sh "
                        + "$dir/" + SlurmScripts.SUBMIT + "\"",
                "");
    }
}
