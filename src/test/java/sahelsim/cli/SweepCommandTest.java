package sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sahelsim.io.Json;
import sahelsim.io.NumberText;
import sahelsim.sweep.SweepFolder;

/** The sweep command through the real parser: determinism, failures, folders, bad input, re-running one run. */
class SweepCommandTest {

    @TempDir
    static Path shared;

    static Path sweepFile;
    /** The lhs sweep run on two threads, shared by the tests that only read it. */
    static Path twoThreads;

    @BeforeAll
    static void runTheSweepOnTwoThreads() {
        sweepFile = TestSweeps.lhs(shared);
        twoThreads = shared.resolve("two");
        Cli cli = Cli.run("sweep", sweepFile.toString(), "--out", twoThreads.toString(), "--threads", "2", "--quiet");
        assertEquals(ExitCodes.OK, cli.exitCode, cli.toString());
    }

    @Test
    void oneThreadWritesTheSameBytesAsTwo(@TempDir Path dir) throws IOException {
        Path one = dir.resolve("one");
        Cli cli = Cli.run("sweep", sweepFile.toString(), "--out", one.toString(), "--threads", "1");
        assertEquals(ExitCodes.OK, cli.exitCode, cli.toString());
        assertTrue(cli.out.contains("lhs-test: 16 runs (16 this time, on 1 thread"), cli.out);
        for (String file : List.of("runs.csv", "runs-monthly.csv")) {
            assertEquals(Files.readString(twoThreads.resolve(file)), Files.readString(one.resolve(file)), file);
        }
        List<String> rows = Files.readAllLines(one.resolve("runs.csv"));
        assertEquals("run_id,point,replicate,seed,wagner.strength,wagner.abuse,armed_group_population_share_end,"
                + "fatalities_total,civilian_deaths_total,towns_held_end:csp,status,error", rows.get(0));
        assertEquals(17, rows.size());
        for (int id = 0; id < 16; id++) {
            String[] cells = rows.get(id + 1).split(",", -1);
            assertEquals(List.of(Integer.toString(id), Integer.toString(id / 2), Integer.toString(id % 2)),
                    List.of(cells[0], cells[1], cells[2]));
            assertEquals(Long.toString(sahelsim.model.Seeds.derive(7, id / 2, id % 2)), cells[3]);
            assertEquals("ok", cells[10]);
        }
        JsonNode manifest = Json.read(one.resolve("manifest.json"));
        assertEquals("complete", manifest.path("status").asText());
        assertEquals(16, manifest.path("counts").path("ok").asLong());
        assertEquals(Files.readString(sweepFile), manifest.path("sweep").path("text").asText());
        assertEquals(sahelsim.model.Seeds.RANDOM_STREAM, manifest.path("random_stream").asText());
        assertEquals(List.of("manifest.json", "monthly.parquet", "runs-monthly.csv", "runs.csv", "runs.parquet",
                "sweep.duckdb"), RunOutputs.files(one).stream().filter(f -> !f.startsWith(".")).toList());
    }

    @Test
    void aRunThatThrowsIsRecordedWithItsErrorAndTheSweepGoesOn(@TempDir Path dir) throws IOException {
        Path file = TestSweeps.withFailures(dir);
        Path out = dir.resolve("out");
        Cli cli = Cli.run("sweep", file.toString(), "--out", out.toString(), "--quiet");
        assertEquals(ExitCodes.FAILURE, cli.exitCode, cli.toString());
        assertTrue(cli.err.contains("2 of 8 runs failed"), cli.err);
        assertFalse(cli.err.contains("\tat "), "no stack trace: " + cli.err);
        List<String> rows = Files.readAllLines(out.resolve("runs.csv"));
        assertEquals(9, rows.size());
        for (int id = 0; id < 8; id++) {
            String row = rows.get(id + 1);
            if (id / 2 == 1) {
                assertTrue(row.startsWith(id + ",1,") && row.contains(",,failed,\"invalid scenario: ")
                        && row.contains("2022-01-25"), row);
            } else {
                assertTrue(row.endsWith(",ok,"), row);
            }
        }
        assertEquals(2, Json.read(out.resolve("manifest.json")).path("counts").path("failed").asLong());
        String before = Files.readString(out.resolve("runs.csv"));
        Cli again = Cli.run("sweep", file.toString(), "--out", out.toString(), "--quiet");
        assertEquals(ExitCodes.FAILURE, again.exitCode, "failed runs are run again, and fail again");
        assertEquals(before, Files.readString(out.resolve("runs.csv")));
    }

