package sahelsim.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lock that keeps two processes from writing one folder, with fcntl locks and with a lock file. */
class ProcessLockTest {

    @Test
    void aSecondLockIsRefusedUntilTheFirstIsReleased(@TempDir Path dir) {
        for (ProcessLock.Mode mode : ProcessLock.Mode.values()) {
            Path file = dir.resolve(mode + ".lock");
            ProcessLock first = ProcessLock.take(file, mode, "busy");
            SweepError e = assertThrows(SweepError.class, () -> ProcessLock.take(file, mode, "busy"));
            assertTrue(e.getMessage().startsWith("busy"), e.getMessage());
            first.close();
            ProcessLock.take(file, mode, "busy").close();
        }
    }

    @Test
    void aLockFileOfAProcessOfThisHostThatHasEndedIsTakenOver(@TempDir Path dir) throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Path owner = dir.resolve("x.lock.owner");
        Files.writeString(owner, InetAddress.getLocalHost().getHostName() + " " + ended.pid() + "\n");
        ProcessLock.take(dir.resolve("x.lock"), ProcessLock.Mode.FILE, "busy").close();
        assertTrue(Files.notExists(owner), "the lock file is left behind");
    }

    @Test
    void aLockFileOfAnotherHostIsRefusedWithHowToRemoveIt(@TempDir Path dir) throws IOException {
        Path owner = Files.writeString(dir.resolve("x.lock.owner"), "node042 1234\n");
        SweepError e = assertThrows(SweepError.class,
                () -> ProcessLock.take(dir.resolve("x.lock"), ProcessLock.Mode.FILE, "busy"));
        assertTrue(e.getMessage().contains("node042 1234") && e.getMessage().contains("remove " + owner),
                e.getMessage());
    }

    @Test
    void theModeComesFromTheEnvironment() {
        assertEquals(ProcessLock.Mode.FCNTL, ProcessLock.Mode.of(Map.of()));
        assertEquals(ProcessLock.Mode.FILE, ProcessLock.Mode.of(Map.of("SAHELSIM_LOCK", "file")));
        assertThrows(SweepError.class, () -> ProcessLock.Mode.of(Map.of("SAHELSIM_LOCK", "flock")));
    }
}
