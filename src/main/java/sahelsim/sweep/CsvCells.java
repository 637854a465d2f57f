package sahelsim.sweep;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one CSV line (RFC 4180 quoting, no line ends inside cells) into its cells, each with the column it starts
 * at, so that a problem in a cell can be reported at file:line:col.
 */
final class CsvCells {

    /** One cell: its text, unquoted, and its column from 1. */
    record Cell(String text, int column) {
    }

    private CsvCells() {
    }

    static List<Cell> split(String line) {
        List<Cell> cells = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int start = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    text.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    text.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(new Cell(text.toString(), start + 1));
                text.setLength(0);
                start = i + 1;
            } else {
                text.append(c);
            }
        }
        cells.add(new Cell(text.toString(), start + 1));
        return cells;
    }
}
