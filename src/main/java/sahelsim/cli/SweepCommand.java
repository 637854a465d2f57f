package sahelsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import sahelsim.scenario.Problem;
import sahelsim.sweep.DatabaseMemory;
import sahelsim.sweep.Shard;
import sahelsim.sweep.StopRequest;
import sahelsim.sweep.SweepFolder;
import sahelsim.sweep.SweepLoader;
import sahelsim.sweep.SweepRunner;
import sahelsim.sweep.SweepSpec;
import sahelsim.sweep.SweepTally;

/** Runs a sweep file's runs, or one shard of them, into a folder that a later start resumes. */
@Command(name = "sweep", header = "Run a sweep, resumable, here or as a Slurm job.",
        description = {"Run a sweep (a design of parameter values, each point replicated) and record every run in "
                + "runs.csv, appended as runs finish. Started again into the same folder, it resumes: finished "
                + "runs are kept, failed and missing ones are run. Once complete, the runs are also loaded into "
                + "sweep.duckdb with Parquet exports (see docs/sweeps.md). With --slurm it writes a Slurm job that "
                + "runs the sweep on a cluster instead (see docs/cluster.md)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every run finished (with --slurm: the job is written, and submitted with --submit)",
            "1:some runs failed (runs.csv has their errors; starting the sweep again runs them again), or the database "
                + "could not be written, or the Slurm job could not be submitted", "2:bad input (the sweep file, "
                + "options, a folder that holds another sweep)",
            "3:stopped by a signal (--stop-on) before every run was done; starting the sweep again resumes it"})
final class SweepCommand extends SahelsimCommand {

    @Parameters(index = "0", paramLabel = "FILE",
            description = "The sweep file (YAML), e.g. sweeps/withdrawal-wagner.yaml.")
    private Path file;

    @Mixin
    private ThreadsOption threads;

    @Option(names = "--out", paramLabel = "DIR",
            description = "The sweep folder (default: results/<sweep name>). A shard writes into DIR/shard-i-of-n.")
    private Path out;

    @Option(names = "--shard", paramLabel = "i/n",
            description = "Run only the runs whose id leaves i when divided by n (i from 0), for a cluster's job "
                    + "array; join the shards with 'sahelsim merge'.")
    private String shardText;

    @Option(names = "--force", description = "Replace the sweep already in the folder, rather than resuming it.")
    private boolean force;

    @Mixin
    private DatabaseMemoryOption databaseMemory;

    @Mixin
    private QuietOption console;

    @Mixin
    private ProgressOption progressEvery;

    @Option(names = "--stop-on", paramLabel = "SIGNAL",
            description = "Stop cleanly on this signal (USR1, USR2, TERM, INT or HUP): take no more runs, let the runs "
                    + "in flight finish, and exit with code 3; SIGTERM or SIGINT then (or instead) drops the runs in "
                    + "flight and stops at once. Started again, the sweep resumes. For a batch system's warning "
                    + "before a time limit (Slurm's --signal).")
    private String stopOn;

    @Option(names = "--scratch", paramLabel = "DIR",
            description = "Write the runs into a working copy of the logs in DIR (a node-local folder such as "
                    + "$TMPDIR), each run copied to the sweep folder as it finishes; the copy is removed at the end. "
                    + "With --slurm: the folder on each node, shell text expanded there (e.g. '$TMPDIR').")
    private String scratch;

    @ArgGroup(exclusive = false, heading = "%nOptions that go with --slurm, for a cluster (docs/cluster.md):%n")
    private SlurmOptions slurm;

