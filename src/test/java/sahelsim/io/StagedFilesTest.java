package sahelsim.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedFilesTest {

    @TempDir
    Path dir;

    @Test
    void filesAppearUnderTheirNamesOnlyOnCommit() throws IOException {
        StagedFiles files = new StagedFiles(dir);
        files.stageText("a.csv", w -> w.write("x\n1\n"));
        files.stageText("b.csv", w -> w.write("y\n2\n"));
        assertEquals(List.of(), visible(), "a staged file must not look complete");
        assertEquals(2, names().size(), "the staged content sits in hidden temporary files");
        assertEquals(List.of("a.csv", "b.csv"), files.commit());
        assertEquals(List.of("a.csv", "b.csv"), names());
        assertEquals("y\n2\n", Files.readString(dir.resolve("b.csv")));
    }

    @Test
    void abandonedFilesLeaveNothing() throws IOException {
        StagedFiles files = new StagedFiles(dir);
        files.stageText("a.csv", w -> w.write("x\n"));
        files.abandon();
        assertEquals(List.of(), names());
    }

    @Test
    void aFailedRenameTakesBackTheFilesAlreadyRenamed() throws IOException {
        Files.createDirectories(dir.resolve("b.csv").resolve("inside"));
        StagedFiles files = new StagedFiles(dir);
        files.stageText("a.csv", w -> w.write("x\n"));
        files.stageText("b.csv", w -> w.write("y\n"));
        assertThrows(IOException.class, files::commit);
        assertEquals(List.of("b.csv"), names(), "only the folder in the way is left");
    }

    @Test
    void filesGetTheUsualPermissionsNotOwnerOnly() throws IOException {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Path plain = Files.createFile(dir.resolve("plain"));
        StagedFiles files = new StagedFiles(dir);
        files.stageText("a.csv", w -> w.write("x\n"));
        files.commit();
        AtomicFiles.writeString(dir.resolve("b.json"), "{}");
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(dir.resolve("a.csv")));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(dir.resolve("b.json")));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private List<String> visible() throws IOException {
        return names().stream().filter(n -> !n.startsWith(".")).toList();
    }

    @Test
    void temporaryNamesAreHiddenAndRecognisable() {
        Path t = AtomicFiles.temporaryFor(dir.resolve("daily.csv"));
        String name = t.getFileName().toString();
        assertTrue(name.startsWith(".daily.csv.") && name.endsWith(AtomicFiles.TEMPORARY_SUFFIX), name);
        assertFalse(t.equals(AtomicFiles.temporaryFor(dir.resolve("daily.csv"))), "two temporaries share a name");
    }
}
