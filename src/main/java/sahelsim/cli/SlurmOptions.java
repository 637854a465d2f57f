package sahelsim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import sahelsim.sweep.slurm.SlurmSite;

/**
 * The sweep command's options for a Slurm cluster (docs/cluster.md), an argument group: the others go only with
 * {@code --slurm}, and the parser refuses them without it (ErrorHandler says which one was given).
 */
final class SlurmOptions {

    @Option(names = "--slurm", required = true,
            description = "Do not run the sweep here: write a Slurm job into the sweep folder's slurm/ folder (a job "
                    + "array, one task per shard, and a merge job that waits for it) and print how to submit it.")
    private boolean slurm;

    @Option(names = "--array-size", paramLabel = "N",
            description = "The number of array tasks, each running one shard of the sweep (default: "
                    + "10, or the number of runs when fewer).")
    Integer arraySize;

    @Option(names = "--partition", paramLabel = "P",
            description = "The partition the jobs run in (default: the cluster's default).")
    String partition;

    @Option(names = "--time", paramLabel = "HH:MM:SS",
            description = "Each job's time limit, HH:MM:SS or D-HH:MM:SS (default: the partition's).")
    String time;

    @Option(names = "--cpus-per-task", paramLabel = "C",
            description = "The CPUs of each array task, which runs as many runs at once (default: 1).")
    Integer cpusPerTask;

    @Option(names = "--jar", paramLabel = "FILE",
            description = "The program jar the jobs run, copied beside the scripts (default: the jar "
                    + "running this command).")
    Path jar;

    @Option(names = "--submit", description = "Also submit the jobs with sbatch.")
    boolean submit;

    @Option(names = "--preamble", paramLabel = "LINE",
            description = "A shell line the jobs run before Java, such as 'module load java/17'; give it "
                    + "once per line. The scripts then run in a bash login shell.")
    List<String> preamble = new ArrayList<>();

    @Option(names = "--mem", paramLabel = "SIZE",
            description = "The memory of each task and of the merge, as sbatch --mem takes it (2G, "
                    + "1500M); the JVM sizes its heap from it (default: the cluster's).")
    String mem;

    @Option(names = "--merge-mem", paramLabel = "SIZE",
            description = "The merge's memory, when it needs other than the tasks' --mem.")
    String mergeMem;

    @Option(names = "--signal", paramLabel = "[SIG@]SECONDS",
            description = "Slurm signals each task (USR1, or USR2@...) this many seconds before its time "
                    + "limit; the task then takes no more runs, lets those in flight finish and stops cleanly.")
    String signal;

    @Option(names = "--requeue", description = "With --signal: a task stopped by the signal puts itself "
            + "back in the queue and resumes its shard when it starts again.")
    boolean requeue;

    /** The site settings the options ask for, with the scratch folder of the sweep command's --scratch. */
    SlurmSite site(String scratch) {
        return SlurmSite.of(preamble, mem, mergeMem, signal, requeue, scratch);
    }
}
