package sahelsim.hindcast.acled;

import java.nio.file.Path;

/**
 * An ACLED export that cannot be read as one: the message names the file, the line and the column where there are
 * ones, and what was expected there.
 */
public final class AcledFileError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    AcledFileError(Path file, String what) {
        super(file + ": " + what);
    }

    AcledFileError(Path file, long line, String what) {
        super(file + ":" + line + ": " + what);
    }

    AcledFileError(Path file, long line, int column, String what) {
        super(file + ":" + line + ":" + column + ": " + what);
    }
}
