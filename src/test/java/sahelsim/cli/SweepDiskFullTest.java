package sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sahelsim.io.Json;

/**
 * A disk that fills while a sweep writes its folder: the sweep fails with exit 1 and a message naming the file,
 * its manifest is not "complete", and started again with space it finishes, database included. The small disk
 * is a tmpfs mounted by the test, which needs root; elsewhere the test is skipped with its reason.
 */
class SweepDiskFullTest {

    /**
     * Sizes of disk in KiB, each full at another moment (as measured): 24 while the logs are written, 44 when the
     * manifest is rewritten at the end (it and its temporary copy take about 40 KiB), 400 while sweep.duckdb is
     * written (the logs fit, the database's blocks of 256 KiB do not).
     */
    private static final List<Integer> SIZES_KIB = List.of(24, 44, 400);

    @TempDir
    Path dir;

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor() == 0;
    }

    @Test
    void aFullDiskFailsTheSweepNamingTheFileAndAResumeFinishesIt() throws Exception {
        Path disk = Files.createDirectory(dir.resolve("disk"));
        boolean mounted = "root".equals(System.getProperty("user.name")) && run("mount", "-t", "tmpfs", "-o",
                "size=16k", "tmpfs", disk.toString());
        Assumptions.assumeTrue(mounted, "needs root and mount(8) to make a small tmpfs, which this platform does not "
                + "allow (user " + System.getProperty("user.name") + ")");
        try {
            Path sweep = TestSweeps.write(dir, "small.yaml", """
                    name: disk-full-test
                    base: %s
                    design: lhs
                    samples: 4
                    seed: 7
                    parameters:
                      wagner.strength: {min: 0, max: 2000}
                      wagner.abuse: {min: 0.0, max: 0.5}
                    outcomes: [fatalities_total, towns_held_end:csp]
                    """);
            for (int kib : SIZES_KIB) {
                assertTrue(run("mount", "-o", "remount,size=" + kib + "k", disk.toString()));
                Path out = disk.resolve("out-" + kib);
                Cli full = Cli.run("sweep", sweep.toString(), "--out", out.toString(), "--threads", "1", "--quiet");
                assertEquals(ExitCodes.FAILURE, full.exitCode, kib + " KiB: " + full);
                assertTrue(full.err.contains(out.toString()) && full.err.contains("No space left on device"),
                        kib + " KiB: the message names the file and why: " + full.err);
                if (Files.exists(out.resolve("manifest.json"))) {
                    assertNotEquals("complete", Json.read(out.resolve("manifest.json")).path("status").asText(),
                            kib + " KiB");
                }
                assertTrue(run("mount", "-o", "remount,size=8m", disk.toString()));
                Cli resumed = Cli.run("sweep", sweep.toString(), "--out", out.toString(), "--threads", "1", "--quiet");
                assertEquals(ExitCodes.OK, resumed.exitCode, kib + " KiB, resumed: " + resumed);
                assertEquals("complete", Json.read(out.resolve("manifest.json")).path("status").asText());
                assertEquals(List.of(4L, 4L, 8L), counts(out), kib + " KiB: runs, sweep runs and design rows");
                run("rm", "-rf", out.toString());
            }
        } finally {
            run("umount", disk.toString());
        }
    }

    private static List<Long> counts(Path out) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + out.resolve("sweep.duckdb"));
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT (SELECT count(*) FROM runs), (SELECT value::BIGINT FROM sweep "
                     + "WHERE key = 'runs'), (SELECT count(*) FROM design)")) {
            r.next();
            return List.of(r.getLong(1), r.getLong(2), r.getLong(3));
        }
    }
}
