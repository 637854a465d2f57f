package sahelsim.runfolder;

import java.nio.file.Path;

/**
 * A run folder that cannot be read: a file is missing, or a line of it is not what docs/outputs.md says. The
 * message names the file, the line when there is one, and what was expected.
 */
public final class RunFolderError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RunFolderError(String message) {
        super(message);
    }

    public RunFolderError(Path file, String what) {
        super(file + ": " + what);
    }

    public RunFolderError(Path file, long line, String what) {
        super(file + ":" + line + ": " + what);
    }
}
