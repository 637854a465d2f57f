package sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sahelsim.cli.RunOutputs.SHORT;
import static sahelsim.cli.RunOutputs.csv;
import static sahelsim.cli.RunOutputs.files;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sahelsim.io.Json;
import sahelsim.load.ScenarioLoader;
import sahelsim.load.ScenarioText;
import sahelsim.observe.Measure;
import sahelsim.scenario.FactionSpec;
import sahelsim.scenario.Scenario;

/** The run command through the real parser, on a four-month scenario. */
class RunCommandTest {

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static Path base;
    private static Cli baseRun;
    private static Scenario scenario;

    @BeforeAll
    static void runOnce() {
        base = shared.resolve("base");
        baseRun = Cli.run("run", SHORT, "--seed", "3", "--out", base.toString());
        assertEquals(ExitCodes.OK, baseRun.exitCode, baseRun.toString());
        scenario = ScenarioLoader.shipped().load(Path.of(SHORT));
    }

    @Test
    void aRunWritesTheFilesOfTheContract() throws IOException {
        List<String> files = files(base);
        assertTrue(files.containsAll(List.of("control.csv.gz", "daily.csv", "events.csv", "manifest.json",
                "monthly.csv", "summary.json", "towns.csv", "regions.csv")), files.toString());
        assertTrue(files.containsAll(List.of("control-population.png", "control-population.svg", "fatalities.png",
                "civilian-deaths.png", "displacement.png", "control-maps.png")), "the default charts: " + files);
        assertEquals("date,measure,faction,value", RunOutputs.header(base.resolve("daily.csv")));
        assertEquals("date,measure,faction,value", RunOutputs.header(base.resolve("monthly.csv")));
        assertEquals("event_id,event_date,event_type,sub_event_type,actor1,actor2,admin1,location,latitude,longitude,"
                + "fatalities,notes,actor1_id,actor2_id,actor1_fatalities,actor2_fatalities,civilian_fatalities",
                RunOutputs.header(base.resolve("events.csv")));
        assertEquals("town_id,town,region,status,faction,from,to,days", RunOutputs.header(base.resolve("towns.csv")));
        assertEquals(List.of("date", "x", "y", "lat", "lon", "faction", "zone", "government_share"),
                new ArrayList<>(csv(base.resolve("control.csv.gz")).get(0).keySet()));
    }

    @Test
    void theManifestRecordsWhereTheRunCameFrom() throws IOException {
        JsonNode m = Json.read(base.resolve("manifest.json"));
        assertEquals("complete", m.path("status").asText());
        assertTrue(m.path("error").isNull());
        assertEquals(3, m.path("seed").asLong());
        assertEquals("mt19937-64bit-seed-v2", m.path("random_stream").asText());
        assertTrue(m.path("replicate").isNull());
        assertEquals(SHORT, m.path("scenario").path("file").asText());
        assertEquals(ScenarioText.canonical(scenario), m.path("scenario").path("canonical").asText());
        assertEquals(ScenarioText.hash(scenario), m.path("scenario").path("sha256").asText());
        List<String> listed = strings(m.path("files"));
        assertEquals(List.of("daily.csv", "monthly.csv", "events.csv", "towns.csv", "regions.csv", "control.csv.gz",
                "summary.json"), listed.subList(0, 7));
        for (String chart : listed.subList(7, listed.size())) {
            assertTrue((chart.endsWith(".png") || chart.endsWith(".svg")) && Files.exists(base.resolve(chart)), chart);
        }
        assertTrue(listed.size() > 6, "the charts are listed after the data files");
        assertEquals(scenario.factions().size(), m.path("factions").size());
        assertEquals("fama", m.path("factions").get(0).path("id").asText());
        assertEquals(111, m.path("grid").path("width").asInt());
        assertFalse(m.path("started").asText().isEmpty());
        assertFalse(m.path("finished").asText().isEmpty());
    }

