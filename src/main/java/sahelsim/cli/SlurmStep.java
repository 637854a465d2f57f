package sahelsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Map;
import sahelsim.sweep.SweepPlan;
import sahelsim.sweep.SweepSpec;
import sahelsim.sweep.slurm.SlurmJob;
import sahelsim.sweep.slurm.SlurmScripts;
import sahelsim.sweep.slurm.SlurmSubmitter;

/** The sweep command with --slurm: writes the sweep's Slurm job, says how to submit it, and submits it if asked. */
final class SlurmStep {

    private final SlurmOptions options;
    private final PrintWriter out;
    private final PrintWriter err;
    private final String name;

    SlurmStep(SlurmOptions options, PrintWriter out, PrintWriter err, String name) {
        this.options = options;
        this.out = out;
        this.err = err;
        this.name = name;
    }

    /**
     * Writes the job of {@code sweep} for the folder {@code dir}, its tasks writing on the node's {@code scratch}
     * (shell text, or null); returns the exit code.
     */
    int run(SweepSpec sweep, Path dir, String scratch, double progressEverySeconds, boolean quiet,
            Map<String, String> environment) throws IOException {
        Path jar = programJar();
        long runs = SweepPlan.of(sweep).runCount();
        int arraySize = options.arraySize != null ? options.arraySize
                : (int) Math.min(SlurmJob.DEFAULT_ARRAY_SIZE, runs);
        SlurmJob job = new SlurmJob(sweep.name(), runs, sweep.file().toAbsolutePath().normalize(),
                dir.toAbsolutePath().normalize(), arraySize, options.partition, options.time,
                options.cpusPerTask != null ? options.cpusPerTask : 1, progressEverySeconds, options.site(scratch));
        Path submit = new SlurmScripts(job).write(jar);
        if (!quiet) {
            describe(job, submit);
        }
        if (!options.submit) {
            return ExitCodes.OK;
        }
        return submit(submit, "the job is written: submit it", quiet, environment);
    }

    /**
     * Runs the submit script with sbatch, passing on what sbatch says; {@code written} says what is on disk if
     * sbatch is missing. Returns the exit code.
     */
    int submit(Path submit, String written, boolean quiet, Map<String, String> environment) throws IOException {
        SlurmSubmitter submitter = new SlurmSubmitter(environment);
        if (submitter.sbatch() == null) {
            err.println(name + ": --submit: sbatch is not on the PATH (Slurm's commands are not installed here, or "
                    + "not loaded); " + written + " where Slurm is with 'sh " + submit + "'");
            err.flush();
            return ExitCodes.FAILURE;
        }
        SlurmSubmitter.Outcome outcome = submitter.submit(submit);
        if (!quiet) {
            out.print(outcome.out());
            out.flush();
        }
        // sbatch's warnings as well as its errors.
        err.print(outcome.err());
        err.flush();
        if (outcome.exitCode() != 0) {
            err.println(name + ": the submission failed (" + submit + " ended with exit code " + outcome.exitCode()
                    + "); see sbatch's message above");
            err.flush();
            return ExitCodes.FAILURE;
        }
        return ExitCodes.OK;
    }

    private void describe(SlurmJob job, Path submit) {
        Path scripts = job.scriptsDir();
        int n = job.arraySize();
        int cpus = job.cpusPerTask();
        out.println(job.sweepName() + ": " + job.runs() + " runs as a Slurm job array of " + n + " task"
                + (n == 1 ? "" : "s") + " (up to " + job.runsPerTask() + " run" + (job.runsPerTask() == 1 ? "" : "s")
                + " each, " + cpus + " CPU"
                + (cpus == 1 ? "" : "s") + " each); files in " + scripts + ":");
        out.println("  " + SlurmScripts.ARRAY + "  the array: task i runs shard i/" + n + " into "
                + job.sweepDir().resolve("shard-i-of-" + n));
        out.println("  " + SlurmScripts.MERGE + "  joins the shards into " + job.sweepDir()
                + " once every task has succeeded");
        out.println("  " + SlurmScripts.SUBMIT + "     submits both, the merge depending on the array");
        out.println("  " + SlurmScripts.JAR + "  the program the jobs run; their logs go into " + SlurmScripts.LOGS
                + "/");
        if (n > SlurmJob.USUAL_MAX_ARRAY_SIZE) {
            out.println("Warning: many clusters take at most " + SlurmJob.USUAL_MAX_ARRAY_SIZE + " array tasks "
                    + "(scontrol show config | grep MaxArraySize); a smaller --array-size may be needed.");
        }
        if (!options.submit) {
            out.println("Submit them with: sh " + submit);
        }
        out.println("If task K fails, the merge is cancelled. Run the task again (it resumes its shard) with a new "
                + "merge:");
        out.println("  sh " + submit + " K");
        out.println("or alone, and merge once it is done:");
        out.println("  sbatch --array=K " + scripts.resolve(SlurmScripts.ARRAY));
        out.println("  sbatch " + scripts.resolve(SlurmScripts.MERGE) + "   (or: sahelsim merge " + job.sweepDir()
                + ")");
        out.println("docs/cluster.md says more.");
        out.flush();
    }

    /** The jar given with --jar, or the one this program runs from. */
    Path programJar() {
        if (options.jar != null) {
            if (!Files.isRegularFile(options.jar)) {
                throw new UserError("--jar: expected the program's jar file, got " + options.jar + " ("
                        + (Files.exists(options.jar) ? "not a file" : "no such file") + ")");
            }
            return options.jar;
        }
        CodeSource source = SlurmStep.class.getProtectionDomain().getCodeSource();
        Path running = null;
        if (source != null) {
            try {
                running = Path.of(source.getLocation().toURI());
            } catch (URISyntaxException | IllegalArgumentException e) {
                // Not a file on this machine (a jar inside another, say): the message below asks for --jar.
            }
        }
        if (running == null || !Files.isRegularFile(running)) {
            throw new UserError("--jar: this program does not run from a jar" + (running == null ? "" : " (it runs "
                    + "from " + running + ")") + ", so give the jar the jobs should run with --jar, such as "
                    + "--jar target/sahelsim.jar");
        }
        return running;
    }
}
