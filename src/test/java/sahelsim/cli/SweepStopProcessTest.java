package sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sahelsim.io.Json;

/**
 * A shard of a sweep in a JVM of its own, as a cluster task runs it, stopped by the signal a batch system sends
 * before a time limit (SIGUSR1: the runs in flight finish) or at it (SIGTERM: they are dropped), and killed while
 * writing through a scratch folder: each time it ends with whole runs in the sweep folder, and the same command
 * started again completes the shard byte for byte as a shard run without stopping.
 */
class SweepStopProcessTest {

    private static final String SHARD = "0/2";
    private static final int SHARD_RUNS = 8;

    @Test
    void sigusr1LetsTheRunsInFlightFinishAndARerunCompletesTheShard(@TempDir Path dir) throws Exception {
        Path file = TestSweeps.lhs(dir);
        Path out = dir.resolve("stopped");
        Stopped stopped = stop(file, out, "USR1", List.of("--threads", "2"));
        assertEquals(ExitCodes.STOPPED, stopped.code, stopped.err);
        assertTrue(stopped.err.contains("SIGUSR1: taking no more runs; the runs in flight finish"), stopped.err);
        assertTrue(stopped.err.contains("stopped by SIGUSR1: "), stopped.err);
        assertTrue(stopped.err.contains("Start the same command again to resume"), stopped.err);
        int rows = rows(out.resolve("shard-0-of-2"));
        assertTrue(rows >= stopped.rowsAtSignal && rows < SHARD_RUNS, "rows " + rows + ", at the signal "
                + stopped.rowsAtSignal);
        assertResumesToTheShardRunAtOnce(file, out, dir, List.of());
    }

    @Test
    void sigtermDropsTheRunsInFlightAndLeavesNothingOnScratch(@TempDir Path dir) throws Exception {
        Path file = TestSweeps.lhs(dir);
        Path out = dir.resolve("stopped");
        Path scratch = Files.createDirectories(dir.resolve("node-tmp"));
        List<String> onScratch = List.of("--scratch", scratch.toString());
        List<String> options = new ArrayList<>(onScratch);
        options.addAll(List.of("--threads", "1"));
        Stopped stopped = stop(file, out, "TERM", options);
        assertEquals(ExitCodes.STOPPED, stopped.code, stopped.err);
        assertTrue(stopped.err.contains("SIGTERM: stopping now; the runs in flight are dropped"), stopped.err);
        assertTrue(stopped.err.contains("stopped by SIGTERM: "), stopped.err);
        assertEquals(List.of(), list(scratch), "the working copy is removed");
        assertResumesToTheShardRunAtOnce(file, out, dir, onScratch);
        assertEquals(List.of(), list(scratch), "the working copy is removed");
    }

    @Test
    void aTaskKilledWhileWritingOnScratchHasItsRunsInTheSweepFolder(@TempDir Path dir) throws Exception {
        Path file = TestSweeps.lhs(dir);
        Path out = dir.resolve("killed");
        Path scratch = Files.createDirectories(dir.resolve("node-tmp"));
        Process p = start(file, out, List.of("--stop-on", "USR1", "--scratch", scratch.toString(), "--threads", "1"));
        int seen = waitForRows(p, out.resolve("shard-0-of-2"));
        p.destroyForcibly();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the sweep did not stop");
        assertTrue(rows(out.resolve("shard-0-of-2")) >= seen, "the runs finished on scratch are in the sweep folder");
        assertResumesToTheShardRunAtOnce(file, out, dir, List.of("--scratch", scratch.toString()));
    }

    private record Stopped(int code, String err, int rowsAtSignal) {
    }

    /** Starts the shard, sends SIG{@code signal} once it has written a run, and waits for it to end. */
    private static Stopped stop(Path file, Path out, String signal, List<String> options) throws Exception {
        List<String> args = new ArrayList<>(List.of("--stop-on", "USR1"));
        args.addAll(options);
        Process p = start(file, out, args);
        int rows = waitForRows(p, out.resolve("shard-0-of-2"));
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start();
        assertEquals(0, kill.waitFor(), "kill -" + signal);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the sweep did not stop on SIG" + signal);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Stopped(p.exitValue(), err, rows);
    }

    private static void assertResumesToTheShardRunAtOnce(Path file, Path out, Path dir, List<String> options)
            throws IOException {
        Path shard = out.resolve("shard-0-of-2");
        assertEquals("running", Json.read(shard.resolve("manifest.json")).path("status").asText());
        List<String> args = new ArrayList<>(List.of("sweep", file.toString(), "--shard", SHARD, "--out",
                out.toString()));
        args.addAll(options);
        Cli resumed = Cli.run(args.toArray(String[]::new));
        assertEquals(ExitCodes.OK, resumed.exitCode, resumed.toString());
        assertTrue(resumed.err.contains("resuming in " + shard), resumed.err);
        Path whole = dir.resolve("at-once");
        assertEquals(ExitCodes.OK, Cli.run("sweep", file.toString(), "--shard", SHARD, "--out", whole.toString(),
                "--quiet").exitCode);
        for (String name : List.of("runs.csv", "runs-monthly.csv")) {
            assertEquals(Files.readString(whole.resolve("shard-0-of-2").resolve(name)),
                    Files.readString(shard.resolve(name)), name);
        }
        assertEquals("complete", Json.read(shard.resolve("manifest.json")).path("status").asText());
    }

    /** Waits until the shard has a run written and returns how many it has then; fails if it ends first. */
    private static int waitForRows(Process p, Path shard) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (rows(shard) < 1 && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        int rows = rows(shard);
        assertTrue(p.isAlive() && rows >= 1 && rows < SHARD_RUNS, "the shard was to be running with runs left: "
                + rows + " rows");
        return rows;
    }

    private static Process start(Path file, Path out, List<String> options) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                "sahelsim.cli.Main", "sweep", file.toString(), "--shard", SHARD, "--out", out.toString()));
        command.addAll(options);
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Complete lines of runs.csv below its header (0 while there is none). */
    private static int rows(Path folder) throws IOException {
        Path runs = folder.resolve("runs.csv");
        if (!Files.exists(runs)) {
            return 0;
        }
        String text = Files.readString(runs);
        return (int) Math.max(0, text.chars().filter(c -> c == '\n').count() - 1);
    }

    private static List<Path> list(Path dir) throws IOException {
        try (var entries = Files.list(dir)) {
            return entries.toList();
        }
    }
}
