package sahelsim.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The results database of a sweep holds exactly the rows and values of its logs, and so do its Parquet files. */
class SweepDatabaseTest {

    @TempDir
    static Path dir;

    static Path out;
    static List<String> runs;
    static List<String> months;

    @BeforeAll
    static void runASmallSweep() throws IOException {
        Path file = Files.writeString(dir.resolve("db.yaml"), """
                name: db-test
                base: %s
                design: grid
                replications: 2
                seed: 5
                parameters:
                  wagner.strength: [0, 1500]
                  foreignForces.minusma-kidal.withdrawal: [2022-01-05, null]
                outcomes: [fatalities_total, towns_held_end:csp]
                """.formatted(Path.of("src/test/resources/scenarios/january-2022.yaml").toAbsolutePath()));
        SweepSpec spec = SweepLoader.shipped().load(file);
        out = dir.resolve("out");
        SweepRunner.Result r = new SweepRunner(SweepLoader.shipped(), spec, Files.readString(file), Shard.WHOLE)
                .run(out, 2, false, (tally, resumed) -> { });
        assertNull(r.databaseError());
        runs = Files.readAllLines(out.resolve(SweepFolder.RUNS));
        months = Files.readAllLines(out.resolve(SweepFolder.MONTHLY));
    }

    private static Connection open() throws SQLException {
        return DriverManager.getConnection("jdbc:duckdb:" + out.resolve(SweepFolder.DATABASE).toAbsolutePath());
    }

    private static List<Object> row(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            Object[] cells = new Object[r.getMetaData().getColumnCount()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = r.getObject(i + 1);
            }
            return Arrays.asList(cells);
        }
    }

    @Test
    void theRunsTableHoldsEveryRowOfRunsCsvWithTypedColumns() throws SQLException {
        try (Connection c = open(); Statement s = c.createStatement()) {
            assertEquals(List.of(8L, 8L), row(s, "SELECT count(*), count(DISTINCT run_id) FROM runs"));
            String[] first = runs.get(1).split(",", -1);
            List<Object> r = row(s, "SELECT seed, \"wagner.strength\", \"foreignForces.minusma-kidal.withdrawal\", "
                    + "fatalities_total, \"towns_held_end:csp\", status, error FROM runs WHERE run_id = 0");
            assertEquals(Long.parseLong(first[3]), r.get(0));
            assertEquals(0L, r.get(1), "whole numbers become BIGINT");
            assertEquals("2022-01-05", r.get(2).toString(), "dates become DATE");
            assertEquals(Double.parseDouble(first[6]), r.get(3));
            assertEquals(Double.parseDouble(first[7]), r.get(4));
            assertEquals("ok", r.get(5));
            assertNull(r.get(6));
            assertEquals("null", runs.get(3).split(",", -1)[5], "run 2 leaves MINUSMA in Kidal");
            assertNull(row(s, "SELECT \"foreignForces.minusma-kidal.withdrawal\" FROM runs WHERE run_id = 2").get(0),
                    "a parameter set to null is NULL");
        }
    }

    @Test
    void theMonthlyTableIsTheLogInTidyForm() throws SQLException {
        int series = months.get(0).split(",").length - 2;
        try (Connection c = open(); Statement s = c.createStatement()) {
            assertEquals(List.of((long) (months.size() - 1) * series),
                    row(s, "SELECT count(*) FROM monthly"));
            String[] header = months.get(0).split(",");
            String[] line = months.get(5).split(",", -1);
            int column = List.of(header).indexOf("fatalities");
            List<Object> r = row(s, "SELECT value FROM monthly WHERE run_id = " + line[0] + " AND date = DATE '"
                    + line[1] + "' AND measure = 'fatalities' AND faction IS NULL");
            assertEquals(Double.parseDouble(line[column]), r.get(0));
            int jnim = List.of(header).indexOf("control_share_population:jnim");
            assertEquals(Double.parseDouble(line[jnim]), row(s, "SELECT value FROM monthly WHERE run_id = " + line[0]
                    + " AND measure = 'control_share_population' AND faction = 'jnim'").get(0));
        }
    }

    @Test
    void theParquetExportsHoldTheSameRows() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            assertEquals(List.of(8L), row(s, "SELECT count(*) FROM '" + out.resolve(SweepFolder.RUNS_PARQUET) + "'"));
            assertEquals(row(s, "SELECT sum(fatalities_total) FROM '" + out.resolve(SweepFolder.RUNS_PARQUET) + "'"),
                    List.of(runs.subList(1, runs.size()).stream().mapToDouble(l -> Double.parseDouble(l.split(",")[6]))
                            .sum()));
            int series = months.get(0).split(",").length - 2;
            assertEquals(List.of((long) (months.size() - 1) * series),
                    row(s, "SELECT count(*) FROM '" + out.resolve(SweepFolder.MONTHLY_PARQUET) + "'"));
        }
    }

    @Test
    void theSweepItsParametersAndItsDesignAreTablesAndParquetMetadata() throws SQLException {
        try (Connection c = open(); Statement s = c.createStatement()) {
            assertEquals(List.of("db-test"), row(s, "SELECT value FROM sweep WHERE key = 'name'"));
            assertEquals(List.of("5"), row(s, "SELECT value FROM sweep WHERE key = 'seed'"));
            assertEquals(List.of("grid"), row(s, "SELECT value FROM sweep WHERE key = 'design'"));
            assertEquals(List.of("values", true, "0, 1500"), row(s, "SELECT kind, varies, \"values\" FROM parameters "
                    + "WHERE parameter = 'wagner.strength'"));
            assertEquals(List.of(8L, 4L), row(s, "SELECT count(*), count(DISTINCT point) FROM design"),
                    "4 points x 2 varied parameters");
            assertEquals(List.of(0.25, 0.75), row(s, "SELECT min(unit), max(unit) FROM design"), "the middles of a grid's two cells");
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            for (String parquet : List.of(SweepFolder.RUNS_PARQUET, SweepFolder.MONTHLY_PARQUET)) {
                assertEquals(List.of("db-test"), row(s, "SELECT decode(value) FROM parquet_kv_metadata('"
                        + out.resolve(parquet) + "') WHERE decode(key) = 'name'"), parquet);
            }
        }
    }
}
