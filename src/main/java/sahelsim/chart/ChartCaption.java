package sahelsim.chart;

import java.util.ArrayList;
import java.util.List;
import sahelsim.runfolder.RunManifest;
import sahelsim.runfolder.RunFolder;

/**
 * The line under every chart that says where its numbers come from: the scenario, how many runs with which
 * seeds, and the program version that ran them.
 */
public record ChartCaption(String text) {

    public static ChartCaption of(RunFolder folder) {
        return new ChartCaption(describe(folder));
    }

    /** One line per folder, for charts that compare several runs or sets. */
    public static ChartCaption of(List<RunFolder> folders) {
        List<String> lines = new ArrayList<>();
        for (RunFolder f : folders) {
            lines.add(describe(f));
        }
        return new ChartCaption(String.join("\n", lines));
    }

    /** A caption for charts drawn from other data (sweeps): the pieces as the caller knows them. */
    public static ChartCaption of(String scenario, String runs, String seeds, String version) {
        return new ChartCaption("Scenario " + scenario + " · " + runs + ", " + seeds + " · " + version);
    }

    private static String describe(RunFolder folder) {
        RunManifest m = folder.manifest();
        String version = m.programLabel();
        String runs;
        if (m.isSet()) {
            List<Long> seeds = m.replicates().stream().filter(r -> r.status().equals("complete"))
                    .map(RunManifest.ReplicateEntry::seed).toList();
            // Derived seeds are long numbers: the base seed says which set it is, the manifest lists them all.
            String s = m.derivedFrom().isPresent() ? "seeds derived from " + m.derivedFrom().getAsLong()
                    : seeds.size() == 1 ? "seed " + seeds.get(0)
                    : seeds.size() == 2 ? "seeds " + seeds.get(0) + " and " + seeds.get(1)
                    : "seeds " + seeds.get(0) + " … " + seeds.get(seeds.size() - 1);
            runs = seeds.size() + (seeds.size() == 1 ? " replicate, " : " replicates, ") + s;
        } else {
            runs = (m.replicateLabel().isEmpty() ? "1 run" : "replicate " + m.replicateLabel()) + ", seed "
                    + m.seed();
        }
        return "Scenario " + m.scenario().name() + " · " + runs + " · " + version;
    }
}
