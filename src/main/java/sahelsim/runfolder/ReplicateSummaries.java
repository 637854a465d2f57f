package sahelsim.runfolder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import sahelsim.io.CsvTable;
import sahelsim.io.Json;
import sahelsim.io.NumberText;
import sahelsim.observe.RunRecord;
import sahelsim.stats.ReplicateStats;

/**
 * What the top of a set of replicates holds beside its manifest: monthly-summary.csv (every monthly value
 * as mean, sd and bootstrap 95% confidence interval over replicates, {@link ReplicateStats}) and
 * replicates-summary.json (every number of the replicates' summary.json the same way).
 */
public final class ReplicateSummaries {

    public static final String MONTHLY = "monthly-summary.csv";
    public static final String SUMMARY = "replicates-summary.json";
    public static final List<String> COLUMNS = List.of("date", "measure", "faction", "n", "mean", "sd", "ci95_low",
            "ci95_high");

    /** The sections of summary.json whose numbers are summarised; the rest describe a single run. */
    private static final List<String> SECTIONS = List.of("outcomes", "by_year", "by_faction", "by_side", "by_town");

    private ReplicateSummaries() {
    }

    /** monthly-summary.csv, in the row order of monthly.csv; the tables are the replicates' in index order. */
    public static void writeMonthly(List<MonthlyTable> replicates, Writer out) throws IOException {
        MonthlyTable first = replicates.get(0);
        for (MonthlyTable t : replicates) {
            if (!t.sameShape(first)) {
                throw new IllegalArgumentException("replicates of one scenario must share their months and measures");
            }
        }
        CsvTable table = new CsvTable(out, COLUMNS);
        List<RunRecord.Series> series = first.series();
        double[] values = new double[replicates.size()];
        for (int m = 0; m < first.dates().size(); m++) {
            String date = first.dates().get(m).toString();
            for (int s = 0; s < series.size(); s++) {
                for (int r = 0; r < values.length; r++) {
                    values[r] = replicates.get(r).value(m, s);
                }
                ReplicateStats stats = ReplicateStats.of(values);
                table.row(date, series.get(s).measure().id(), series.get(s).key(), Integer.toString(stats.n()),
                        NumberText.format(stats.mean()), NumberText.format(stats.sd()),
                        NumberText.format(stats.ci95Low()), NumberText.format(stats.ci95High()));
            }
        }
        table.finish();
    }

    /**
     * replicates-summary.json: the scenario, base seed and number of replicates, then the sections of
     * summary.json with every number replaced by its {@link ReplicateStats}.
     */
    public static ObjectNode summary(List<ObjectNode> replicates, long baseSeed) {
        ObjectNode first = replicates.get(0);
        ObjectNode root = Json.object();
        root.set("scenario", first.get("scenario"));
        root.put("base_seed", baseSeed);
        root.put("replicates", replicates.size());
        root.set("start", first.get("start"));
        root.set("end", first.get("end"));
        for (String section : SECTIONS) {
            root.set(section, summarise(replicates.stream().map(r -> r.get(section)).toList()));
        }
        return root;
    }

    /** The same object in every replicate, its numbers summarised at each path. */
    private static ObjectNode summarise(List<JsonNode> nodes) {
        ObjectNode out = Json.object();
        for (Map.Entry<String, JsonNode> field : nodes.get(0).properties()) {
            String name = field.getKey();
            List<JsonNode> children = nodes.stream().map(n -> n.get(name)).toList();
            if (children.get(0).isObject()) {
                out.set(name, summarise(children));
            } else {
                double[] values = children.stream().mapToDouble(c -> c.isNumber() ? c.asDouble() : Double.NaN)
                        .toArray();
                out.set(name, json(ReplicateStats.of(values)));
            }
        }
        return out;
    }

    private static ObjectNode json(ReplicateStats stats) {
        ObjectNode node = Json.object();
        node.put("n", stats.n());
        node.set("mean", NumberText.json(stats.mean()));
        node.set("sd", NumberText.json(stats.sd()));
        node.set("ci95_low", NumberText.json(stats.ci95Low()));
        node.set("ci95_high", NumberText.json(stats.ci95High()));
        return node;
    }
}
