package sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sahelsim.io.Json;

/** The eval command: the model driven as a function by a design CSV, checked, streamed and resumable. */
class EvalCommandTest {

    private static final String OUTCOMES = "fatalities_total,armed_group_population_share_end";

    /**
     * 20 rows over Wagner's strength (written as floats, as SALib writes them), legitimacy and the calendar's end
     * (a date written as days since 1970-01-01).
     */
    private static Path design(Path dir) throws IOException {
        StringBuilder text = new StringBuilder("wagner.strength,civilians.legitimacy,calendar.end\n");
        for (int i = 0; i < 20; i++) {
            text.append(String.format(Locale.ROOT, "%.4f,%.3f,%d%n", 100 + 97.3 * i, 0.25 + 0.02 * i,
                    19012 + i % 12));
        }
        return Files.writeString(dir.resolve("design.csv"), text.toString());
    }

    @Test
    void anEvaluationKilledAndStartedAgainGivesTheSameFileAsOneRunAtOnce(@TempDir Path dir) throws Exception {
        Path design = design(dir);
        Path whole = dir.resolve("whole.csv");
        Cli once = Cli.run("eval", TestSweeps.JANUARY.toString(), "--design", design.toString(), "--out",
                whole.toString(), "--outcome", OUTCOMES, "--threads", "2");
        assertEquals(ExitCodes.OK, once.exitCode, once.toString());
        List<String> lines = Files.readAllLines(whole);
        assertEquals(21, lines.size());
        assertEquals("row,replicate,seed,wagner.strength,civilians.legitimacy,calendar.end,fatalities_total,"
                + "armed_group_population_share_end,status,error", lines.get(0));
        // 197.3 men round to 197, day 19013 is 2022-01-21.
        assertTrue(lines.get(2).startsWith("1,0,"), lines.get(2));
        assertTrue(lines.get(2).contains(",197,0.27,2022-01-21,"), lines.get(2));
        assertEquals("complete", Json.read(dir.resolve("whole.csv.eval.json")).path("status").asText());

        Path killed = dir.resolve("killed.csv");
        Path partial = dir.resolve("killed.csv.partial");
        Process p = sahelsim("eval", TestSweeps.JANUARY.toString(), "--design", design.toString(), "--out",
                killed.toString(), "--outcome", OUTCOMES, "--threads", "2", "--quiet")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int rowsAtKill;
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (rows(partial) < 3 && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
        } finally {
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the evaluation did not stop");
        }
        rowsAtKill = rows(partial);
        assertTrue(rowsAtKill >= 3 && rowsAtKill < 20, "killed after " + rowsAtKill + " rows");
        assertFalse(Files.exists(killed), "the output appeared before the evaluation was complete");

        Cli resumed = Cli.run("eval", TestSweeps.JANUARY.toString(), "--design", design.toString(), "--out",
                killed.toString(), "--outcome", OUTCOMES, "--threads", "1");
        assertEquals(ExitCodes.OK, resumed.exitCode, resumed.toString());
        assertTrue(resumed.err.contains("of 20 rows were done"), resumed.err);
        assertEquals(Files.readString(whole), Files.readString(killed), "after a kill at " + rowsAtKill + " rows");
        assertFalse(Files.exists(partial));
    }

    @Test
    void aColumnThatIsNoKeyAndACellThatDoesNotFitAreReportedAtTheirPlace(@TempDir Path dir) throws IOException {
        Path design = Files.writeString(dir.resolve("bad.csv"), "wagner.strenght,seed\n100,1\n");
        Cli bad = Cli.run("eval", TestSweeps.JANUARY.toString(), "--design", design.toString(), "--out",
                dir.resolve("out.csv").toString(), "--outcome", "fatalities_total");
        assertEquals(ExitCodes.BAD_INPUT, bad.exitCode, bad.toString());
        assertTrue(bad.err.contains(design + ":1:1") && bad.err.contains("did you mean 'strength'"), bad.err);

        Files.writeString(design, "seed,civilians.legitimacy\n1,0.3\n2,1.7\n3,\"high\"\n");
        Cli cells = Cli.run("eval", TestSweeps.JANUARY.toString(), "--design", design.toString(), "--out",
                dir.resolve("out.csv").toString(), "--outcome", "fatalities_total");
        assertEquals(ExitCodes.BAD_INPUT, cells.exitCode, cells.toString());
        assertTrue(cells.err.contains(design + ":3:3") && cells.err.contains("civilians.legitimacy"), cells.err);
        assertTrue(cells.err.contains(design + ":4:3"), cells.err);
        assertFalse(Files.exists(dir.resolve("out.csv.partial")), "a run started despite the bad design");
    }

    @Test
    void anOutputOfAnotherDesignIsNotResumed(@TempDir Path dir) throws IOException {
        Path design = Files.writeString(dir.resolve("d.csv"), "wagner.strength,seed\n100,1\n");
        Path out = dir.resolve("out.csv");
        String[] args = {"eval", TestSweeps.JANUARY.toString(), "--design", design.toString(), "--out", out.toString(),
            "--outcome", "fatalities_total", "--quiet"};
        assertEquals(ExitCodes.OK, Cli.run(args).exitCode);
        String first = Files.readString(out);
        assertEquals(ExitCodes.OK, Cli.run(args).exitCode);
        assertEquals(first, Files.readString(out), "a complete evaluation started again changed");
        Files.writeString(design, "wagner.strength,seed\n200,1\n");
        Cli other = Cli.run(args);
        assertEquals(ExitCodes.BAD_INPUT, other.exitCode, other.toString());
        assertTrue(other.err.contains("another design sha256") && other.err.contains("--force"), other.err);
    }

    /** Complete lines of a file below its header (0 while there is none). */
    private static int rows(Path file) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        try {
            return (int) Math.max(0, Files.readString(file).chars().filter(c -> c == '\n').count() - 1);
        } catch (IOException e) {
            return 0; // renamed under us
        }
    }

    private static ProcessBuilder sahelsim(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                "sahelsim.cli.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }
}
