package sahelsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import sahelsim.calibrate.Calibration;
import sahelsim.calibrate.CalibrationRunner;
import sahelsim.calibrate.CalibrationSetup;
import sahelsim.calibrate.CalibrationSpec;
import sahelsim.sweep.slurm.CalibrationScripts;
import sahelsim.sweep.slurm.SlurmJob;
import sahelsim.sweep.slurm.SlurmScripts;

/**
 * The calibrate command with --slurm: prepares the calibration's folder, writes its chain of Slurm jobs (see
 * {@link CalibrationScripts}), says how to submit it, and submits it if asked.
 */
final class CalibrationSlurmStep {

    private final SlurmOptions options;
    private final PrintWriter out;
    private final PrintWriter err;
    private final String name;

    CalibrationSlurmStep(SlurmOptions options, PrintWriter out, PrintWriter err, String name) {
        this.options = options;
        this.out = out;
        this.err = err;
        this.name = name;
    }

    int run(CalibrationSpec spec, Calibration calibration, Path dir, double progressEverySeconds, boolean quiet,
            Map<String, String> environment) throws IOException {
        if (options.signal != null || options.requeue) {
            throw new UserError((options.signal != null ? "--signal" : "--requeue") + ": not for a calibration: a "
                    + "task stopped at its time limit fails its link, and 'sh submit.sh' resumes the chain from there");
        }
        SlurmStep sweepStep = new SlurmStep(options, out, err, name);
        Path jar = sweepStep.programJar();
        new CalibrationRunner(calibration, CalibrationSetup.settings(spec)).prepare(dir);
        int arraySize = options.arraySize != null ? options.arraySize
                : Math.min(SlurmJob.DEFAULT_ARRAY_SIZE, spec.particles());
        SlurmJob job = new SlurmJob(spec.name(), spec.particles(), spec.file().toAbsolutePath().normalize(),
                dir.toAbsolutePath().normalize(), arraySize, options.partition, options.time,
                options.cpusPerTask != null ? options.cpusPerTask : 1, progressEverySeconds, options.site(null));
        Path submit = new CalibrationScripts(job).write(jar);
        if (!quiet) {
            describe(job, submit);
        }
        if (!options.submit) {
            return ExitCodes.OK;
        }
        return sweepStep.submit(submit, "the jobs are written: submit them", quiet, environment);
    }

    private void describe(SlurmJob job, Path submit) {
        Path scripts = job.scriptsDir();
        int n = job.arraySize();
        out.println(job.sweepName() + ": a chain of Slurm jobs, one link per stage (each generation, then the "
                + "posterior predictive runs), each link a job array of " + n + " task" + (n == 1 ? "" : "s") + " ("
                + job.cpusPerTask() + " CPU" + (job.cpusPerTask() == 1 ? "" : "s") + " each) and a step; files in "
                + scripts + ":");
        out.println("  " + CalibrationScripts.ARRAY + "  the array: task i runs shard i/" + n + " of the current stage");
        out.println("  " + CalibrationScripts.STEP + "       joins the shards, closes the stage, and submits the next "
                + "link until the calibration is complete");
        out.println("  " + SlurmScripts.SUBMIT + "         submits one link (the array, and the step depending on it)");
        out.println("  " + SlurmScripts.JAR + "     the program the jobs run; their logs go into " + SlurmScripts.LOGS
                + "/");
        if (!options.submit) {
            out.println("Submit the first link with: sh " + submit);
        }
        out.println("If a task fails, its step is cancelled and the chain stops; 'sh " + submit + "' resumes it.");
        out.println("docs/cluster.md says more.");
        out.flush();
    }
}