    @Override
    public Integer call() throws IOException {
        if (slurm != null) {
            refuseWithSlurm("--shard", shardText != null, "each array task runs one shard; --array-size sets how many");
            refuseWithSlurm("--threads", threads.given(), "each task runs as many runs at once as it has CPUs; "
                    + "--cpus-per-task sets them");
            refuseWithSlurm("--force", force, "the tasks resume their shards; to start afresh, remove the sweep "
                    + "folder or choose another with --out");
            refuseWithSlurm("--stop-on", stopOn != null, "the tasks stop on the signal --signal asks Slurm for");
        }
        String stopSignal = stopOn == null ? null : StopSignals.parse(stopOn);
        if (slurm == null && scratch != null && !Files.isDirectory(Path.of(scratch))) {
            throw new UserError("--scratch: expected an existing folder for the working copy of the logs, got "
                    + scratch + " (" + (Files.exists(Path.of(scratch)) ? "not a folder" : "no such folder") + ")");
        }
        int poolSize = threads.poolSize();
        progressEvery.every();
        Shard shard = shard();
        DatabaseMemory memory = databaseMemory.memory();
        String text = SweepLoader.text(file);
        SweepLoader loader = SweepLoader.shipped();
        SweepSpec sweep = loader.load(file, text);
        PrintWriter err = spec.commandLine().getErr();
        if (!console.quiet()) {
            for (Problem warning : sweep.warnings()) {
                err.println(spec.qualifiedName() + ": warning: " + warning);
            }
        }
        if (slurm != null) {
            Path dir = out != null ? out : SweepFolder.defaultDir(sweep.name(), Shard.WHOLE);
            return new SlurmStep(slurm, spec.commandLine().getOut(), err, spec.qualifiedName())
                    .run(sweep, dir, scratch, progressEvery.seconds(), console.quiet(), System.getenv());
        }
        Path dir = out == null ? SweepFolder.defaultDir(sweep.name(), shard)
                : shard.isWhole() ? out : out.resolve(shard.folderName());
        SweepRunner runner = new SweepRunner(loader, sweep, text, shard);
        String label = sweep.name() + (shard.isWhole() ? "" : " shard " + shard);
        long begun = System.nanoTime();
        SweepRunner.Result result;
        AtomicReference<SweepTally> counted = new AtomicReference<>();
        StopRequest stop = new StopRequest();
        try (SweepProgress progress = console.quiet() ? SweepProgress.silent() : SweepProgress.of(err, Progress.onTerminal(),
                progressEvery.every(), label);
             StopSignals signals = stopSignal == null ? StopSignals.none()
                     : StopSignals.install(stopSignal, stop, notice -> {
                         err.println(label + ": " + notice);
                         err.flush();
                     })) {
            Thread farewell = new Thread(() -> stopped(progress, counted.get(), err, dir), "sahelsim-sweep-stopped");
            Runtime.getRuntime().addShutdownHook(farewell);
            try {
                result = runner.run(dir, scratch == null ? null : Path.of(scratch), poolSize, force, memory,
                        (tally, resumed) -> {
                            counted.set(tally);
                            if (resumed && !console.quiet()) {
                                err.println(label + ": resuming in " + dir + ": " + tally.before() + " of "
                                        + tally.total() + " runs were done");
                                err.flush();
                            }
                            progress.start(tally);
                        }, stop);
            } finally {
                Runtime.getRuntime().removeShutdownHook(farewell);
            }
        }
        long total = result.tally().total();
        if (result.stoppedBy() != null) {
            SweepTally tally = result.tally();
            err.println(String.format(Locale.ROOT, "%s: stopped by %s: %d of %d runs done (%d this time), %d failed; "
                    + "files in %s. Start the same command again to resume", label, result.stoppedBy(),
                    tally.done(), total, tally.doneNow(),
                    result.failed(), dir));
            err.flush();
            return ExitCodes.STOPPED;
        }
        if (!console.quiet()) {
            PrintWriter o = spec.commandLine().getOut();
            o.println(String.format(Locale.ROOT, "%s: %d runs (%d this time, on %d thread%s, in %s), %d failed; "
                    + "files in %s", label, total, result.tally().doneNow(), poolSize, poolSize == 1 ? "" : "s",
                    Progress.duration(Math.round((System.nanoTime() - begun) / 1e9)), result.failed(), dir));
            if (!shard.isWhole()) {
                o.println("When every shard is done, join them with: sahelsim merge " + dir.getParent());
            }
            o.flush();
        }
        int code = ExitCodes.OK;
        if (result.failed() > 0) {
            err.println(spec.qualifiedName() + ": " + result.failed() + " of " + total + " runs failed; runs.csv "
                    + "has their errors (status failed), and starting the sweep again runs them again");
            code = ExitCodes.FAILURE;
        }
        if (result.databaseError() != null) {
            err.println(spec.qualifiedName() + ": the runs are complete, but the results database was not written: "
                    + result.databaseError() + ". The manifest's status is database_failed; start the same command "
                    + "again to write it (the runs are kept and not run again)");
            code = ExitCodes.FAILURE;
        }
        err.flush();
        return code;
    }

    /**
     * What a sweep stopped by Ctrl-C (SIGINT) or kill (SIGTERM) says as the JVM shuts down, which it does with
     * exit code 130 or 143: the progress line ended, the runs kept, and how to resume. Printed even with --quiet,
     * since the sweep did not do what was asked.
     */
    private void stopped(SweepProgress progress, SweepTally tally, PrintWriter err, Path dir) {
        progress.end();
        String kept = tally == null ? "no run had finished"
                : tally.done() + " of " + tally.total() + " runs are kept in " + dir.resolve(SweepFolder.RUNS);
        err.println(spec.qualifiedName() + ": stopped by a signal (Ctrl-C or kill) before the sweep was complete: "
                + kept + "; the runs in progress are lost. Start the same command again to resume: finished runs "
                + "are not run again");
        err.flush();
    }

    private static void refuseWithSlurm(String option, boolean given, String why) {
        if (given) {
            throw new UserError(option + ": not with --slurm: " + why);
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
