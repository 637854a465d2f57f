package sahelsim.runfolder;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** regions.csv of a run, read back (see {@link RegionsCsv}). */
public final class RegionTable {

    /** One row: a measure of a region in a year, for a faction where the measure has one (else ""). */
    public record Row(int year, LocalDate date, String region, String measure, String faction, double value) {
    }

    private final List<Row> rows;

    private RegionTable(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    public static RegionTable read(Path file) {
        List<Row> rows = new ArrayList<>();
        try (CsvInput in = CsvInput.open(file, RegionsCsv.COLUMNS)) {
            while (in.next()) {
                long year = in.whole("year");
                rows.add(new Row((int) year, in.date("date"), in.text("region"), in.text("measure"),
                        in.text("faction"), in.number("value")));
            }
        }
        return new RegionTable(rows);
    }

    public List<Row> rows() {
        return rows;
    }

    /** The years, in order. */
    public List<Integer> years() {
        return rows.stream().map(Row::year).distinct().sorted().toList();
    }

    /** The regions, in the file's order. */
    public List<String> regions() {
        return rows.stream().map(Row::region).distinct().toList();
    }

    public OptionalDouble value(int year, String region, String measure, String faction) {
        for (Row r : rows) {
            if (r.year == year && r.region.equals(region) && r.measure.equals(measure) && r.faction.equals(faction)) {
                return OptionalDouble.of(r.value);
            }
        }
        return OptionalDouble.empty();
    }
}
