package sahelsim.runfolder;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * One CSV file of a run folder (gzip-compressed when its name ends in .gz), read row by row with the columns
 * looked up by header name. Every problem becomes a {@link RunFolderError} naming the file, the line and what
 * was expected; columns beyond those asked for are allowed, since new columns are only ever added at the end.
 */
final class CsvInput implements AutoCloseable {

    private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    private final Path file;
    private final MappingIterator<String[]> rows;
    private final Map<String, Integer> columns = new LinkedHashMap<>();
    private final int width;
    private String[] row;
    private long line;
    private long nextLine;

    private CsvInput(Path file, MappingIterator<String[]> rows, String[] header) {
        this.file = file;
        this.rows = rows;
        this.width = header.length;
        for (int i = 0; i < header.length; i++) {
            columns.put(header[i].trim(), i);
        }
    }

    /** Opens a file and checks that its header has the columns the reader needs. */
    static CsvInput open(Path file, List<String> required) {
        MappingIterator<String[]> rows = null;
        try {
            InputStream in = new BufferedInputStream(Files.newInputStream(file));
            if (file.getFileName().toString().endsWith(".gz")) {
                in = new GZIPInputStream(in);
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            rows = MAPPER.readerFor(String[].class).readValues(reader);
            if (!rows.hasNextValue()) {
                throw new RunFolderError(file, 1, "the file is empty; expected a header line with the columns "
                        + String.join(", ", required));
            }
            String[] header = rows.nextValue();
            CsvInput input = new CsvInput(file, rows, header);
            input.nextLine = rows.getCurrentLocation().getLineNr();
            for (String column : required) {
                if (!input.columns.containsKey(column)) {
                    throw new RunFolderError(file, 1, "expected the column '" + column + "' in the header (expected "
                            + String.join(", ", required) + "; found " + String.join(", ", header) + ")");
                }
            }
            return input;
        } catch (NoSuchFileException e) {
            throw new RunFolderError(file, "missing: the run folder has no such file");
        } catch (RuntimeException e) {
            closeQuietly(rows);
            throw e;
        } catch (IOException e) {
            closeQuietly(rows);
            throw unreadable(file, 1, e);
        }
    }

    /** Moves to the next row with content; false at the end of the file. Blank lines are skipped. */
    boolean next() {
        try {
            while (rows.hasNextValue()) {
                line = nextLine;
                row = rows.nextValue();
                nextLine = rows.getCurrentLocation().getLineNr();
                if (row.length == 0 || row.length == 1 && row[0].isEmpty()) {
                    continue;
                }
                if (row.length != width) {
                    throw error("expected " + width + " fields as in the header, found " + row.length);
                }
                return true;
            }
            return false;
        } catch (RuntimeException e) {
            if (e.getCause() instanceof IOException io) {
                throw unreadable(file, nextLine, io);
            }
            throw e;
        } catch (IOException e) {
            throw unreadable(file, nextLine, e);
        }
    }

    private static RunFolderError unreadable(Path file, long line, IOException e) {
        if (e instanceof JsonProcessingException j && j.getLocation() != null) {
            return new RunFolderError(file, j.getLocation().getLineNr(), "malformed CSV: " + j.getOriginalMessage());
        }
        if (e instanceof ZipException) {
            return new RunFolderError(file, "not a readable gzip file (" + e.getMessage() + ")");
        }
        if (e instanceof EOFException) {
            return new RunFolderError(file, line, "the file ends in the middle (cut short while it was written?)");
        }
        return new RunFolderError(file, "cannot be read: " + e.getMessage());
    }

    private static void closeQuietly(MappingIterator<String[]> rows) {
        if (rows != null) {
            try {
                rows.close();
            } catch (IOException e) {
                // Already failing with a better message.
            }
        }
    }

    /** The line the current row starts on (the header is line 1). */
    long line() {
        return line;
    }

    String text(String column) {
        Integer i = columns.get(column);
        if (i == null) {
            throw new IllegalArgumentException("no column " + column + " in " + file);
        }
        return row[i].trim();
    }

    LocalDate date(String column) {
        String t = text(column);
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw error(column, "a date YYYY-MM-DD", t);
        }
    }

    double number(String column) {
        return number(column, text(column), "a number");
    }

    /** A number, or NaN when the field is empty (an undefined value). */
    double numberOrNaN(String column) {
        String t = text(column);
        return t.isEmpty() ? Double.NaN : number(column, t, "a number or nothing");
    }

    private double number(String column, String t, String expected) {
        double v = parse(t);
        if (Double.isNaN(v)) {
            throw error(column, expected, t);
        }
        return v;
    }

    long whole(String column) {
        String t = text(column);
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw error(column, "a whole number", t);
        }
    }

    /** One of the allowed values. */
    String oneOf(String column, List<String> allowed) {
        String t = text(column);
        if (!allowed.contains(t)) {
            throw error(column, "one of " + String.join(", ", allowed), t);
        }
        return t;
    }

    private static double parse(String t) {
        try {
            double v = Double.parseDouble(t);
            return Double.isFinite(v) ? v : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    RunFolderError error(String column, String expected, String found) {
        return error("column '" + column + "': expected " + expected + ", found '" + found + "'");
    }

    RunFolderError error(String what) {
        return new RunFolderError(file, line, what);
    }

    @Override
    public void close() {
        closeQuietly(rows);
    }
}
