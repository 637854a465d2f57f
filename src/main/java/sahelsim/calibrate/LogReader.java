package sahelsim.calibrate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import sahelsim.io.CsvTable;
import sahelsim.sweep.SweepError;

/**
 * Reads a log without writing it, for a process that does not hold its folder (a shard reading the generations
 * closed before it): the complete lines grouped into blocks by the run id that starts them, in file order; a last
 * line without its line end (a writer killed mid-line) is left out.
 */
final class LogReader {

    private LogReader() {
    }

    /** One run's lines. */
    record Block(long id, String text) {
    }

    /** The blocks of a log, in file order; none when the file does not exist. */
    static List<Block> blocks(Path file, List<String> columns) throws IOException {
        List<Block> blocks = new ArrayList<>();
        if (!Files.exists(file)) {
            return blocks;
        }
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n');
        if (end < 0) {
            return blocks;
        }
        String[] lines = text.substring(0, end).split("\n", -1);
        String header = CsvTable.line(columns).strip();
        if (!lines[0].equals(header)) {
            throw new SweepError(file + ": expected the header " + header + ", found " + lines[0] + "; it was written "
                    + "by another version of the program or changed by hand (--force starts the calibration afresh)");
        }
        long current = -1;
        StringBuilder block = null;
        for (int i = 1; i < lines.length; i++) {
            long id = runId(file, i + 1, lines[i]);
            if (block != null && id != current) {
                blocks.add(new Block(current, block.toString()));
                block = null;
            }
            if (block == null) {
                block = new StringBuilder();
                current = id;
            }
            block.append(lines[i]).append('\n');
        }
        if (block != null) {
            blocks.add(new Block(current, block.toString()));
        }
        return blocks;
    }

    private static long runId(Path file, int line, String text) {
        int comma = text.indexOf(',');
        try {
            return Long.parseLong(comma < 0 ? text : text.substring(0, comma));
        } catch (NumberFormatException e) {
            throw new SweepError(file + ":" + line + ": expected a run id at the start of the line, found '" + text
                    + "'; the file was changed by hand (--force starts the calibration afresh)");
        }
    }
}
