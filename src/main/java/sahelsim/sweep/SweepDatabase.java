package sahelsim.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import sahelsim.io.AtomicFiles;

/**
 * Loads a complete sweep folder's runs.csv and runs-monthly.csv into sweep.duckdb, through DuckDB's Appender (JDBC
 * batch inserts are about a hundred times slower), and exports both tables as Parquet. Two tables:
 * <ul>
 *   <li>{@code runs}: the columns of runs.csv, with outcomes as DOUBLE and each parameter typed by its values
 *   (BIGINT, DOUBLE, DATE, else VARCHAR);</li>
 *   <li>{@code monthly}: every run's monthly key measures in tidy long form, (run_id, date, measure, faction,
 *   value), the faction NULL for a total, as a run's monthly.csv has them.</li>
 * </ul>
 * The files are read as a stream and written under temporary names, renamed once complete: the database is
 * rebuilt whole from the logs, which stay the sweep's record.
 */
public final class SweepDatabase {

    private SweepDatabase() {
    }

    /** Writes sweep.duckdb, runs.parquet and monthly.parquet into a complete sweep folder; returns their names. */
    public static List<String> write(Path dir, SweepManifest manifest) throws IOException, SQLException {
        RunsTable table = new RunsTable(manifest.parameters(), manifest.outcomes());
        Path database = dir.resolve(SweepFolder.DATABASE);
        Path staged = hidden(dir, SweepFolder.DATABASE);
        Path runsParquet = hidden(dir, SweepFolder.RUNS_PARQUET);
        Path monthlyParquet = hidden(dir, SweepFolder.MONTHLY_PARQUET);
        try {
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + staged.toAbsolutePath())) {
                DuckDBConnection duck = c.unwrap(DuckDBConnection.class);
                List<ColumnType> types = parameterTypes(dir.resolve(SweepFolder.RUNS), table);
                try (Statement s = c.createStatement()) {
                    s.execute(createRuns(table, types));
                    s.execute("CREATE TABLE monthly (run_id BIGINT, date DATE, measure VARCHAR, faction VARCHAR, "
                            + "value DOUBLE)");
                }
                appendRuns(duck, dir.resolve(SweepFolder.RUNS), table, types);
                appendMonthly(duck, dir.resolve(SweepFolder.MONTHLY));
                try (Statement s = c.createStatement()) {
                    s.execute("COPY (SELECT * FROM runs ORDER BY run_id) TO " + literal(runsParquet)
                            + " (FORMAT parquet)");
                    s.execute("COPY (SELECT * FROM monthly) TO " + literal(monthlyParquet) + " (FORMAT parquet)");
                }
            }
            Files.deleteIfExists(dir.resolve(SweepFolder.DATABASE + ".wal"));
            move(staged, database);
            move(runsParquet, dir.resolve(SweepFolder.RUNS_PARQUET));
            move(monthlyParquet, dir.resolve(SweepFolder.MONTHLY_PARQUET));
        } finally {
            for (Path p : List.of(staged, Path.of(staged + ".wal"), runsParquet, monthlyParquet)) {
                Files.deleteIfExists(p);
            }
        }
        return List.of(SweepFolder.DATABASE, SweepFolder.RUNS_PARQUET, SweepFolder.MONTHLY_PARQUET);
    }

    /** Why the database could not be written, in one line. */
    static String describe(Throwable e) {
        if (e instanceof LinkageError) {
            return "DuckDB's native library could not be loaded on this platform (" + e.getMessage() + "); this jar "
                    + "carries the library for Linux x86-64 only (see pom.xml, duckdb.classifier)";
        }
        String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return what.replaceAll("[\\r\\n]+", " ").strip();
    }

    /** How a parameter's values are stored, decided from every value runs.csv holds for it. */
    private enum ColumnType {
        BIGINT, DOUBLE, DATE, VARCHAR
    }

    private static List<ColumnType> parameterTypes(Path runs, RunsTable table) throws IOException {
        int k = table.parameters().size();
        boolean[] whole = new boolean[k];
        boolean[] number = new boolean[k];
        boolean[] date = new boolean[k];
        Arrays.fill(whole, true);
        Arrays.fill(number, true);
        Arrays.fill(date, true);
        try (LogLines lines = new LogLines(runs)) {
            lines.next();
            for (LogLines.Line line = lines.next(); line != null; line = lines.next()) {
                String[] cells = table.cells(line.text());
                for (int p = 0; p < k; p++) {
                    String v = parameter(cells[4 + p]);
                    if (!v.isEmpty()) {
                        whole[p] &= v.matches("-?\\d{1,18}");
                        number[p] &= isNumber(v);
                        date[p] &= isDate(v);
                    }
                }
            }
        }
        List<ColumnType> types = new ArrayList<>();
        for (int p = 0; p < k; p++) {
            types.add(whole[p] ? ColumnType.BIGINT : number[p] ? ColumnType.DOUBLE : date[p] ? ColumnType.DATE
                    : ColumnType.VARCHAR);
        }
        return types;
    }

    /** A parameter's value as the table stores it: a key set to null (no withdrawal, say) is NULL. */
    private static String parameter(String v) {
        return v.equals("null") ? "" : v;
    }

    private static boolean isNumber(String v) {
        try {
            return Double.isFinite(Double.parseDouble(v));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isDate(String v) {
        try {
            LocalDate.parse(v);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String createRuns(RunsTable table, List<ColumnType> types) {
        List<String> columns = new ArrayList<>(List.of("run_id BIGINT", "point BIGINT", "replicate INTEGER",
                "seed BIGINT"));
        for (int p = 0; p < types.size(); p++) {
            columns.add(identifier(table.parameters().get(p)) + " " + types.get(p));
        }
        table.outcomes().forEach(o -> columns.add(identifier(o) + " DOUBLE"));
        columns.add("status VARCHAR");
        columns.add("error VARCHAR");
        return "CREATE TABLE runs (" + String.join(", ", columns) + ")";
    }

    private static void appendRuns(DuckDBConnection c, Path runs, RunsTable table, List<ColumnType> types)
            throws IOException, SQLException {
        int k = types.size();
        int outcomes = table.outcomes().size();
        try (DuckDBAppender a = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "runs");
             LogLines lines = new LogLines(runs)) {
            lines.next();
            for (LogLines.Line line = lines.next(); line != null; line = lines.next()) {
                String[] cells = table.cells(line.text());
                a.beginRow();
                a.append(Long.parseLong(cells[0]));
                a.append(Long.parseLong(cells[1]));
                a.append(Integer.parseInt(cells[2]));
                a.append(Long.parseLong(cells[3]));
                for (int p = 0; p < k; p++) {
                    appendTyped(a, types.get(p), parameter(cells[4 + p]));
                }
                for (int o = 0; o < outcomes; o++) {
                    appendTyped(a, ColumnType.DOUBLE, cells[4 + k + o]);
                }
                a.append(cells[4 + k + outcomes]);
                appendTyped(a, ColumnType.VARCHAR, cells[5 + k + outcomes]);
                a.endRow();
            }
        }
    }

    private static void appendTyped(DuckDBAppender a, ColumnType type, String v) throws SQLException {
        if (v.isEmpty()) {
            a.appendNull();
            return;
        }
        switch (type) {
            case BIGINT -> a.append(Long.parseLong(v));
            case DOUBLE -> a.append(Double.parseDouble(v));
            case DATE -> a.append(LocalDate.parse(v));
            case VARCHAR -> a.append(v);
        }
    }

    /** One tidy row per run, month and series, from the wide lines of runs-monthly.csv. */
    private static void appendMonthly(DuckDBConnection c, Path monthly) throws IOException, SQLException {
        try (DuckDBAppender a = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "monthly");
             LogLines lines = new LogLines(monthly)) {
            String[] header = lines.next().text().split(",", -1);
            String[] measures = new String[header.length];
            String[] factions = new String[header.length];
            for (int i = 2; i < header.length; i++) {
                int colon = header[i].indexOf(':');
                measures[i] = colon < 0 ? header[i] : header[i].substring(0, colon);
                factions[i] = colon < 0 ? null : header[i].substring(colon + 1);
            }
            for (LogLines.Line line = lines.next(); line != null; line = lines.next()) {
                String[] cells = line.text().split(",", -1);
                long runId = Long.parseLong(cells[0]);
                LocalDate date = LocalDate.parse(cells[1]);
                for (int i = 2; i < cells.length; i++) {
                    a.beginRow();
                    a.append(runId);
                    a.append(date);
                    a.append(measures[i]);
                    if (factions[i] == null) {
                        a.appendNull();
                    } else {
                        a.append(factions[i]);
                    }
                    appendTyped(a, ColumnType.DOUBLE, cells[i]);
                    a.endRow();
                }
            }
        }
    }

    private static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static String literal(Path file) {
        return "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
    }

    /** A hidden name in the folder for a file being written, as {@link AtomicFiles} names its own. */
    private static Path hidden(Path dir, String name) {
        return dir.resolve("." + name + "." + ProcessHandle.current().pid() + AtomicFiles.TEMPORARY_SUFFIX)
                .toAbsolutePath();
    }

    private static void move(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
