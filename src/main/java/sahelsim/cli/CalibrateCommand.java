package sahelsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import sahelsim.calibrate.Calibration;
import sahelsim.calibrate.CalibrationFolder;
import sahelsim.calibrate.CalibrationLoader;
import sahelsim.calibrate.CalibrationReport;
import sahelsim.calibrate.CalibrationRunner;
import sahelsim.calibrate.CalibrationSetup;
import sahelsim.calibrate.CalibrationSpec;
import sahelsim.calibrate.CalibratedParameter;
import sahelsim.calibrate.Stage;
import sahelsim.calibrate.abc.Population;
import sahelsim.io.NumberText;
import sahelsim.scenario.Problem;
import sahelsim.sweep.Shard;
import sahelsim.sweep.StopRequest;
import sahelsim.sweep.SweepTally;

/**
 * Calibrates a scenario's parameters to dated targets by ABC-SMC, resumably, here or as a chain of Slurm jobs; and
 * scores a finished calibration's posterior predictive runs on a period of targets.
 */
@Command(name = "calibrate", header = "Fit parameters to dated targets by ABC-SMC, and score the fit out of sample.",
        description = {"Calibrate the parameters a calibration file names (scenario key paths with their priors) to the "
                + "targets of one period of its targets file, by approximate Bayesian computation (ABC-SMC, the "
                + "adaptive population Monte Carlo of Lenormand et al. 2013). Each generation's runs are appended to "
                + "a log as they finish: started again into the same folder, a calibration resumes. Once the "
                + "generations end, posterior predictive runs are scored against every target, the fitted period in "
                + "sample and the others out of sample. See docs/calibration.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done (or, with --shard or --step, its part done)",
            "1:some runs failed (the stage's log has their errors; starting again runs them again), or a file could "
                + "not be written", "2:bad input (the calibration or targets file, options, a folder that holds "
                + "something else)", "3:stopped by a signal (--stop-on) before the stage was done; starting again "
                + "resumes it"})
final class CalibrateCommand extends SahelsimCommand {

    @Parameters(index = "0", paramLabel = "FILE",
            description = "The calibration file (YAML), e.g. sweeps/calibrate-2022-2023.yaml.")
    private Path file;

    @Mixin
    private ThreadsOption threads;

    @Option(names = "--out", paramLabel = "DIR", description = "The calibration folder (default: results/<name>).")
    private Path out;

    @Option(names = "--force", description = "Replace the calibration already in the folder, rather than resuming it.")
    private boolean force;

    @Option(names = "--shard", paramLabel = "i/n",
            description = "Run only the current stage's runs whose number leaves i when divided by n (i from 0), into "
                    + "the stage's folder shard-i-of-n, and stop; --step (or a whole start) then joins them.")
    private String shardText;

    @Option(names = "--step", description = "Join the shards' runs of the current stage, run what they left, close "
            + "the stage and stop (one link of a Slurm chain).")
    private boolean step;

    @Option(names = "--validate", paramLabel = "PERIOD",
            description = "Score the finished calibration's posterior predictive runs on the targets of PERIOD "
                    + "(coverage of their 90%% intervals, median error factor) and print them; runs nothing.")
    private String validate;

    @Option(names = "--stop-on", paramLabel = "SIGNAL",
            description = "Stop cleanly on this signal (USR1, USR2, TERM, INT or HUP): take no more runs, let those in "
                    + "flight finish, and exit with code 3. Started again, the calibration resumes.")
    private String stopOn;

    @Mixin
    private QuietOption console;

    @Mixin
    private ProgressOption progressEvery;

    @ArgGroup(exclusive = false, heading = "%nOptions that go with --slurm, for a cluster (docs/cluster.md):%n")
    private SlurmOptions slurm;