    @Test
    void theSameScenarioAndSeedGiveTheSameBytes() throws IOException {
        Path again = dir.resolve("again");
        Cli cli = Cli.run("run", SHORT, "--seed", "3", "--out", again.toString(), "--quiet");
        assertEquals(ExitCodes.OK, cli.exitCode, cli.toString());
        RunOutputs.assertSameRun(base, again);
        byte[] gz = Files.readAllBytes(again.resolve("control.csv.gz"));
        assertArrayEquals(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0}, Arrays.copyOf(gz, 8),
                "gzip header with flags and time stamp zero");
    }

    @Test
    void theFatalitiesOfTheEventLogAddUpToTheDailyTotals() throws IOException {
        Map<String, Long> byDay = new TreeMap<>();
        for (Map<String, String> e : csv(base.resolve("events.csv"))) {
            long dead = Long.parseLong(e.get("fatalities"));
            assertEquals(dead, Long.parseLong(e.get("actor1_fatalities")) + Long.parseLong(e.get("actor2_fatalities"))
                    + Long.parseLong(e.get("civilian_fatalities")), e.toString());
            byDay.merge(e.get("event_date"), dead, Long::sum);
        }
        long total = 0;
        int days = 0;
        for (Map<String, String> row : csv(base.resolve("daily.csv"))) {
            if (row.get("measure").equals("fatalities") && row.get("faction").isEmpty()) {
                days++;
                long daily = Long.parseLong(row.get("value"));
                assertEquals(byDay.getOrDefault(row.get("date"), 0L), daily, row.get("date"));
                total += daily;
            }
        }
        assertEquals(scenario.days(), days);
        assertTrue(total > 0, "a run of four months without a death says nothing");
    }

    @Test
    void controlSharesSumToOneEachDay() throws IOException {
        Map<String, Double> sums = new TreeMap<>();
        for (Map<String, String> row : csv(base.resolve("daily.csv"))) {
            String m = row.get("measure");
            if (m.equals("control_share_population") || m.equals("control_share_area") || m.startsWith("zone_share")) {
                sums.merge(row.get("date") + " " + m, Double.parseDouble(row.get("value")), Double::sum);
            }
        }
        assertEquals(scenario.days() * 4, sums.size());
        sums.forEach((key, sum) -> assertEquals(1.0, sum, 1e-5, key));
    }

    @Test
    void perFactionRowsAddUpToTheTotalRowInTheContractsOrder() throws IOException {
        List<String> order = new ArrayList<>();
        Map<String, Double> factionSums = new LinkedHashMap<>();
        Map<String, Double> totals = new LinkedHashMap<>();
        for (Map<String, String> row : csv(base.resolve("daily.csv"))) {
            if (row.get("date").equals(scenario.start().toString())) {
                order.add(row.get("measure") + "/" + row.get("faction"));
            }
            String m = row.get("measure");
            if (m.equals("attacks") || m.equals("fatalities") || m.equals("civilian_deaths")) {
                String key = row.get("date") + " " + m;
                double v = Double.parseDouble(row.get("value"));
                if (row.get("faction").isEmpty()) {
                    totals.put(key, v);
                } else {
                    factionSums.merge(key, v, Double::sum);
                }
            }
        }
        assertEquals(totals.keySet(), factionSums.keySet());
        totals.forEach((key, total) -> assertEquals(total, factionSums.get(key), 1e-9, key));
        List<String> factions = scenario.factions().stream().map(FactionSpec::id).toList();
        List<String> fatalities = order.stream().filter(k -> k.startsWith("fatalities/")).toList();
        List<String> expected = new ArrayList<>(factions.stream().map(f -> "fatalities/" + f).toList());
        expected.add("fatalities/");
        assertEquals(expected, fatalities, "factions in scenario order, then the total");
        assertEquals("control_share_population/" + factions.get(0), order.get(0));
        int previous = -1;
        for (String key : order) {
            int m = Measure.byId(key.substring(0, key.indexOf('/'))).ordinal();
            assertTrue(m >= previous, "measures out of order at " + key);
            previous = m;
        }
    }

    @Test
    void monthlyFlowsAreTheMonthsTotalAndLevelsItsLastDay() throws IOException {
        Map<String, Double> fatalities = new TreeMap<>();
        Map<String, String> displaced = new TreeMap<>();
        for (Map<String, String> row : csv(base.resolve("daily.csv"))) {
            String month = row.get("date").substring(0, 7);
            if (row.get("measure").equals("fatalities") && row.get("faction").isEmpty()) {
                fatalities.merge(month, Double.parseDouble(row.get("value")), Double::sum);
            }
            if (row.get("measure").equals("displaced")) {
                displaced.put(month, row.get("date") + " " + row.get("value"));
            }
        }
        int months = 0;
        for (Map<String, String> row : csv(base.resolve("monthly.csv"))) {
            String month = row.get("date").substring(0, 7);
            LocalDate date = LocalDate.parse(row.get("date"));
            assertTrue(date.plusDays(1).getDayOfMonth() == 1 || date.equals(scenario.end()), row.get("date"));
            if (row.get("measure").equals("fatalities") && row.get("faction").isEmpty()) {
                months++;
                assertEquals(fatalities.get(month), Double.parseDouble(row.get("value")), 1e-9, month);
            }
            if (row.get("measure").equals("displaced")) {
                assertEquals(displaced.get(month), row.get("date") + " " + row.get("value"));
            }
        }
        assertEquals(4, months);
    }

    @Test
    void heldSpansOfEachTownCoverTheRunWithoutGaps() throws IOException {
        Map<String, LocalDate> next = new LinkedHashMap<>();
        for (Map<String, String> span : csv(base.resolve("towns.csv"))) {
            if (!span.get("status").equals("held")) {
                assertEquals("blockaded", span.get("status"));
                continue;
            }
            LocalDate from = LocalDate.parse(span.get("from"));
            LocalDate to = LocalDate.parse(span.get("to"));
            assertEquals(next.getOrDefault(span.get("town_id"), scenario.start()), from, span.toString());
            assertEquals(to.toEpochDay() - from.toEpochDay() + 1, Long.parseLong(span.get("days")));
            next.put(span.get("town_id"), to.plusDays(1));
        }
        assertTrue(next.size() > 30, "every town has a held span");
        next.forEach((town, day) -> assertEquals(scenario.end().plusDays(1), day, town));
    }

    @Test
    void theSummaryAgreesWithTheDailyRecord() throws IOException {
        JsonNode summary = Json.read(base.resolve("summary.json"));
        double fatalities = 0;
        double jnimEnd = Double.NaN;
        for (Map<String, String> row : csv(base.resolve("daily.csv"))) {
            if (row.get("measure").equals("fatalities") && row.get("faction").isEmpty()) {
                fatalities += Double.parseDouble(row.get("value"));
            }
            if (row.get("measure").equals("control_share_population") && row.get("faction").equals("jnim")
                    && row.get("date").equals(scenario.end().toString())) {
                jnimEnd = Double.parseDouble(row.get("value"));
            }
        }
        assertEquals("short-2022", summary.path("scenario").asText());
        assertEquals(3, summary.path("seed").asLong());
        assertEquals(fatalities, summary.path("outcomes").path("fatalities_total").asDouble());
        assertEquals(jnimEnd, summary.path("by_faction").path("jnim").path("control_share_population_end").asDouble());
        assertTrue(summary.path("by_year").has("2022"));
        assertTrue(summary.path("by_town").path("timbuktu").has("blockade_days"));
    }

    @Test
    void theTableShowsTheHeadlinesAndWhereTheFilesAre() throws IOException {
        JsonNode summary = Json.read(base.resolve("summary.json"));
        String out = baseRun.out;
        assertTrue(out.contains("Control of the population on " + scenario.end()), out);
        assertTrue(out.contains("JNIM (al-Qaeda)"), out);
        assertTrue(out.contains("nobody"), out);
        long fatalities = summary.path("outcomes").path("fatalities_total").asLong();
        assertTrue(out.contains(String.format(java.util.Locale.ROOT, "%,d", fatalities)), out);
        assertTrue(out.contains("Days Timbuktu was blockaded"), out);
        assertTrue(out.contains("Protests and riots"), out);
        assertTrue(out.contains("Files in " + base), out);
        assertFalse(baseRun.err.contains("\tat "), baseRun.err);
    }

    @Test
    void formatJsonPrintsTheSummaryAndQuietKeepsStderrEmpty() throws IOException {
        Path out = dir.resolve("json");
        Cli cli = Cli.run("run", SHORT, "--seed", "3", "--out", out.toString(), "--format", "json", "--quiet",
                "--map-every", "30");
        assertEquals(ExitCodes.OK, cli.exitCode, cli.toString());
        assertEquals(Json.read(base.resolve("summary.json")), new ObjectMapper().readTree(cli.out));
        assertEquals("", cli.err);
        List<String> dates = csv(out.resolve("control.csv.gz")).stream().map(r -> r.get("date")).distinct().toList();
        assertEquals(List.of("2022-01-01", "2022-01-31", "2022-03-02", "2022-04-01", "2022-04-30"), dates,
                "every 30 days and the last day");
    }

    @Test
    void quietPrintsNothing() {
        Cli cli = Cli.run("run", SHORT, "--out", dir.resolve("quiet").toString(), "--quiet", "--map-every", "0");
        assertEquals(ExitCodes.OK, cli.exitCode, cli.toString());
        assertEquals("", cli.out);
        assertEquals("", cli.err);
        assertFalse(Files.exists(dir.resolve("quiet").resolve("control.csv.gz")), "--map-every 0 writes no map");
    }

    @Test
    void progressGoesToStderrAndOverridesAreRecorded() throws IOException {
        Path out = dir.resolve("set");
        Cli cli = Cli.run("run", SHORT, "--seed", "5", "--out", out.toString(), "--progress-every", "0.05",
                "--set", "wagner.strength=1500");
        assertEquals(ExitCodes.OK, cli.exitCode, cli.toString());
        assertTrue(cli.err.lines().anyMatch(l -> l.matches("short-2022 seed 5: .*%.*")), cli.err);
        JsonNode m = Json.read(out.resolve("manifest.json"));
        assertEquals(List.of("wagner.strength=1500"), strings(m.path("overrides")));
        assertNotEquals(ScenarioText.hash(scenario), m.path("scenario").path("sha256").asText());
        assertTrue(m.path("scenario").path("canonical").asText().contains("strength: 1500"));
    }

    @Test
    void anOccupiedFolderIsRefusedWithoutForceAndLeftAlone() throws IOException {
        Map<String, byte[]> before = contents(base);
        Cli cli = Cli.run("run", SHORT, "--seed", "3", "--out", base.toString());
        assertEquals(ExitCodes.BAD_INPUT, cli.exitCode, cli.toString());
        assertTrue(cli.err.contains("--force"), cli.err);
        assertFalse(cli.err.contains("\tat "), cli.err);
        Map<String, byte[]> after = contents(base);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
    }

    @Test
    void forceReplacesTheEarlierRunAndKeepsOtherFiles() throws IOException {
        Path out = dir.resolve("forced");
        assertEquals(ExitCodes.OK, Cli.run("run", SHORT, "--out", out.toString(), "--quiet").exitCode);
        Files.writeString(out.resolve("notes.txt"), "mine");
        Cli cli = Cli.run("run", SHORT, "--out", out.toString(), "--quiet", "--force", "--map-every", "0");
        assertEquals(ExitCodes.OK, cli.exitCode, cli.toString());
        List<String> data = files(out).stream().filter(f -> !f.endsWith(".png") && !f.endsWith(".svg")).toList();
        assertEquals(List.of("daily.csv", "events.csv", "manifest.json", "monthly.csv", "notes.txt", "regions.csv",
                "summary.json", "towns.csv"), data, "the old control map is gone, the user's file stays");
        assertTrue(files(out).stream().noneMatch(f -> f.startsWith("control-map")),
                "the old map pictures went with the maps: " + files(out));
        assertFalse(strings(Json.read(out.resolve("manifest.json")).path("files")).contains("control.csv.gz"));
    }

    @Test
    void badOutputPathsAreCleanErrors() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        for (Path out : List.of(file, file.resolve("below"))) {
            Cli cli = Cli.run("run", SHORT, "--out", out.toString());
            assertEquals(ExitCodes.BAD_INPUT, cli.exitCode, cli.toString());
            assertTrue(cli.err.contains("--out"), cli.err);
            assertFalse(cli.err.contains("\tat "), cli.err);
            assertEquals(1, cli.err.lines().count(), cli.err);
            assertEquals("", cli.out);
        }
        assertEquals("x", Files.readString(file));
    }

    @Test
    void aRunThatCannotWriteItsFilesLeavesAFailedManifestAndNoData() throws IOException {
        Path out = dir.resolve("blocked");
        Files.writeString(Files.createDirectories(out.resolve("events.csv")).resolve("inside"), "in the way");
        Cli cli = Cli.run("run", SHORT, "--out", out.toString(), "--force");
        assertEquals(ExitCodes.FAILURE, cli.exitCode, cli.toString());
        assertTrue(cli.err.contains("events.csv"), cli.err);
        assertFalse(cli.err.contains("\tat "), cli.err);
        JsonNode m = Json.read(out.resolve("manifest.json"));
        assertEquals("failed", m.path("status").asText());
        assertTrue(m.path("error").asText().contains("events.csv"), m.toString());
        assertEquals(0, m.path("files").size());
        assertEquals(List.of("events.csv/inside", "manifest.json"), files(out), "no data file may look complete");
    }

    @Test
    void badOptionsAreBadInputAndWriteNothing() {
        List<String[]> cases = List.of(
                new String[] {"--reps", "0"},
                new String[] {"--threads", "0", "--reps", "2"},
                new String[] {"--map-every", "-1"},
                new String[] {"--format", "xml"},
                new String[] {"--progress-every", "0"},
                new String[] {"--set", "wagner.strength=lots"},
                new String[] {"--set", "nonsense"},
                new String[] {"--seed", "one"});
        for (String[] options : cases) {
            List<String> args = new ArrayList<>(List.of("run", SHORT, "--out", dir.resolve("never").toString()));
            args.addAll(List.of(options));
            Cli cli = Cli.run(args.toArray(String[]::new));
            assertEquals(ExitCodes.BAD_INPUT, cli.exitCode, String.join(" ", options) + "\n" + cli);
            assertFalse(cli.err.contains("\tat "), cli.err);
            assertFalse(Files.exists(dir.resolve("never")), String.join(" ", options) + " wrote a folder");
        }
        Cli missing = Cli.run("run", "scenarios/no-such-file.yaml", "--out", dir.resolve("never").toString());
        assertEquals(ExitCodes.BAD_INPUT, missing.exitCode, missing.toString());
        assertTrue(missing.err.contains("no-such-file.yaml"), missing.err);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static Map<String, byte[]> contents(Path folder) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        for (String name : files(folder)) {
            out.put(name, Files.readAllBytes(folder.resolve(name)));
        }
        return out;
    }
}
