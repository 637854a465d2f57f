package sahelsim.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes files so that a reader never sees half of one: the content goes to a temporary file in the same
 * folder, which is then renamed over the target.
 */
public final class AtomicFiles {

    /** Something that writes a file's content to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Something that writes a text file's content. */
    @FunctionalInterface
    public interface TextContent {
        void writeTo(Writer out) throws IOException;
    }

    /** Temporary files start with a dot and end with this, so that they are recognised and cleared later. */
    public static final String TEMPORARY_SUFFIX = ".part";

    private static final long PROCESS = ProcessHandle.current().pid();
    private static final AtomicLong COUNTER = new AtomicLong();

    private AtomicFiles() {
    }

    public static void write(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = temporaryFor(target);
        try {
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW)) {
                content.writeTo(out);
            } catch (IOException e) {
                // A full disk says only "No space left on device": which file could not be written is the news.
                throw new IOException("cannot write " + target + ": " + e.getMessage(), e);
            }
            move(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * A new hidden name beside the target, {@code .<name>.<process>.<n>.part}, unique within the process
     * and across processes. Unlike {@link Files#createTempFile}, which makes files only their owner may read,
     * a file created under it gets the usual permissions.
     */
    static Path temporaryFor(Path target) {
        return target.toAbsolutePath().resolveSibling("." + target.getFileName() + "." + PROCESS + "."
                + COUNTER.incrementAndGet() + TEMPORARY_SUFFIX);
    }

    /**
     * Opens a file that is written over a while (a recording), under a temporary name beside it: the file
     * appears under its name only when {@link Pending#commit} is called, and closing it before that removes
     * what was written.
     */
    public static Pending open(Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path tmp = temporaryFor(target);
        return new Pending(target, tmp, Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW));
    }

    /** A file being written; see {@link #open}. */
    public static final class Pending implements java.io.Closeable {

        private final Path target;
        private final Path temporary;
        private final OutputStream out;
        private boolean committed;

        private Pending(Path target, Path temporary, OutputStream out) {
            this.target = target;
            this.temporary = temporary;
            this.out = out;
        }

        public OutputStream stream() {
            return out;
        }

        /** Closes the stream and gives the file its name. */
        public void commit() throws IOException {
            out.close();
            move(temporary, target);
            committed = true;
        }

        /** Closes the stream; removes the file unless it was committed. */
        @Override
        public void close() throws IOException {
            out.close();
            if (!committed) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    public static void writeText(Path target, TextContent content) throws IOException {
        write(target, utf8(content));
    }

    /** Text content as UTF-8 bytes. */
    static Content utf8(TextContent content) {
        return out -> {
            Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
            content.writeTo(w);
            w.flush();
        };
    }

    public static void writeString(Path target, String text) throws IOException {
        writeText(target, w -> w.write(text));
    }

    /**
     * Puts {@code from} in the place of {@code to} in one step where the file system can, so that a reader sees the
     * old file or the new one, never half of one.
     */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
