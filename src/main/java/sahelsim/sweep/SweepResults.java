package sahelsim.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import sahelsim.io.CsvTable;

/**
 * The outcomes of every run of a complete sweep folder, read from its runs.csv and checked against its manifest:
 * {@link #outcome} holds outcome o of every run in design order, replicate {@code r} of point {@code p} at
 * {@code p x replications + r} (a grown sweep's run ids are not in that order), NaN for a failed run or an
 * undefined outcome. With the sweep
 * rebuilt from the manifest's text, this is what the analysis works on.
 */
public final class SweepResults {

    private final SweepManifest manifest;
    private final SweepSpec spec;
    private final SweepPlan plan;
    private final double[][] values;
    private final long failed;

    private SweepResults(SweepManifest manifest, SweepSpec spec, SweepPlan plan, double[][] values, long failed) {
        this.manifest = manifest;
        this.spec = spec;
        this.plan = plan;
        this.values = values;
        this.failed = failed;
    }

    /** Reads a whole, complete sweep folder (run at once, or merged from its shards). */
    public static SweepResults read(Path dir) throws IOException {
        SweepManifest manifest = SweepManifest.read(dir);
        if (!manifest.shard().isWhole()) {
            throw new SweepError(dir + " holds shard " + manifest.shard() + " of the sweep " + manifest.name()
                    + "; merge the shards with 'sahelsim merge " + dir.toAbsolutePath().normalize().getParent()
                    + "' and analyse the merged folder");
        }
        if (!manifest.isComplete()) {
            throw new SweepError("the sweep in " + dir + " is not complete (status " + manifest.status() + "); "
                    + "finish it by running its sweep command again, which resumes it");
        }
        SweepSpec spec = SweepLoader.shipped().load(manifest.sweepFile(), manifest.sweepText());
        SweepPlan plan = SweepPlan.of(spec, manifest.growth());
        RunsTable table = RunsTable.of(spec);
        if (plan.runCount() > Integer.MAX_VALUE) {
            throw new SweepError("the sweep has too many runs to analyse at once: " + plan.runCount());
        }
        int runs = (int) plan.runCount();
        double[][] values = new double[spec.outcomes().size()][runs];
        for (double[] v : values) {
            Arrays.fill(v, Double.NaN);
        }
        long failed = 0;
        long rows = 0;
        try (RunLog.Blocks blocks = new RunLog.Blocks(dir.resolve(SweepFolder.RUNS), CsvTable.line(
                table.columns()), Shard.WHOLE, plan.runCount())) {
            for (RunLog.Block b = blocks.next(); b != null; b = blocks.next()) {
                String[] cells = table.cells(b.text());
                rows++;
                if (!RunsTable.OK.equals(cells[table.statusColumn()])) {
                    failed++;
                    continue;
                }
                SweepRun run = plan.run(b.runId());
                int place = run.point() * spec.replications() + run.replicate();
                for (int o = 0; o < values.length; o++) {
                    String v = cells[table.firstOutcome() + o];
                    values[o][place] = v.isEmpty() ? Double.NaN : Double.parseDouble(v);
                }
            }
        }
        if (rows != runs) {
            throw new SweepError(dir.resolve(SweepFolder.RUNS) + " has " + rows + " rows, expected " + runs
                    + " (one per run); the file was changed by hand");
        }
        return new SweepResults(manifest, spec, plan, values, failed);
    }

    public SweepManifest manifest() {
        return manifest;
    }

    public SweepSpec spec() {
        return spec;
    }

    public SweepPlan plan() {
        return plan;
    }

    public long failedRuns() {
        return failed;
    }

    /** Outcome o (in the sweep file's order) of every run, in design order: point x replications + replicate. */
    public double[] outcome(int o) {
        return values[o];
    }
}
