package sahelsim.runfolder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A folder written by {@code sahelsim run}, opened for reading: one run, or a set of replicates with one
 * folder per replicate (docs/outputs.md). Files are read on first use and kept.
 */
public final class RunFolder {

    private final Path dir;
    private final RunManifest manifest;
    private List<RunFolder> replicates;
    private MeasureTable daily;
    private MeasureTable monthly;
    private EventTable events;
    private TownTable towns;
    private RegionTable regions;
    private ControlMaps controlMaps;
    private SummaryTable summary;

    private RunFolder(Path dir, RunManifest manifest) {
        this.dir = dir;
        this.manifest = manifest;
    }

    /** Opens a run or a set; fails on a folder that is not one, or whose run is unfinished or failed. */
    public static RunFolder open(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new RunFolderError(dir + ": " + (Files.exists(dir) ? "not a folder" : "no such folder")
                    + "; expected a run folder written by 'sahelsim run'");
        }
        RunManifest manifest = RunManifest.read(dir.resolve(RunManifest.FILE));
        switch (manifest.status()) {
            case "complete" -> { }
            case "running" -> throw new RunFolderError(dir.resolve(RunManifest.FILE),
                    "the run has not finished (status 'running'); draw its charts when it is complete");
            case "failed" -> throw new RunFolderError(dir.resolve(RunManifest.FILE), "the run failed, so there is "
                    + "nothing to chart" + (manifest.error() == null || manifest.error().isEmpty() ? "" : ": " + manifest.error()));
            default -> throw new RunFolderError(dir.resolve(RunManifest.FILE),
                    "expected 'status' to be complete, running or failed, found '" + manifest.status() + "'");
        }
        return new RunFolder(dir, manifest);
    }

    public Path dir() {
        return dir;
    }

    public Path manifestFile() {
        return dir.resolve(RunManifest.FILE);
    }

    public RunManifest manifest() {
        return manifest;
    }

    public boolean isSet() {
        return manifest.isSet();
    }

    /** A set's complete replicates in order; a single run is its own only replicate. */
    public synchronized List<RunFolder> replicates() {
        if (replicates == null) {
            if (!isSet()) {
                replicates = List.of(this);
            } else {
                List<RunFolder> out = new ArrayList<>();
                for (RunManifest.ReplicateEntry r : manifest.replicates()) {
                    if (r.status().equals("complete")) {
                        out.add(open(dir.resolve(r.folder())));
                    }
                }
                if (out.isEmpty()) {
                    throw new RunFolderError(manifestFile(), "no replicate of the set is complete, so there is "
                            + "nothing to chart");
                }
                replicates = List.copyOf(out);
            }
        }
        return replicates;
    }

    /** The run whose maps and events stand for the folder: the run itself, or a set's first complete replicate. */
    public RunFolder firstRun() {
        return replicates().get(0);
    }

    public synchronized MeasureTable daily() {
        if (daily == null) {
            daily = MeasureTable.read(runFile(RunFiles.DAILY));
        }
        return daily;
    }

    public synchronized MeasureTable monthly() {
        if (monthly == null) {
            monthly = MeasureTable.read(runFile(RunFiles.MONTHLY));
        }
        return monthly;
    }

    public synchronized EventTable events() {
        if (events == null) {
            events = EventTable.read(runFile(RunFiles.EVENTS));
        }
        return events;
    }

    public synchronized TownTable towns() {
        if (towns == null) {
            towns = TownTable.read(runFile(RunFiles.TOWNS));
        }
        return towns;
    }

    public synchronized RegionTable regions() {
        if (regions == null) {
            regions = RegionTable.read(runFile(RunFiles.REGIONS));
        }
        return regions;
    }

    /** Whether the run kept control maps (a set: its first replicate, whose maps a set's charts show). */
    public boolean hasControlMaps() {
        return Files.exists(firstRun().dir.resolve(RunFiles.CONTROL));
    }

    public synchronized ControlMaps controlMaps() {
        if (controlMaps == null) {
            controlMaps = ControlMaps.read(runFile(RunFiles.CONTROL), manifest.grid(),
                    manifest.factions().stream().map(RunManifest.FactionInfo::id).toList());
        }
        return controlMaps;
    }

    /**
     * A set's monthly measures over its replicates: its monthly-summary.csv, or, when the set has none,
     * computed from the replicates' monthly.csv.
     */
    public synchronized SummaryTable summary() {
        if (summary == null) {
            Path file = dir.resolve(ReplicateSummaries.MONTHLY);
            if (isSet() && Files.exists(file)) {
                summary = SummaryTable.read(file);
            } else {
                summary = SummaryTable.of(replicates().stream().map(RunFolder::monthly).toList());
            }
        }
        return summary;
    }

    private Path runFile(String name) {
        if (isSet()) {
            throw new IllegalStateException(name + " belongs to a replicate, not to the set in " + dir);
        }
        return dir.resolve(name);
    }
}
