package sahelsim.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import sahelsim.io.AtomicFiles;
import sahelsim.runfolder.PreviousRun;

/**
 * Makes sure a run may write its folder before any simulating starts: the folder is created if need be,
 * a folder that already holds files is refused unless {@code --force} (which clears the earlier run's
 * files), and a place that cannot be written is reported as bad input.
 */
final class OutputFolder {

    private OutputFolder() {
    }

    static void claim(Path folder, boolean force) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new UserError("--out: " + folder + " is a file; give the name of a folder to write the run into");
        }
        try {
            if (Files.isDirectory(folder) && !PreviousRun.isEmpty(folder)) {
                if (!force) {
                    throw new UserError(folder + " already holds files; use --force to replace the run in it, "
                            + "or choose another folder with --out");
                }
                PreviousRun.clear(folder);
            }
        } catch (IOException e) {
            throw new UserError("--out: cannot clear " + folder + ": " + reason(e));
        }
        try {
            Files.createDirectories(folder);
            Path probe = folder.resolve(".sahelsim-probe." + ProcessHandle.current().pid() + AtomicFiles.TEMPORARY_SUFFIX);
            Files.deleteIfExists(probe);
            Files.delete(Files.createFile(probe));
        } catch (IOException e) {
            throw new UserError("--out: cannot write the folder " + folder + ": " + reason(e));
        }
    }

    /** What went wrong, in words; Java's file exceptions often carry no more than the path. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "a folder is in the way";
        }
        if (e instanceof FileAlreadyExistsException f) {
            return (f.getFile() == null ? "a file" : f.getFile()) + " is a file in the way";
        }
        if (e instanceof NoSuchFileException) {
            return "it cannot be created there";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