    @Override
    public Integer call() throws IOException {
        Shard shard = shard();
        if (step && !shard.isWhole()) {
            throw new UserError("--step: not with --shard: the step joins the shards");
        }
        if (validate != null && (step || !shard.isWhole() || force)) {
            throw new UserError("--validate: scores a finished calibration; it takes no --shard, --step or --force");
        }
        String stopSignal = stopOn == null ? null : StopSignals.parse(stopOn);
        int poolSize = threads.poolSize();
        progressEvery.every();
        CalibrationLoader loader = CalibrationLoader.shipped();
        CalibrationSpec spec = loader.load(file);
        PrintWriter err = this.spec.commandLine().getErr();
        PrintWriter o = this.spec.commandLine().getOut();
        String name = this.spec.qualifiedName();
        if (!console.quiet() && validate == null) {
            for (Problem warning : spec.warnings()) {
                err.println(name + ": warning: " + warning);
            }
        }
        Calibration calibration = CalibrationSetup.of(spec, loader.scenarios());
        Path dir = out != null ? out : CalibrationFolder.defaultDir(spec.name());
        if (slurm != null) {
            refuseWithSlurm("--shard", !shard.isWhole());
            refuseWithSlurm("--step", step);
            refuseWithSlurm("--threads", threads.given());
            refuseWithSlurm("--force", force);
            refuseWithSlurm("--stop-on", stopOn != null);
            refuseWithSlurm("--validate", validate != null);
            return new CalibrationSlurmStep(slurm, o, err, name).run(spec, calibration, dir, progressEvery.seconds(),
                    console.quiet(), System.getenv());
        }
        CalibrationRunner runner = new CalibrationRunner(calibration, CalibrationSetup.settings(spec));
        if (validate != null) {
            return validate(spec, calibration, runner, dir, o);
        }
        String label = spec.name() + (shard.isWhole() ? "" : " shard " + shard);
        StopRequest stop = new StopRequest();
        List<String> closings = new ArrayList<>();
        AtomicReference<SweepTally> counted = new AtomicReference<>();
        long begun = System.nanoTime();
        CalibrationRunner.Result result;
        try (CalibrationProgress progress = console.quiet() ? CalibrationProgress.silent(calibration.algorithm()
                .settings()) : CalibrationProgress.of(err, Progress.onTerminal(), progressEvery.every(), label,
                calibration.algorithm().settings(), calibration.predictive());
             StopSignals signals = stopSignal == null ? StopSignals.none()
                     : StopSignals.install(stopSignal, stop, notice -> {
                         err.println(label + ": " + notice);
                         err.flush();
                     })) {
            long[] stageBegun = {System.nanoTime()};
            CalibrationRunner.Listener listener = new CalibrationRunner.Listener() {
                @Override
                public void starting(Stage stage, Population previous, SweepTally tally) {
                    counted.set(tally);
                    stageBegun[0] = System.nanoTime();
                    if (tally.before() > 0 && !console.quiet()) {
                        err.println(label + ": resuming " + stage + " in " + dir + ": " + tally.before() + " of "
                                + tally.total() + " runs were done");
                        err.flush();
                    }
                    progress.start(stage, previous, tally);
                }

                @Override
                public void closed(Population p) {
                    String line = String.format(Locale.ROOT, "generation %d closed in %s: tolerance %s, "
                                    + "acceptance %s, effective size %s of %d", p.generation(),
                            Progress.duration(Math.round((System.nanoTime() - stageBegun[0]) / 1e9)),
                            NumberText.format(p.tolerance()), Double.isNaN(p.acceptance()) ? "-"
                                    : NumberText.format(p.acceptance()), NumberText.format(p.effectiveSize()), p.size());
                    closings.add(line);
                    if (!console.quiet()) {
                        err.println(label + ": " + line);
                        err.flush();
                    }
                }
            };
            Thread farewell = new Thread(() -> stopped(progress, counted.get(), err, dir), "sahelsim-calibrate-stopped");
            Runtime.getRuntime().addShutdownHook(farewell);
            try {
                result = shard.isWhole() ? runner.run(dir, poolSize, force, step, stop, listener)
                        : runner.runShard(dir, shard, poolSize, stop, listener);
            } finally {
                Runtime.getRuntime().removeShutdownHook(farewell);
            }
        }
        String took = Progress.duration(Math.round((System.nanoTime() - begun) / 1e9));
        if (result.stoppedBy() != null) {
            err.println(String.format(Locale.ROOT, "%s: stopped by %s during %s: %d of %d of its runs done; files in "
                    + "%s. Start the same command again to resume", label, result.stoppedBy(), result.stage(),
                    result.tally().done(), result.tally().total(), dir));
            err.flush();
            return ExitCodes.STOPPED;
        }
        if (result.failed() > 0) {
            err.println(name + ": " + result.failed() + " of " + result.tally().total() + " runs of " + result.stage()
                    + " failed; the stage's log in " + dir + " has their errors (status failed), and starting the "
                    + "calibration again runs them again");
            err.flush();
            return ExitCodes.FAILURE;
        }
        if (!shard.isWhole()) {
            if (!console.quiet()) {
                o.println(label + ": " + (result.complete() ? "the calibration is complete; nothing to run"
                        : result.stage() + ": " + result.tally().total() + " runs (" + result.tally().doneNow()
                        + " this time, in " + took + "); join the shards with: sahelsim calibrate " + file
                        + " --step" + (out == null ? "" : " --out " + dir)));
                o.flush();
            }
            return ExitCodes.OK;
        }
        if (!result.complete()) {
            if (!console.quiet()) {
                o.println(spec.name() + ": " + result.stage() + " closed in " + took + "; next: "
                        + result.history().current() + ". Files in " + dir);
                o.flush();
            }
            return ExitCodes.OK;
        }
        List<Population> populations = result.history().populations();
        Population posterior = populations.get(populations.size() - 1);
        CalibrationReport report = CalibrationReport.read(spec, calibration, dir);
        report.write(dir);
        report.charts(dir, calibration, posterior);
        if (!console.quiet()) {
            summary(o, spec, populations, report, dir, took, poolSize);
        }
        return ExitCodes.OK;
    }

