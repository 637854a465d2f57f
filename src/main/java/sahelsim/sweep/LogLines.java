package sahelsim.sweep;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a log file line by line with each line's byte offset, and tells a complete line (ended by {@code \n})
 * from a torn last one: what a process killed in the middle of a write leaves.
 */
final class LogLines implements AutoCloseable {

    /** One line without its line end; {@code complete} is false for a last line the writer did not finish. */
    record Line(long offset, String text, boolean complete) {

        /** Its length in the file, line end included. */
        int length() {
            return text.getBytes(StandardCharsets.UTF_8).length + (complete ? 1 : 0);
        }
    }

    private final InputStream in;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);
    private long offset;

    LogLines(Path file) throws IOException {
        this.in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    }

    /** The next line, or null at the end of the file. */
    Line next() throws IOException {
        buffer.reset();
        long start = offset;
        int b;
        while ((b = in.read()) >= 0) {
            offset++;
            if (b == '\n') {
                return new Line(start, buffer.toString(StandardCharsets.UTF_8), true);
            }
            buffer.write(b);
        }
        return buffer.size() == 0 ? null : new Line(start, buffer.toString(StandardCharsets.UTF_8), false);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
