package sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sahelsim.io.Json;

/** Shards of a sweep and their merge: the merge equals the whole sweep, and refuses what does not add up. */
class ShardMergeCommandTest {

    @TempDir
    static Path shared;

    static Path file;
    static Path whole;
    /** A folder holding the three shards of the sweep. */
    static Path sharded;

    @BeforeAll
    static void runTheWholeSweepAndItsThreeShards() {
        file = TestSweeps.lhs(shared);
        whole = shared.resolve("whole");
        assertEquals(ExitCodes.OK, Cli.run("sweep", file.toString(), "--out", whole.toString(), "--quiet").exitCode);
        sharded = shared.resolve("sharded");
        for (int i = 0; i < 3; i++) {
            Cli cli = Cli.run("sweep", file.toString(), "--out", sharded.toString(), "--shard", i + "/3", "--threads", "1");
            assertEquals(ExitCodes.OK, cli.exitCode, cli.toString());
            assertTrue(cli.out.contains("join them with: sahelsim merge " + sharded), cli.out);
        }
    }

    @Test
    void theMergedShardsAreByteForByteTheWholeSweep(@TempDir Path dir) throws IOException {
        Path copy = copy(sharded, dir.resolve("copy"));
        List<String> ids = new ArrayList<>();
        for (String line : Files.readAllLines(copy.resolve("shard-1-of-3/runs.csv")).subList(1, 6)) {
            ids.add(line.substring(0, line.indexOf(',')));
        }
        assertEquals(List.of("1", "4", "7", "10", "13"), ids, "shard 1/3 holds every third run from run 1");
        Cli cli = Cli.run("merge", copy.toString());
        assertEquals(ExitCodes.OK, cli.exitCode, cli.toString());
        assertTrue(cli.out.contains("merged 3 shards into " + copy.toAbsolutePath().normalize() + ": 16 runs, 0 failed"),
                cli.out);
        for (String name : List.of("runs.csv", "runs-monthly.csv")) {
            assertEquals(Files.readString(whole.resolve(name)), Files.readString(copy.resolve(name)), name);
        }
        var manifest = Json.read(copy.resolve("manifest.json"));
        assertEquals("complete", manifest.path("status").asText());
        assertTrue(manifest.path("shard").isNull());
        assertEquals(3, manifest.path("merged_from").size());
        assertTrue(Files.exists(copy.resolve("sweep.duckdb")));
        Cli again = Cli.run("merge", copy.resolve("shard-0-of-3").toString(), copy.resolve("shard-2-of-3").toString(),
                copy.resolve("shard-1-of-3").toString(), "--quiet");
        assertEquals(ExitCodes.OK, again.exitCode, "merging again, shards named one by one: " + again);
        assertEquals(Files.readString(whole.resolve("runs.csv")), Files.readString(copy.resolve("runs.csv")));
    }

    @Test
    void aMissingShardIsNamed(@TempDir Path dir) throws IOException {
        Path copy = copy(sharded, dir.resolve("copy"));
        delete(copy.resolve("shard-1-of-3"));
        Cli cli = Cli.run("merge", copy.toString());
        assertEquals(ExitCodes.BAD_INPUT, cli.exitCode, cli.toString());
        assertTrue(cli.err.contains("shard 1/3 is missing; run it with 'sahelsim sweep " + file.toAbsolutePath()
                + " --shard 1/3'"), cli.err);
        delete(copy.resolve("shard-2-of-3"));
        assertTrue(Cli.run("merge", copy.toString()).err.contains("shards 1/3, 2/3 are missing"));
    }

    @Test
    void aShardGivenTwiceIsRefused(@TempDir Path dir) throws IOException {
        Path other = copy(sharded.resolve("shard-0-of-3"), dir.resolve("elsewhere/shard-0-of-3"));
        Cli cli = Cli.run("merge", sharded.toString(), other.toString(), "--out", dir.resolve("merged").toString());
        assertEquals(ExitCodes.BAD_INPUT, cli.exitCode, cli.toString());
        assertTrue(cli.err.contains("shard 0/3 appears twice"), cli.err);
    }

    @Test
    void aShardLackingARunIsRefused(@TempDir Path dir) throws IOException {
        Path copy = copy(sharded, dir.resolve("copy"));
        Path runs = copy.resolve("shard-1-of-3/runs.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(runs));
        lines.remove(2);
        Files.write(runs, lines);
        Cli cli = Cli.run("merge", copy.toString());
        assertEquals(ExitCodes.BAD_INPUT, cli.exitCode, cli.toString());
        assertTrue(cli.err.contains("the shards lack 1 run (4)"), cli.err);
        assertTrue(Files.notExists(copy.resolve("runs.csv")), "a refused merge writes no runs.csv");
    }

    @Test
    void shardsOfDifferentSweepsOrUnfinishedShardsAreRefused(@TempDir Path dir) throws IOException {
        Path copy = copy(sharded, dir.resolve("copy"));
        Path manifest = copy.resolve("shard-2-of-3/manifest.json");
        ObjectNode m = (ObjectNode) Json.read(manifest);
        m.put("status", "running");
        Files.writeString(manifest, Json.text(m));
        Cli unfinished = Cli.run("merge", copy.toString());
        assertEquals(ExitCodes.BAD_INPUT, unfinished.exitCode, unfinished.toString());
        assertTrue(unfinished.err.contains("shard 2/3 in " + copy.resolve("shard-2-of-3") + " is not complete"),
                unfinished.err);

        ((ObjectNode) m.path("sweep")).put("sha256", "0".repeat(64));
        m.put("status", "complete");
        Files.writeString(manifest, Json.text(m));
        Cli different = Cli.run("merge", copy.toString());
        assertEquals(ExitCodes.BAD_INPUT, different.exitCode, different.toString());
        assertTrue(different.err.contains("are shards of different sweeps (the sweep file differs)"), different.err);
    }

    @Test
    void analysingAShardAsksForTheMerge() {
        Cli cli = Cli.run("analyze", sharded.resolve("shard-0-of-3").toString());
        assertEquals(ExitCodes.BAD_INPUT, cli.exitCode, cli.toString());
        assertTrue(cli.err.contains("holds shard 0/3 of the sweep lhs-test; merge the shards"), cli.err);
    }

    static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        return to;
    }

    static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(f);
            }
        }
    }
}
