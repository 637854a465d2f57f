package sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sahelsim.io.Json;
import sahelsim.model.Seeds;

/**
 * Growing a sweep: more replications, then more Sobol base samples, keep every row already written and its seed,
 * and the grown sweep holds the runs, and gives the analysis, of the sweep run at its final size from scratch.
 */
class SweepGrowCommandTest {

    private static final String SOBOL = """
            name: grow-test
            base: %s
            design: sobol
            samples: SAMPLES
            replications: REPLICATIONS
            seed: 17
            parameters:
              wagner.strength: {min: 0, max: 4000}
              civilians.legitimacy: {min: 0.25, max: 0.65}
            outcomes: [fatalities_total]
            """;

    @TempDir
    static Path shared;

    /** The sweep at 1 sample x 1 replication (4 runs), and grown to 1 x 2 (8) then 2 x 2 (16 runs). */
    static Path grown;
    static List<String> firstRows;
    static List<String> secondRows;
    static String firstMonths;
    static String secondMonths;

    static Path file(Path dir, int samples, int replications) {
        return TestSweeps.write(dir, "grow.yaml", SOBOL.replace("SAMPLES", Integer.toString(samples))
                .replace("REPLICATIONS", Integer.toString(replications)));
    }

    static Cli sweep(Path file, Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("sweep", file.toString(), "--out", out.toString(),
                "--quiet"));
        args.addAll(List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    @BeforeAll
    static void growASweepTwice() throws IOException {
        grown = shared.resolve("grown");
        assertEquals(ExitCodes.OK, sweep(file(shared, 1, 1), grown).exitCode);
        firstRows = Files.readAllLines(grown.resolve("runs.csv"));
        firstMonths = Files.readString(grown.resolve("runs-monthly.csv"));
        Cli more = sweep(file(shared, 1, 2), grown);
        assertEquals(ExitCodes.OK, more.exitCode, more.toString());
        secondRows = Files.readAllLines(grown.resolve("runs.csv"));
        secondMonths = Files.readString(grown.resolve("runs-monthly.csv"));
        Cli bigger = sweep(file(shared, 2, 2), grown);
        assertEquals(ExitCodes.OK, bigger.exitCode, bigger.toString());
    }

    @Test
    void growingKeepsEveryRowAndItsSeedByteForByte() throws IOException {
        List<String> rows = Files.readAllLines(grown.resolve("runs.csv"));
        assertEquals(1 + 4, firstRows.size());
        assertEquals(1 + 8, secondRows.size());
        assertEquals(1 + 16, rows.size());
        assertEquals(firstRows, secondRows.subList(0, firstRows.size()));
        assertEquals(secondRows, rows.subList(0, secondRows.size()));
        String months = Files.readString(grown.resolve("runs-monthly.csv"));
        assertTrue(secondMonths.startsWith(firstMonths));
        assertTrue(months.startsWith(secondMonths));
        // Run ids follow the sizes: 4 points x 1, then replicate 1 of those points, then the 4 new points x 2; the
        // seeds are those of the point's Saltelli block of 4 points (common random numbers) and replicate.
        int[][] expected = {{0, 0}, {1, 0}, {2, 0}, {3, 0}, {0, 1}, {1, 1}, {2, 1}, {3, 1},
                {4, 0}, {4, 1}, {5, 0}, {5, 1}, {6, 0}, {6, 1}, {7, 0}, {7, 1}};
        for (int id = 0; id < 16; id++) {
            String[] cells = rows.get(id + 1).split(",", -1);
            assertEquals(List.of(Integer.toString(id), Integer.toString(expected[id][0]),
                    Integer.toString(expected[id][1]), Long.toString(Seeds.derive(17, expected[id][0] / 4,
                            expected[id][1]))),
                    List.of(cells[0], cells[1], cells[2], cells[3]), "run " + id);
        }
        JsonNode manifest = Json.read(grown.resolve("manifest.json"));
        assertEquals("complete", manifest.path("status").asText());
        assertEquals(16, manifest.path("runs").asLong());
        assertEquals(3, manifest.path("growth").size());
        assertEquals(Files.readString(shared.resolve("grow.yaml")), manifest.path("sweep").path("text").asText());
    }

    @Test
    void theGrownSweepHoldsTheRunsAndAnalysisOfTheSweepRunAtItsFinalSize(@TempDir Path dir) throws IOException {
        Path scratch = dir.resolve("scratch");
        assertEquals(ExitCodes.OK, sweep(file(dir, 2, 2), scratch).exitCode);
        assertEquals(byPointAndReplicate(scratch), byPointAndReplicate(grown));
        Path copy = dir.resolve("grown");
        copyTop(grown, copy);
        for (Path out : List.of(scratch, copy)) {
            Cli cli = Cli.run("analyze", out.toString());
            assertEquals(ExitCodes.OK, cli.exitCode, cli.toString());
        }
        for (String table : List.of("sobol.csv", "points.csv")) {
            assertEquals(Files.readString(scratch.resolve("analysis").resolve(table)),
                    Files.readString(copy.resolve("analysis").resolve(table)), table);
        }
    }

    @Test
    void aGrownSweepResumesAndItsRunsRerunAlone(@TempDir Path dir) throws IOException {
        Path copy = dir.resolve("copy");
        copyTop(grown, copy);
        List<String> rows = Files.readAllLines(copy.resolve("runs.csv"));
        // As if stopped after 11 of its 16 runs: the later rows lost.
        Files.write(copy.resolve("runs.csv"), rows.subList(0, 12));
        Cli resumed = sweep(file(shared, 2, 2), copy);
        assertEquals(ExitCodes.OK, resumed.exitCode, resumed.toString());
        assertEquals(Files.readString(grown.resolve("runs.csv")), Files.readString(copy.resolve("runs.csv")));
        assertEquals(Files.readString(grown.resolve("runs-monthly.csv")),
                Files.readString(copy.resolve("runs-monthly.csv")));

        Path out = dir.resolve("run-9");
        Cli rerun = Cli.run("run", "--from-sweep", grown.toString(), "--run-id", "9", "--out", out.toString(),
                "--no-charts");
        assertEquals(ExitCodes.OK, rerun.exitCode, rerun.toString());
        String[] row = rows.get(10).split(",", -1);
        assertEquals(row[3], Json.read(out.resolve("summary.json")).path("seed").asText());
        assertTrue(rerun.out.contains("Run 9 of sweep grow-test (point 4, replicate 1)"), rerun.out);
    }

    @Test
    void grownShardsMergeIntoTheGrownWholeSweep(@TempDir Path dir) throws IOException {
        Path sharded = dir.resolve("sharded");
        int[][] sizes = {{1, 1}, {1, 2}, {2, 2}};
        for (int[] size : sizes) {
            Path file = file(dir, size[0], size[1]);
            for (int i = 0; i < 2; i++) {
                Cli cli = sweep(file, sharded, "--shard", i + "/2");
                assertEquals(ExitCodes.OK, cli.exitCode, cli.toString());
            }
            if (size[1] == 2 && size[0] == 1) {
                assertEquals(ExitCodes.OK, Cli.run("merge", sharded.toString()).exitCode);
            }
        }
        Cli merged = Cli.run("merge", sharded.toString());
        assertEquals(ExitCodes.OK, merged.exitCode, merged.toString());
        for (String name : List.of("runs.csv", "runs-monthly.csv")) {
            assertEquals(Files.readString(grown.resolve(name)), Files.readString(sharded.resolve(name)), name);
        }
    }

    @Test
    void shrinkingOtherChangesAndGrowingAnLhsInSamplesAreRefused(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        copyTop(grown, out);
        Cli fewer = sweep(file(dir, 2, 1), out);
        assertEquals(ExitCodes.BAD_INPUT, fewer.exitCode, fewer.toString());
        assertTrue(fewer.err.contains("holds the sweep with replications 2, more than the 1 the sweep file now asks "
                + "for: a sweep grows but does not shrink"), fewer.err);
        Path reseeded = TestSweeps.write(dir, "grow.yaml", SOBOL.replace("SAMPLES", "4").replace("REPLICATIONS", "2")
                .replace("seed: 17", "seed: 18"));
        Cli other = sweep(reseeded, out);
        assertEquals(ExitCodes.BAD_INPUT, other.exitCode, other.toString());
        assertTrue(other.err.contains("has changed since that sweep started, and not only in samples and "
                + "replications"), other.err);

        com.fasterxml.jackson.databind.node.ObjectNode old =
                (com.fasterxml.jackson.databind.node.ObjectNode) Json.read(out.resolve("manifest.json"));
        old.remove("common_random_numbers");
        Files.writeString(out.resolve("manifest.json"), Json.text(old));
        Cli older = sweep(file(dir, 2, 2), out);
        assertEquals(ExitCodes.BAD_INPUT, older.exitCode, older.toString());
        assertTrue(older.err.contains("its runs were seeded without common random numbers"), older.err);

        Path lhsOut = dir.resolve("lhs");
        Path small = TestSweeps.write(dir, "lhs.yaml", LHS.replace("SAMPLES", "2"));
        assertEquals(ExitCodes.OK, sweep(small, lhsOut).exitCode);
        Cli lhs = sweep(TestSweeps.write(dir, "lhs.yaml", LHS.replace("SAMPLES", "3")), lhsOut);
        assertEquals(ExitCodes.BAD_INPUT, lhs.exitCode, lhs.toString());
        assertTrue(lhs.err.contains("holds an lhs sweep of 2 samples, which cannot grow to 3: a Latin hypercube of "
                + "more points does not hold the points of the smaller one"), lhs.err);
        String before = Files.readString(lhsOut.resolve("runs.csv"));
        Cli lhsReplicated = sweep(TestSweeps.write(dir, "lhs.yaml", LHS.replace("SAMPLES", "2")
                .replace("replications: 1", "replications: 2")), lhsOut);
        assertEquals(ExitCodes.OK, lhsReplicated.exitCode, lhsReplicated.toString());
        assertTrue(Files.readString(lhsOut.resolve("runs.csv")).startsWith(before));
    }

    private static final String LHS = """
            name: lhs-grow-test
            base: %s
            design: lhs
            samples: SAMPLES
            replications: 1
            seed: 5
            parameters:
              wagner.strength: {min: 0, max: 2000}
            outcomes: [fatalities_total]
            """;

    /** Every row but its run id, by (point, replicate). */
    private static Map<String, String> byPointAndReplicate(Path dir) throws IOException {
        Map<String, String> rows = new TreeMap<>();
        for (String line : Files.readAllLines(dir.resolve("runs.csv")).subList(1, 17)) {
            String[] cells = line.split(",", 4);
            rows.put(cells[1] + "/" + cells[2], cells[3]);
        }
        assertEquals(16, rows.size());
        return rows;
    }

    private static void copyTop(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        for (String name : List.of("manifest.json", "runs.csv", "runs-monthly.csv")) {
            Files.copy(from.resolve(name), to.resolve(name));
        }
    }
}
