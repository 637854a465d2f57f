package sahelsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import sahelsim.sweep.DatabaseMemory;
import sahelsim.sweep.ShardMerge;
import sahelsim.sweep.SweepFolder;

/** Joins the shards of a sweep into the whole sweep's folder. */
@Command(name = "merge", header = "Join the shards of a sweep into one sweep folder.",
        description = {"Join the shards of a sweep (run with 'sahelsim sweep FILE --shard i/n') into one sweep "
                + "folder: runs.csv and runs-monthly.csv in run-id order, byte for byte what the whole sweep run at "
                + "once writes, its manifest and the results database. It checks that the shards belong to the "
                + "same sweep and are all there, complete, with every run once, and names what is missing."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:merged; every run finished", "1:merged, but some runs failed or the database could not "
                + "be written", "2:the shards cannot be merged (missing, incomplete, of different sweeps)"})
final class MergeCommand extends SahelsimCommand {

    @Parameters(arity = "1..*", paramLabel = "DIR",
            description = "Shard folders (shard-i-of-n), or sweep folders that hold them.")
    private List<Path> sources;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where the merged sweep goes (default: the folder that holds the shards).")
    private Path out;

    @Option(names = "--force", description = "Replace another sweep's files in the target folder.")
    private boolean force;

    @Mixin
    private DatabaseMemoryOption databaseMemory;

    @Mixin
    private QuietOption console;

    @Override
    public Integer call() throws IOException {
        ShardMerge.Result r = ShardMerge.merge(sources, out, force, databaseMemory.memory());
        if (!console.quiet()) {
            PrintWriter o = spec.commandLine().getOut();
            o.println("merged " + r.shards() + " shard" + (r.shards() == 1 ? "" : "s") + " into " + r.dir() + ": "
                    + r.runs() + " runs, " + r.failed() + " failed");
            o.flush();
        }
        PrintWriter err = spec.commandLine().getErr();
        int code = ExitCodes.OK;
        if (r.failed() > 0) {
            err.println(spec.qualifiedName() + ": " + r.failed() + " of " + r.runs() + " runs failed; runs.csv has "
                    + "their errors (status failed); run their shards again to retry them, then merge again");
            code = ExitCodes.FAILURE;
        }
        if (r.databaseError() != null) {
            err.println(spec.qualifiedName() + ": the runs are merged, but the results database was not written: "
                    + r.databaseError() + ". The manifest's status is database_failed; merge again to write it");
            code = ExitCodes.FAILURE;
        }
        err.flush();
        return code;
    }
}
