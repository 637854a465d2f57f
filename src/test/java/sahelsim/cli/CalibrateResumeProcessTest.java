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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A calibration in a JVM of its own, killed (as kill -9 would) at random moments after it has written runs, then
 * resumed to the end: its particles, generations and logs are byte for byte those of the calibration run at once.
 */
class CalibrateResumeProcessTest {

    private static final int KILLS = 2;

    @Test
    void aCalibrationKilledAtRandomMomentsAndResumedEqualsTheOneRunAtOnce(@TempDir Path dir) throws Exception {
        Path file = CalibrateCommandTest.files(dir, 4, 2);
        Path whole = dir.resolve("whole");
        assertEquals(ExitCodes.OK, Cli.run("calibrate", file.toString(), "--out", whole.toString(), "--quiet")
                .exitCode);
        Path killed = dir.resolve("killed");
        SplittableRandom random = new SplittableRandom(20231114);
        List<Integer> runsAtKill = new ArrayList<>();
        for (int k = 0; k < KILLS; k++) {
            int before = runs(killed);
            Process p = sahelsim("calibrate", file.toString(), "--out", killed.toString(), "--threads", "2", "--quiet")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            try {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                while (runs(killed) <= before && p.isAlive() && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                Thread.sleep(random.nextInt(300));
            } finally {
                p.destroyForcibly();
                assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the calibration did not stop");
            }
            runsAtKill.add(runs(killed));
        }
        assertTrue(runsAtKill.get(KILLS - 1) < 8, "the kills came too late to interrupt it: " + runsAtKill);
        Cli resumed = Cli.run("calibrate", file.toString(), "--out", killed.toString());
        assertEquals(ExitCodes.OK, resumed.exitCode, resumed.toString());
        for (String name : List.of("particles.csv", "generations.csv", "posterior.csv", "generation-0/proposals.csv",
                "generation-1/proposals.csv", "predictive/runs.csv", "predictive/runs-monthly.csv",
                "posterior-predictive.csv", "scores.csv")) {
            assertEquals(Files.readString(whole.resolve(name)), Files.readString(killed.resolve(name)),
                    name + " after kills at " + runsAtKill + " runs");
        }
    }

    /** Complete lines of every stage's log below their headers. */
    private static int runs(Path calibration) throws IOException {
        if (!Files.isDirectory(calibration)) {
            return 0;
        }
        int lines = 0;
        try (Stream<Path> files = Files.walk(calibration)) {
            for (Path f : files.filter(p -> p.getFileName().toString().equals("proposals.csv")
                    || p.getFileName().toString().equals("runs.csv")).toList()) {
                lines += (int) Math.max(0, Files.readString(f).chars().filter(c -> c == '\n').count() - 1);
            }
        }
        return lines;
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
