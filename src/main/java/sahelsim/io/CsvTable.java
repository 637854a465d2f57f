package sahelsim.io;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
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

    /** Flushes the rows to the writer underneath, which stays open for its owner to close. */
    public void finish() throws IOException {
        rows.flush();
    }
}
