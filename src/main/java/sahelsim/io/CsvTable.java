package sahelsim.io;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes a CSV table row by row: a header line, then rows of text cells, with RFC 4180 quoting (event notes
 * hold commas and quotes) and {@code \n} line ends on every platform.
 */
public final class CsvTable {

    /** Quotes a cell only where RFC 4180 needs it (a comma, a quote, a line end, or blanks at either end). */
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();

    /** Writes one row without a header, as {@link #line} gives it. */
    private static final ObjectWriter LINE = MAPPER.writer(
            CsvSchema.emptySchema().withoutHeader().withLineSeparator("\n"));

    private static final ObjectReader CELLS = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .readerFor(String[].class);

    private final SequenceWriter rows;
    private final int width;

    public CsvTable(Writer out, List<String> columns) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\n");
        columns.forEach(schema::addColumn);
        this.rows = MAPPER.writer(schema.build()).writeValues(out);
        this.width = columns.size();
    }

    public void row(String... cells) throws IOException {
        if (cells.length != width) {
            throw new IllegalArgumentException("a row of " + cells.length + " cells in a table of " + width + " columns");
        }
        rows.write(cells);
    }

    /**
     * One row as a line of text with its {@code \n}, quoted as the tables quote it: for logs that append a row at a
     * time to a file whose header was written once.
     */
    public static String line(List<String> cells) {
        try {
            return LINE.writeValueAsString(cells.toArray(new String[0]));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a CSV line", e);
        }
    }

    /** The cells of one line written by {@link #line} (its line end may be left off). */
    public static String[] cells(String line) {
        try (MappingIterator<String[]> rows = CELLS.readValues(line)) {
            return rows.hasNextValue() ? rows.nextValue() : new String[] {""};
        } catch (IOException e) {
            throw new IllegalArgumentException("not a CSV line: " + e.getMessage(), e);
        }
    }

    /** Flushes the rows to the writer underneath, which stays open for its owner to close. */
    public void finish() throws IOException {
        rows.flush();
    }
}
