package sahelsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sahelsim.contrast.ScenarioSample;
import sahelsim.io.Json;
import sahelsim.runfolder.RunFiles;
import sahelsim.runfolder.RunFolder;
import sahelsim.runfolder.RunFolderError;

/** The outcomes of each folder's replicates, read from their summary.json, as the contrast tables take them. */
final class Samples {

    /** Shares below this (half a percent) and towns below this (half a town) in every folder are left out. */
    private static final double NEGLIGIBLE_SHARE = 0.005;
    private static final double NEGLIGIBLE_TOWNS = 0.5;

    private Samples() {
    }

    static List<ScenarioSample> of(List<Subject> subjects, List<ReportOutcome> outcomes) {
        List<ScenarioSample> out = new ArrayList<>();
        for (Subject s : subjects) {
            List<JsonNode> summaries = new ArrayList<>();
            for (RunFolder run : s.folder().replicates()) {
                try {
                    summaries.add(Json.read(run.dir().resolve(RunFiles.SUMMARY)));
                } catch (IOException e) {
                    throw new RunFolderError(run.dir().resolve(RunFiles.SUMMARY), "cannot be read: " + e.getMessage());
                }
            }
            Map<String, double[]> values = new LinkedHashMap<>();
            for (ReportOutcome o : outcomes) {
                double[] v = new double[summaries.size()];
                for (int i = 0; i < v.length; i++) {
                    v[i] = o.value(summaries.get(i));
                }
                values.put(o.name(), v);
            }
            out.add(new ScenarioSample(s.label(), s.file(), s.description(), s.start(), s.end(), s.seeds(), values));
        }
        return out;
    }

    /**
     * The outcomes worth a row: all but the factions' shares and towns that are negligible in every folder (a
     * faction that holds nothing anywhere).
     */
    static List<ReportOutcome> worthShowing(List<ReportOutcome> outcomes, List<ScenarioSample> samples) {
        List<ReportOutcome> out = new ArrayList<>();
        for (ReportOutcome o : outcomes) {
            boolean perFaction = o.perFaction();
            double threshold = o.share() ? NEGLIGIBLE_SHARE : NEGLIGIBLE_TOWNS;
            boolean shown = !perFaction;
            for (ScenarioSample s : samples) {
                double sum = 0;
                int n = 0;
                for (double v : s.values(o.name())) {
                    if (!Double.isNaN(v)) {
                        sum += v;
                        n++;
                    }
                }
                if (n > 0 && sum / n >= threshold) {
                    shown = true;
                }
            }
            if (shown) {
                out.add(o);
            }
        }
        return out;
    }
}
