package sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sahelsim.cli.RunOutputs.SHORT;
import static sahelsim.cli.RunOutputs.files;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sahelsim.io.Json;
import sahelsim.runfolder.PreviousRun;

/** The run command in a JVM of its own: the same bytes as in this one, and what a killed run leaves. */
class RunProcessTest {

    @TempDir
    Path dir;

    @Test
    void aSeparateProcessWritesTheSameBytes() throws Exception {
        Path here = dir.resolve("here");
        Cli cli = Cli.run("run", SHORT, "--seed", "11", "--out", here.toString(), "--quiet");
        assertEquals(ExitCodes.OK, cli.exitCode, cli.toString());
        Path there = dir.resolve("there");
        Process p = sahelsim("run", SHORT, "--seed", "11", "--out", there.toString(), "--quiet")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the run did not end");
        assertEquals(ExitCodes.OK, p.exitValue());
        RunOutputs.assertSameRun(here, there);
    }

    @Test
    void aRunKilledHalfwayLeavesNoFileThatLooksComplete() throws Exception {
        Path out = dir.resolve("killed");
        Process p = sahelsim("run", "scenarios/historical-2022.yaml", "--out", out.toString(), "--progress-every", "0.2")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String line = CompletableFuture.supplyAsync(() -> firstDatedProgressLine(p)).get(120, TimeUnit.SECONDS);
            assertTrue(line.matches("historical-2022 seed 1: 202\\d-\\d\\d-\\d\\d, .*"), line);
        } finally {
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        }
        List<String> visible = files(out).stream().filter(f -> !f.startsWith(".")).toList();
        assertEquals(List.of("manifest.json"), visible, "a killed run left files that look complete");
        assertEquals("running", Json.read(out.resolve("manifest.json")).path("status").asText());
        PreviousRun.clear(out);
        assertEquals(List.of(), files(out), "--force could not clear what the killed run left");
    }

    /** The first progress line that names a simulated date: the model is running. */
    private static String firstDatedProgressLine(Process p) {
        List<String> seen = new ArrayList<>();
        try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = err.readLine(); line != null; line = err.readLine()) {
                if (line.matches(".*: \\d{4}-\\d\\d-\\d\\d, .*")) {
                    return line;
                }
                seen.add(line);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("the run ended without progress:\n" + String.join("\n", seen));
    }

    /** The sahelsim command in a new JVM on this test's class path. */
    private static ProcessBuilder sahelsim(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), "sahelsim.cli.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }
}
