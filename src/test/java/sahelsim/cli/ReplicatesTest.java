package sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sahelsim.cli.RunOutputs.SHORT;
import static sahelsim.cli.RunOutputs.csv;
import static sahelsim.cli.RunOutputs.files;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sahelsim.io.Json;
import sahelsim.stats.ReplicateStats;
import sahelsim.model.Seeds;

/** Sets of replicates: derived seeds, one folder each, the same bytes on any number of threads, summaries. */
class ReplicatesTest {

    private static final long SEED = 7;
    private static final int REPS = 4;

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static Path oneThread;
    private static Path twoThreads;
    private static Cli jsonRun;
    private static Cli textRun;

    @BeforeAll
    static void runTwice() {
        oneThread = shared.resolve("one");
        twoThreads = shared.resolve("two");
        jsonRun = Cli.run("run", SHORT, "--seed", Long.toString(SEED), "--reps", Integer.toString(REPS),
                "--threads", "1", "--out", oneThread.toString(), "--format", "json");
        assertEquals(ExitCodes.OK, jsonRun.exitCode, jsonRun.toString());
        textRun = Cli.run("run", SHORT, "--seed", Long.toString(SEED), "--reps", Integer.toString(REPS),
                "--threads", "2", "--out", twoThreads.toString());
        assertEquals(ExitCodes.OK, textRun.exitCode, textRun.toString());
    }

    @Test
    void theNumberOfThreadsChangesNoByte() throws IOException {
        RunOutputs.assertSameRun(oneThread, twoThreads);
    }

    @Test
    void eachReplicateHasItsOwnFolderBesideTheSetsSummaries() throws IOException {
        List<String> expected = new ArrayList<>(List.of("manifest.json", "monthly-summary.csv"));
        for (int i = 1; i <= REPS; i++) {
            for (String f : List.of("control.csv.gz", "daily.csv", "events.csv", "manifest.json", "monthly.csv",
                    "regions.csv", "summary.json", "towns.csv")) {
                expected.add("rep-00" + i + "/" + f);
            }
        }
        expected.add("replicates-summary.json");
        List<String> data = files(twoThreads).stream().filter(f -> !f.endsWith(".png") && !f.endsWith(".svg")).toList();
        assertEquals(expected.stream().sorted().toList(), data);
        assertTrue(files(twoThreads).contains("control-population.png"), "the set's charts are at its top");
        assertTrue(files(twoThreads).stream().noneMatch(f -> f.startsWith("rep-") && f.endsWith(".png")),
                "replicates get no charts of their own");
    }

    @Test
    void replicateSeedsAreDerivedFromTheSeedAndTheIndex() throws IOException {
        JsonNode set = Json.read(twoThreads.resolve("manifest.json"));
        assertEquals("complete", set.path("status").asText());
        assertEquals(SEED, set.path("base_seed").asLong());
        assertEquals(Seeds.RANDOM_STREAM, set.path("random_stream").asText());
        assertEquals(REPS, set.path("replicates").size());
        for (int i = 1; i <= REPS; i++) {
            JsonNode entry = set.path("replicates").get(i - 1);
            long seed = Seeds.derive(SEED, i - 1);
            assertEquals(i, entry.path("index").asInt());
            assertEquals(seed, entry.path("seed").asLong());
            assertEquals("rep-00" + i, entry.path("folder").asText());
            assertEquals("complete", entry.path("status").asText());
            JsonNode manifest = Json.read(twoThreads.resolve("rep-00" + i).resolve("manifest.json"));
            assertEquals(seed, manifest.path("seed").asLong());
            assertEquals(Seeds.RANDOM_STREAM, manifest.path("random_stream").asText());
            assertEquals(i, manifest.path("replicate").path("index").asInt());
            assertEquals(REPS, manifest.path("replicate").path("of").asInt());
            assertEquals(SEED, manifest.path("replicate").path("base_seed").asLong());
            assertEquals(seed, Json.read(twoThreads.resolve("rep-00" + i).resolve("summary.json")).path("seed").asLong());
        }
    }