    private int validate(CalibrationSpec spec, Calibration calibration, CalibrationRunner runner, Path dir,
                         PrintWriter o) throws IOException {
        if (!spec.targets().periods().contains(validate)) {
            throw new UserError("--validate: the targets file " + spec.targets().file() + " has no period '" + validate
                    + "'; its periods: " + String.join(", ", spec.targets().periods()));
        }
        if (!runner.isComplete(dir)) {
            throw new UserError("--validate: " + dir + " holds no finished calibration of " + file + "; run 'sahelsim "
                    + "calibrate " + file + (out == null ? "" : " --out " + dir) + "' first");
        }
        CalibrationReport report = CalibrationReport.read(spec, calibration, dir);
        CalibrationReport.PeriodScore p = report.period(validate);
        o.println(String.format(Locale.ROOT, "%s, %s (%s): %d of %d targets inside their 90%% posterior predictive "
                        + "interval (coverage %s), median error factor %s over %d targets", spec.name(), validate,
                p.inSample() ? "in sample: the fitted period" : "out of sample", p.inside(), p.targets(),
                percent(p.coverage()), NumberText.format(p.medianErrorFactor()), p.factorTargets()));
        o.println(targetTable(report.targets().stream().filter(s -> s.target().period().equals(validate)).toList()));
        o.flush();
        return ExitCodes.OK;
    }

    private void summary(PrintWriter o, CalibrationSpec spec, List<Population> populations, CalibrationReport report,
                         Path dir, String took, int poolSize) {
        Population last = populations.get(populations.size() - 1);
        o.println(spec.name() + ": " + populations.size() + " generation" + (populations.size() == 1 ? "" : "s")
                + " and " + spec.predictive() + " posterior predictive runs (" + took + " this time, on " + poolSize
                + " thread" + (poolSize == 1 ? "" : "s") + "); files in " + dir);
        o.println();
        o.println("generation  runs  tolerance  acceptance  effective size");
        for (Population p : populations) {
            o.println(String.format(Locale.ROOT, "%10d  %4d  %9s  %10s  %14s", p.generation(),
                    spec.particles() - (p.generation() == 0 ? 0 : (int) Math.floor(spec.keep() * spec.particles()
                            + 1e-9)), NumberText.format(p.tolerance()), Double.isNaN(p.acceptance()) ? "-"
                            : NumberText.format(p.acceptance()), NumberText.format(p.effectiveSize())));
        }
        o.println();
        o.println("Posterior (generation " + last.generation() + "): mean and 90% interval");
        for (int d = 0; d < spec.parameters().size(); d++) {
            CalibratedParameter p = spec.parameters().get(d);
            o.println(String.format(Locale.ROOT, "  %-40s %10s  [%s, %s]   prior %s", p.path(),
                    NumberText.format(last.mean(d)), NumberText.format(last.quantile(d, 0.05)),
                    NumberText.format(last.quantile(d, 0.95)), p.prior().describe()));
        }
        o.println();
        for (CalibrationReport.PeriodScore p : report.periods()) {
            o.println(String.format(Locale.ROOT, "%s (%s): %d of %d targets inside their 90%% posterior predictive "
                            + "interval (coverage %s), median error factor %s", p.period(),
                    p.inSample() ? "in sample" : "out of sample", p.inside(), p.targets(), percent(p.coverage()),
                    NumberText.format(p.medianErrorFactor())));
        }
        o.println("Every target: " + dir.resolve(CalibrationFolder.PREDICTIVE_TARGETS) + "; charts in "
                + dir.resolve(CalibrationFolder.CHARTS));
        o.flush();
    }

    private static String targetTable(List<CalibrationReport.TargetScore> scores) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-44s %12s %12s %12s %12s  %s%n",
                "target", "observed", "q05", "median", "q95", "inside"));
        for (CalibrationReport.TargetScore s : scores) {
            text.append(String.format(Locale.ROOT, "%-44s %12s %12s %12s %12s  %s%n", s.target().id(),
                    NumberText.format(s.target().observed()), NumberText.format(s.low()), NumberText.format(s.median()),
                    NumberText.format(s.high()), s.inside() ? "yes" : "no"));
        }
        return text.toString().stripTrailing();
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    /** What a calibration stopped by Ctrl-C or kill says as the JVM shuts down. */
    private void stopped(CalibrationProgress progress, SweepTally tally, PrintWriter err, Path dir) {
        progress.end();
        String kept = tally == null ? "no run had finished" : tally.done() + " of " + tally.total()
                + " runs of the current stage are kept in " + dir;
        err.println(spec.qualifiedName() + ": stopped by a signal (Ctrl-C or kill) before the calibration was "
                + "complete: " + kept + "; the runs in progress are lost. Start the same command again to resume");
        err.flush();
    }

    private static void refuseWithSlurm(String option, boolean given) {
        if (given) {
            throw new UserError(option + ": not with --slurm: the jobs the chain submits set their own shards, "
                    + "steps and threads, and resume rather than start afresh");
        }
    }

    private Shard shard() {
        if (shardText == null) {
            return Shard.WHOLE;
        }
        try {
            return Shard.parse(shardText);
        } catch (IllegalArgumentException e) {
            throw new UserError("--shard: " + e.getMessage());
        }
    }
}
