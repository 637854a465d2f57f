package sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the file system refuses fcntl locks (Lustre mounted noflock), SAHELSIM_LOCK=file makes a sweep lock its
 * folder with a lock file: a folder whose lock file names a process of another node is refused, with how to free it.
 */
class SweepLockProcessTest {

    @Test
    void withSahelsimLockFileASweepRespectsTheLockFileOfAnotherNode(@TempDir Path dir) throws Exception {
        Path file = TestSweeps.lhs(dir);
        Path out = Files.createDirectories(dir.resolve("sweep"));
        Path owner = Files.writeString(out.resolve(".sweep.lock.owner"), "node042 1234\n");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                "sahelsim.cli.Main", "sweep", file.toString(), "--out", out.toString(), "--quiet"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("SAHELSIM_LOCK", "file");
        Process p = builder.start();
        String text = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(ExitCodes.BAD_INPUT, p.exitValue(), text);
        assertTrue(text.contains("node042 1234") && text.contains("remove " + owner), text);
        assertTrue(Files.notExists(out.resolve("runs.csv")), "the sweep ran despite the lock");
    }
}