    @Test
    void aReplicateRunAloneWithItsSeedGivesTheSameFiles() throws IOException {
        Path alone = dir.resolve("alone");
        Cli cli = Cli.run("run", SHORT, "--seed", Long.toString(Seeds.derive(SEED, 1)), "--out", alone.toString(),
                "--quiet");
        assertEquals(ExitCodes.OK, cli.exitCode, cli.toString());
        for (String f : List.of("daily.csv", "monthly.csv", "events.csv", "towns.csv", "control.csv.gz", "summary.json")) {
            assertArrayEquals(Files.readAllBytes(twoThreads.resolve("rep-002").resolve(f)),
                    Files.readAllBytes(alone.resolve(f)), f);
        }
    }

    @Test
    void theMonthlySummaryIsTheMeanAndIntervalOverReplicates() throws IOException {
        List<List<Map<String, String>>> monthly = new ArrayList<>();
        for (int i = 1; i <= REPS; i++) {
            monthly.add(csv(twoThreads.resolve("rep-00" + i).resolve("monthly.csv")));
        }
        List<Map<String, String>> summary = csv(twoThreads.resolve("monthly-summary.csv"));
        assertEquals(List.of("date", "measure", "faction", "n", "mean", "sd", "ci95_low", "ci95_high"),
                new ArrayList<>(summary.get(0).keySet()));
        assertEquals(monthly.get(0).size(), summary.size());
        int checked = 0;
        for (int row = 0; row < summary.size(); row++) {
            Map<String, String> s = summary.get(row);
            double[] values = new double[REPS];
            for (int i = 0; i < REPS; i++) {
                Map<String, String> m = monthly.get(i).get(row);
                assertEquals(List.of(m.get("date"), m.get("measure"), m.get("faction")),
                        List.of(s.get("date"), s.get("measure"), s.get("faction")));
                values[i] = m.get("value").isEmpty() ? Double.NaN : Double.parseDouble(m.get("value"));
            }
            ReplicateStats expected = ReplicateStats.of(values);
            assertEquals(expected.n(), Integer.parseInt(s.get("n")));
            if (expected.n() == REPS && expected.sd() > 0) {
                assertEquals(expected.mean(), Double.parseDouble(s.get("mean")), 1e-6 * Math.abs(expected.mean()));
                assertEquals(expected.ci95High(), Double.parseDouble(s.get("ci95_high")),
                        1e-6 * Math.abs(expected.ci95High()) + 1e-9);
                checked++;
            }
        }
        assertTrue(checked > 100, "too few rows vary between replicates: " + checked);
    }

    @Test
    void theSetsSummaryHoldsEachOutcomeOverReplicatesAndIsPrintedAsJson() throws IOException {
        JsonNode summary = Json.read(twoThreads.resolve("replicates-summary.json"));
        assertEquals(summary, new ObjectMapper().readTree(jsonRun.out), "--format json prints the set's summary");
        double sum = 0;
        for (int i = 1; i <= REPS; i++) {
            sum += Json.read(twoThreads.resolve("rep-00" + i).resolve("summary.json"))
                    .path("outcomes").path("fatalities_total").asDouble();
        }
        JsonNode fatalities = summary.path("outcomes").path("fatalities_total");
        assertEquals(REPS, fatalities.path("n").asInt());
        assertEquals(sum / REPS, fatalities.path("mean").asDouble(), 1e-6 * sum);
        assertTrue(fatalities.path("ci95_low").asDouble() <= fatalities.path("mean").asDouble());
        assertEquals(REPS, summary.path("by_faction").path("jnim").path("control_share_population_end").path("n").asInt());
        assertEquals(REPS, summary.path("replicates").asInt());
    }

    @Test
    void theTableGivesMeansWithIntervalsAndWhereTheFilesAre() {
        assertTrue(textRun.out.contains(REPS + " replicates from seed " + SEED + " on 2 threads"), textRun.out);
        assertTrue(textRun.out.contains("95% confidence interval"), textRun.out);
        assertTrue(textRun.out.lines().anyMatch(l -> l.startsWith("Fatalities") && l.matches(".*\\(.* to .*\\)")),
                textRun.out);
        assertTrue(textRun.out.contains("rep-001/ to rep-004/"), textRun.out);
    }
}