    @Test
    void aFolderHoldingAnotherSweepIsRefusedUnlessForced(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        Path failing = TestSweeps.withFailures(dir);
        assertEquals(ExitCodes.FAILURE, Cli.run("sweep", failing.toString(), "--out", out.toString(), "--quiet").exitCode);
        Cli refused = Cli.run("sweep", sweepFile.toString(), "--out", out.toString(), "--quiet");
        assertEquals(ExitCodes.BAD_INPUT, refused.exitCode, refused.toString());
        assertTrue(refused.err.contains("holds another sweep: its name is failing-test, not lhs-test"), refused.err);
        assertTrue(refused.err.contains("--force"), refused.err);

        Path changed = TestSweeps.write(dir, "failing.yaml", TestSweeps.read(failing).replace("seed: 3", "seed: 4")
                .replace(TestSweeps.JANUARY.toString(), "%s"));
        Cli edited = Cli.run("sweep", changed.toString(), "--out", out.toString(), "--quiet");
        assertEquals(ExitCodes.BAD_INPUT, edited.exitCode, edited.toString());
        assertTrue(edited.err.contains("has changed since that sweep started"), edited.err);

        Cli forced = Cli.run("sweep", sweepFile.toString(), "--out", out.toString(), "--quiet", "--force");
        assertEquals(ExitCodes.OK, forced.exitCode, forced.toString());
        assertEquals(Files.readString(twoThreads.resolve("runs.csv")), Files.readString(out.resolve("runs.csv")));
        // A folder as a build before random stream versions wrote it: its manifest names no stream.
        ObjectNode manifest = (ObjectNode) Json.read(out.resolve("manifest.json"));
        manifest.remove("random_stream");
        Files.writeString(out.resolve("manifest.json"), Json.text(manifest));
        Cli old = Cli.run("sweep", sweepFile.toString(), "--out", out.toString(), "--quiet");
        assertBadInput(old, "made with the random streams mt19937-32bit-seed-v1 of an older sahelsim");
        assertTrue(old.err.contains("cannot be resumed") && old.err.contains("--force"), old.err);
        assertBadInput(Cli.run("run", "--from-sweep", out.toString(), "--run-id", "1", "--out",
                dir.resolve("rerun").toString()), "was made with the random streams mt19937-32bit-seed-v1");
    }

    @Test
    void badSweepFilesAndOptionsGiveOneMessageAndExitCode2(@TempDir Path dir) {
        Path typo = TestSweeps.write(dir, "typo.yaml", TestSweeps.read(sweepFile).replace("replications:", "replication:")
                .replace(TestSweeps.JANUARY.toString(), "%s"));
        assertBadInput(Cli.run("sweep", typo.toString(), "--out", dir.resolve("a").toString()),
                "typo.yaml:5:1: replication: unknown key");
        assertBadInput(Cli.run("sweep", dir.resolve("missing.yaml").toString()), "no such file");
        assertBadInput(Cli.run("sweep", sweepFile.toString(), "--shard", "4/4"), "--shard: expected i/n");
        assertBadInput(Cli.run("sweep", sweepFile.toString(), "--shard", "two"), "--shard: expected i/n");
        assertBadInput(Cli.run("sweep", sweepFile.toString(), "--threads", "0"), "--threads: expected 1 or more");
        assertBadInput(Cli.run("sweep"), "Missing required parameter: 'FILE'");
        assertBadInput(Cli.run("analyze", dir.toString()), "is not a sweep folder");
        assertBadInput(Cli.run("merge", dir.resolve("nowhere").toString()), "no such folder");
    }

