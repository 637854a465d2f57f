package sahelsim.sweep;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import sahelsim.io.AtomicFiles;
import sahelsim.io.CsvTable;

/**
 * A CSV file a sweep appends to as its runs finish: a header line, then one block per run of one or more lines,
 * each line starting with the run's id. Every block is written with one call and forced to the disk before the
 * run counts as done, so a process killed at any moment leaves whole blocks and at most a torn last line.
 * {@link #recover} makes such a file fit to append to again, and {@link #sortById} puts the blocks in run-id
 * order once the sweep is complete, so that the file does not depend on the order in which runs finished.
 */
public final class RunLog implements AutoCloseable {

    /** One run's lines, each with its line end. */
    public record Block(long runId, long offset, String text) {
    }

    /** Which blocks recovery keeps. */
    @FunctionalInterface
    public interface Filter {
        boolean keep(long runId, String text);
    }

    private final Path file;
    private final String header;
    private FileChannel out;

    public RunLog(Path file, List<String> columns) {
        this.file = file;
        this.header = CsvTable.line(columns);
    }

    /**
     * Makes the log fit to append to: creates it with its header if it is missing; otherwise drops a torn last
     * line, every block of a run after its first, and the blocks {@code keep} rejects, rewriting the file (under
     * a temporary name, then renamed) only when something was dropped. Returns the runs kept, as a set of their
     * places in the shard.
     */
    public BitSet recover(Shard shard, long totalRuns, Filter keep) throws IOException {
        BitSet kept = new BitSet();
        if (!Files.exists(file)) {
            AtomicFiles.writeString(file, header);
            return kept;
        }
        Path rewritten = file.resolveSibling("." + file.getFileName() + ".recovered" + AtomicFiles.TEMPORARY_SUFFIX);
        boolean dropped = false;
        try (Blocks blocks = new Blocks(file, header, shard, totalRuns);
             OutputStream copy = Files.newOutputStream(rewritten)) {
            copy.write(header.getBytes(StandardCharsets.UTF_8));
            for (Block b = blocks.next(); b != null; b = blocks.next()) {
                int place = Math.toIntExact(shard.position(b.runId()));
                if (kept.get(place) || !keep.keep(b.runId(), b.text())) {
                    dropped = true;
                } else {
                    kept.set(place);
                    copy.write(b.text().getBytes(StandardCharsets.UTF_8));
                }
            }
            dropped |= blocks.tornTail();
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(rewritten);
            throw e;
        }
        if (dropped) {
            AtomicFiles.move(rewritten, file);
        } else {
            Files.delete(rewritten);
        }
        return kept;
    }

    public void openForAppend() throws IOException {
        out = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    /** Appends one run's block and forces it to the disk. */
    public synchronized void append(String block) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(block.getBytes(StandardCharsets.UTF_8));
        try {
            while (bytes.hasRemaining()) {
                out.write(bytes);
            }
            out.force(false);
        } catch (IOException e) {
            throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }

    /**
     * Rewrites the log with its blocks in run-id order, reading each block back from its place in the file: only
     * an index of offsets is held, however long the sweep. A log already in order is left as it is.
     */
    public void sortById(Shard shard, long totalRuns) throws IOException {
        int places = Math.toIntExact(shard.runCount(totalRuns));
        long[] offsets = new long[places];
        int[] lengths = new int[places];
        Arrays.fill(offsets, -1);
        boolean sorted = true;
        long last = -1;
        try (Blocks blocks = new Blocks(file, header, shard, totalRuns)) {
            for (Block b = blocks.next(); b != null; b = blocks.next()) {
                int place = Math.toIntExact(shard.position(b.runId()));
                if (offsets[place] >= 0) {
                    throw new SweepError(file + ": run " + b.runId() + " is recorded twice; the file was changed by "
                            + "hand or by two processes at once");
                }
                offsets[place] = b.offset();
                lengths[place] = b.text().getBytes(StandardCharsets.UTF_8).length;
                sorted &= b.runId() > last;
                last = b.runId();
            }
            if (blocks.tornTail()) {
                throw new SweepError(file + ": the last line is incomplete; run the sweep again to repair it");
            }
        }
        if (sorted) {
            return;
        }
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            AtomicFiles.write(file, copy -> {
                copy.write(header.getBytes(StandardCharsets.UTF_8));
                for (int place = 0; place < places; place++) {
                    if (offsets[place] >= 0) {
                        ByteBuffer block = ByteBuffer.allocate(lengths[place]);
                        while (block.hasRemaining()) {
                            in.read(block, offsets[place] + block.position());
                        }
                        copy.write(block.array());
                    }
                }
            });
        }
    }

    /** Reads a log's blocks in file order, checking the header and that every run belongs to the shard. */
    static final class Blocks implements AutoCloseable {

        private final Path file;
        private final Shard shard;
        private final long totalRuns;
        private final LogLines lines;
        private LogLines.Line pending;
        private long lineNumber = 1;
        private boolean torn;

        Blocks(Path file, String header, Shard shard, long totalRuns) throws IOException {
            this.file = file;
            this.shard = shard;
            this.totalRuns = totalRuns;
            this.lines = new LogLines(file);
            LogLines.Line first = lines.next();
            if (first == null || !first.complete() || !(first.text() + "\n").equals(header)) {
                lines.close();
                throw new SweepError(file + ": " + (first == null ? "the file is empty" : "expected the header "
                        + header.strip() + ", found " + first.text()) + "; it was written by another version of the "
                        + "program or changed by hand (--force starts the sweep afresh)");
            }
            pending = lines.next();
        }

        /** The next block, or null at the end (a torn last line is left out: see {@link #tornTail}). */
        Block next() throws IOException {
            if (pending == null || !pending.complete()) {
                torn = pending != null;
                pending = null;
                return null;
            }
            long id = runId(pending);
            long offset = pending.offset();
            StringBuilder text = new StringBuilder();
            while (pending != null && pending.complete() && runId(pending) == id) {
                text.append(pending.text()).append('\n');
                pending = lines.next();
                lineNumber++;
            }
            return new Block(id, offset, text.toString());
        }

        /** Whether the file ended in a line its writer did not finish. */
        boolean tornTail() {
            return torn;
        }

        private long runId(LogLines.Line line) {
            int comma = line.text().indexOf(',');
            long id;
            try {
                id = Long.parseLong(comma < 0 ? line.text() : line.text().substring(0, comma));
            } catch (NumberFormatException e) {
                throw damaged("expected a run id at the start of the line, found '" + line.text() + "'");
            }
            if (id < 0 || id >= totalRuns || !shard.contains(id)) {
                throw damaged("run " + id + " is not a run of " + (shard.isWhole() ? "this sweep"
                        : "shard " + shard + " of this sweep"));
            }
            return id;
        }

        private SweepError damaged(String what) {
            return new SweepError(file + ":" + (lineNumber + 1) + ": " + what + "; the file was changed by hand "
                    + "(--force starts the sweep afresh)");
        }

        @Override
        public void close() throws IOException {
            lines.close();
        }
    }
}
