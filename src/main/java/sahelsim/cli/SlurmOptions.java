package sahelsim.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The sweep command's options for a Slurm cluster (docs/cluster.md). */
final class SlurmOptions {

    @Option(names = "--slurm", description = "Do not run the sweep here: write a Slurm job into the sweep folder's "
            + "slurm/ folder (a job array, one task per shard, and a merge job that waits for it) and print how to "
            + "submit it.")
    boolean slurm;

    @Option(names = "--array-size", paramLabel = "N",
            description = "With --slurm: the number of array tasks, each running one shard of the sweep (default: "
                    + "10, or the number of runs when fewer).")
    Integer arraySize;

    @Option(names = "--partition", paramLabel = "P",
            description = "With --slurm: the partition the jobs run in (default: the cluster's default).")
    String partition;

    @Option(names = "--time", paramLabel = "HH:MM:SS",
            description = "With --slurm: each job's time limit, HH:MM:SS or D-HH:MM:SS (default: the partition's).")
    String time;

    @Option(names = "--cpus-per-task", paramLabel = "C",
            description = "With --slurm: the CPUs of each array task, which runs as many runs at once (default: 1).")
    Integer cpusPerTask;

    @Option(names = "--jar", paramLabel = "FILE",
            description = "With --slurm: the program jar the jobs run, copied beside the scripts (default: the jar "
                    + "running this command).")
    Path jar;

    @Option(names = "--submit", description = "With --slurm: also submit the jobs with sbatch.")
    boolean submit;

    /** Refuses Slurm options given without --slurm: they would be silently ignored. */
    void checkUsedWithSlurm() {
        if (slurm) {
            return;
        }
        String stray = submit ? "--submit" : arraySize != null ? "--array-size" : partition != null ? "--partition"
                : time != null ? "--time" : cpusPerTask != null ? "--cpus-per-task" : jar != null ? "--jar" : null;
        if (stray != null) {
            throw new UserError(stray + ": only with --slurm, which writes the sweep's Slurm job; add --slurm, or "
                    + "leave " + stray + " out to run the sweep here");
        }
    }
}
