package sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sahelsim.io.Json;

/**
 * A sweep in a JVM of its own, killed (as kill -9 would) at random moments after it has written rows, then
 * resumed to the end: the result is byte for byte the sweep run without stopping.
 */
class SweepResumeProcessTest {

    private static final int KILLS = 3;

    @Test
    void aSweepKilledAtRandomMomentsAndResumedEqualsTheSweepRunAtOnce(@TempDir Path dir) throws Exception {
        Path file = TestSweeps.lhs(dir);
        Path whole = dir.resolve("whole");
        assertEquals(ExitCodes.OK, Cli.run("sweep", file.toString(), "--out", whole.toString(), "--quiet").exitCode);

        Path killed = dir.resolve("killed");
        SplittableRandom random = new SplittableRandom(20240615);
        List<Integer> rowsAtKill = new ArrayList<>();
        for (int k = 0; k < KILLS; k++) {
            int before = rows(killed);
            Process p = sahelsim("sweep", file.toString(), "--out", killed.toString(), "--threads", "2", "--quiet")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            try {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                while (rows(killed) <= before && p.isAlive() && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                Thread.sleep(random.nextInt(300));
            } finally {
                p.destroyForcibly();
                assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the sweep did not stop");
            }
            rowsAtKill.add(rows(killed));
        }
        assertTrue(rowsAtKill.get(KILLS - 1) < 16, "the kills came too late to interrupt the sweep: " + rowsAtKill);
        assertEquals("running", Json.read(killed.resolve("manifest.json")).path("status").asText());

        Cli resumed = Cli.run("sweep", file.toString(), "--out", killed.toString());
        assertEquals(ExitCodes.OK, resumed.exitCode, resumed.toString());
        assertTrue(resumed.err.contains("resuming in " + killed), resumed.err);
        for (String name : List.of("runs.csv", "runs-monthly.csv")) {
            assertEquals(Files.readString(whole.resolve(name)), Files.readString(killed.resolve(name)),
                    name + " after kills at " + rowsAtKill + " rows");
        }
        assertEquals("complete", Json.read(killed.resolve("manifest.json")).path("status").asText());
    }

    /** SIGTERM, as kill and a cluster's scheduler send it (Ctrl-C's SIGINT takes the same path in the JVM). */
    @Test
    void aSweepStoppedBySigtermSaysWhatIsKeptAndHowToResume(@TempDir Path dir) throws Exception {
        Path file = TestSweeps.lhs(dir);
        Path out = dir.resolve("out");
        Path err = dir.resolve("err.txt");
        Process p = sahelsim("sweep", file.toString(), "--out", out.toString(), "--threads", "1",
                "--progress-every", "0.05").redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (rows(out) < 1 && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            p.destroy();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the sweep did not stop");
        } finally {
            p.destroyForcibly();
        }
        assertEquals(143, p.exitValue(), "128 + SIGTERM");
        String said = Files.readString(err);
        assertTrue(said.matches("(?s).*sahelsim sweep: stopped by a signal \\(Ctrl-C or kill\\) before the sweep was "
                + "complete: \\d+ of 16 runs are kept in " + java.util.regex.Pattern.quote(out.resolve("runs.csv")
                .toString()) + "; the runs in progress are lost\\. Start the same command again to resume.*"), said);
        assertTrue(said.endsWith("\n"), "every line ended: " + said);
    }

    /** Complete lines of runs.csv below its header (0 while there is none). */
    private static int rows(Path sweep) throws IOException {
        Path runs = sweep.resolve("runs.csv");
        if (!Files.exists(runs)) {
            return 0;
        }
        String text = Files.readString(runs);
        return (int) Math.max(0, text.chars().filter(c -> c == '\n').count() - 1);
    }

    /** The sahelsim command in a new JVM on this test's class path. */
    private static ProcessBuilder sahelsim(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                "sahelsim.cli.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }
}