    private static void assertBadInput(Cli cli, String expected) {
        assertEquals(ExitCodes.BAD_INPUT, cli.exitCode, cli.toString());
        assertTrue(cli.err.contains(expected), "expected '" + expected + "' in:\n" + cli.err);
        assertFalse(cli.err.contains("\tat ") || cli.err.contains("Exception"), "no stack trace:\n" + cli.err);
    }

    @Test
    void aSweepRunRunAloneGivesTheNumbersOfItsRow(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("run-5");
        Cli cli = Cli.run("run", "--from-sweep", twoThreads.toString(), "--run-id", "5", "--out", out.toString(),
                "--no-charts");
        assertEquals(ExitCodes.OK, cli.exitCode, cli.toString());
        String[] row = Files.readAllLines(twoThreads.resolve("runs.csv")).get(6).split(",", -1);
        assertEquals("5", row[0]);
        JsonNode summary = Json.read(out.resolve("summary.json"));
        assertEquals(row[6], NumberText.format(summary.path("outcomes").path("armed_group_population_share_end").asDouble()));
        assertEquals(row[7], NumberText.format(summary.path("outcomes").path("fatalities_total").asDouble()));
        assertEquals(row[8], NumberText.format(summary.path("outcomes").path("civilian_deaths_total").asDouble()));
        assertEquals(row[9], NumberText.format(summary.path("by_faction").path("csp").path("towns_held_end").asDouble()));
        assertEquals(row[3], summary.path("seed").asText());
        assertTrue(cli.out.contains("Run 5 of sweep lhs-test (point 2, replicate 1), outcomes as in runs.csv:\n"
                + "  armed_group_population_share_end = " + row[6]), cli.out);
        JsonNode manifest = Json.read(out.resolve("manifest.json"));
        assertEquals("wagner.strength=" + row[4], manifest.path("overrides").get(0).asText());

        assertBadInput(Cli.run("run", "--from-sweep", twoThreads.toString()), "--from-sweep needs --run-id");
        assertBadInput(Cli.run("run", "--run-id", "3", "--out", out.toString()), "--run-id: only with --from-sweep");
        assertBadInput(Cli.run("run", "--from-sweep", twoThreads.toString(), "--run-id", "16"), "runs 0 to 15, got 16");
        assertBadInput(Cli.run("run", "--from-sweep", twoThreads.toString(), "--run-id", "1", "--seed", "3"),
                "--seed cannot be given with --from-sweep");
    }

    @Test
    void aFolderAnotherProcessIsWritingIsRefused(@TempDir Path dir) {
        try (SweepFolder busy = SweepFolder.lock(dir)) {
            assertBadInput(Cli.run("sweep", sweepFile.toString(), "--out", dir.toString()),
                    "another sahelsim process is writing the sweep folder " + dir);
        }
    }

    @Test
    void theProgressLineCountsRunsBeforeAndNowAndFailures() {
        sahelsim.sweep.SweepTally tally = new sahelsim.sweep.SweepTally(200, 20);
        SweepProgress progress = SweepProgress.of(new java.io.PrintWriter(new java.io.StringWriter()), false,
                java.time.Duration.ofHours(1), "sweep");
        progress.start(tally);
        tally.ok().addAndGet(10);
        tally.failed().addAndGet(2);
        assertEquals("sweep: 32 of 200 runs done (20 before this start), 2 failed, estimating time left",
                progress.line());
        progress.close();
    }

    @Test
    void chartRefusesASweepFolderAndNamesTheCommandsThatDrawIt() {
        Cli cli = Cli.run("chart", twoThreads.toString());
        assertBadInput(cli, "is a sweep folder");
        assertTrue(cli.err.contains("sahelsim analyze"), cli.err);
    }
}
