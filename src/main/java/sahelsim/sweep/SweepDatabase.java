package sahelsim.sweep;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import sahelsim.io.AtomicFiles;

/**
 * Loads a complete sweep folder's runs.csv and runs-monthly.csv into sweep.duckdb, through DuckDB's Appender (JDBC
 * batch inserts are about a hundred times slower), and exports both tables as Parquet. The tables:
 * <ul>
 *   <li>{@code runs}: the columns of runs.csv, with outcomes as DOUBLE and each parameter typed by its values
 *   (BIGINT, DOUBLE, DATE, else VARCHAR);</li>
 *   <li>{@code monthly}: every run's monthly key measures in tidy long form, (run_id, date, measure, faction,
 *   value), the faction NULL for a total, as a run's monthly.csv has them;</li>
 *   <li>{@code sweep}: what the sweep is, as (key, value) rows (name, design, seed, replications, the files'
 *   hashes...), also written into both Parquet files' key-value metadata;</li>
 *   <li>{@code parameters}: each parameter of the sweep file, varied or fixed, with its range or values;</li>
 *   <li>{@code design}: each design point's coordinate in the unit cube, (point, parameter, unit).</li>
 * </ul>
 * The files are read as a stream and written under hidden temporary names, with DuckDB's memory limited and its
 * spill folder inside the sweep folder. Nothing is put in place until the database is checkpointed and closed
 * without error and, opened again read-only, holds as many rows as the logs, and the Parquet files as many as
 * the tables: a full disk or any other failure leaves the previous files (or none), never an empty database
 * that looks complete. The database is rebuilt whole from the logs, which stay the sweep's record.
 */
public final class SweepDatabase {

    /** What could not be written, naming the file. */
    public static final class Failure extends IOException {
        Failure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private SweepDatabase() {
    }

    /** Rows the logs hold, to compare with what the database holds. */
    private record Counts(long runs, long monthly, long design) {
    }

    /**
     * Writes sweep.duckdb, runs.parquet and monthly.parquet into a complete sweep folder; returns their names.
     * Throws {@link Failure} naming the file that could not be written.
     */
    public static List<String> write(Path dir, SweepManifest manifest, SweepPlan plan, DatabaseMemory memory)
            throws IOException {
        RunsTable table = new RunsTable(manifest.parameters(), manifest.outcomes());
        Path staged = hidden(dir, SweepFolder.DATABASE);
        Path runsParquet = hidden(dir, SweepFolder.RUNS_PARQUET);
        Path monthlyParquet = hidden(dir, SweepFolder.MONTHLY_PARQUET);
        Path spill = hidden(dir, "duckdb-temp");
        String writing = SweepFolder.DATABASE;
        try {
            Counts counts;
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + staged.toAbsolutePath())) {
                DuckDBConnection duck = c.unwrap(DuckDBConnection.class);
                try (Statement s = c.createStatement()) {
                    s.execute("SET memory_limit = '" + memory.duckDbSetting() + "'");
                    s.execute("SET temp_directory = " + literal(spill));
                }
                List<ColumnType> types = parameterTypes(dir.resolve(SweepFolder.RUNS), table);
                try (Statement s = c.createStatement()) {
                    s.execute(createRuns(table, types));
                    s.execute("CREATE TABLE monthly (run_id BIGINT, date DATE, measure VARCHAR, faction VARCHAR, "
                            + "value DOUBLE)");
                }
                long runs = appendRuns(duck, dir.resolve(SweepFolder.RUNS), table, types);
                long monthly = appendMonthly(duck, dir.resolve(SweepFolder.MONTHLY));
                Map<String, String> about = SweepMetadata.of(manifest, plan);
                long design = SweepMetadata.writeTables(duck, about, plan);
                counts = new Counts(runs, monthly, design);
                try (Statement s = c.createStatement()) {
                    // The data lives in the write-ahead log until a checkpoint: done here so that a failure to
                    // write it is an error, rather than lost silently when the connection closes.
                    s.execute("CHECKPOINT");
                    String metadata = SweepMetadata.parquetMetadata(about);
                    writing = SweepFolder.RUNS_PARQUET;
                    s.execute("COPY (SELECT * FROM runs ORDER BY run_id) TO " + literal(runsParquet)
                            + " (FORMAT parquet, KV_METADATA " + metadata + ")");
                    writing = SweepFolder.MONTHLY_PARQUET;
                    s.execute("COPY (SELECT * FROM monthly) TO " + literal(monthlyParquet) + " (FORMAT parquet, "
                            + "KV_METADATA " + metadata + ")");
                    writing = SweepFolder.DATABASE;
                }
            }
            verify(staged, runsParquet, monthlyParquet, counts, dir);
            Files.deleteIfExists(dir.resolve(SweepFolder.DATABASE + ".wal"));
            AtomicFiles.move(staged, dir.resolve(SweepFolder.DATABASE));
            AtomicFiles.move(runsParquet, dir.resolve(SweepFolder.RUNS_PARQUET));
            AtomicFiles.move(monthlyParquet, dir.resolve(SweepFolder.MONTHLY_PARQUET));
        } catch (SQLException | IOException | RuntimeException e) {
            if (e instanceof Failure f) {
                throw f;
            }
            throw new Failure("could not write " + dir.resolve(writing) + ": " + describe(e), e);
        } finally {
            for (Path p : List.of(staged, Path.of(staged + ".wal"), runsParquet, monthlyParquet)) {
                Files.deleteIfExists(p);
            }
            deleteFolder(spill);
        }
        return List.of(SweepFolder.DATABASE, SweepFolder.RUNS_PARQUET, SweepFolder.MONTHLY_PARQUET);
    }

    /** Opens the closed database read-only and checks every table's rows against the logs, and the Parquet files. */
    private static void verify(Path staged, Path runsParquet, Path monthlyParquet, Counts expected, Path dir)
            throws SQLException, Failure {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + staged.toAbsolutePath(), readOnly);
             Statement s = c.createStatement()) {
            check(s, "SELECT count(*) FROM runs", expected.runs(), dir.resolve(SweepFolder.DATABASE), "runs",
                    SweepFolder.RUNS);
            check(s, "SELECT count(*) FROM monthly", expected.monthly(), dir.resolve(SweepFolder.DATABASE),
                    "monthly", SweepFolder.MONTHLY);
            check(s, "SELECT count(*) FROM design", expected.design(), dir.resolve(SweepFolder.DATABASE), "design",
                    "the design");
            check(s, "SELECT count(*) FROM read_parquet(" + literal(runsParquet) + ")", expected.runs(),
                    dir.resolve(SweepFolder.RUNS_PARQUET), "rows", SweepFolder.RUNS);
            check(s, "SELECT count(*) FROM read_parquet(" + literal(monthlyParquet) + ")", expected.monthly(),
                    dir.resolve(SweepFolder.MONTHLY_PARQUET), "rows", SweepFolder.MONTHLY);
        }
    }

    private static void check(Statement s, String count, long expected, Path file, String what, String source)
            throws SQLException, Failure {
        long found;
        try (ResultSet r = s.executeQuery(count)) {
            r.next();
            found = r.getLong(1);
        }
        if (found != expected) {
            throw new Failure("could not write " + file + ": it holds " + found + " " + what + " where " + source
                    + " has " + expected + "; nothing was put in place", null);
        }
    }

    private static void deleteFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                Files.deleteIfExists(entry);
            }
        }
        Files.deleteIfExists(folder);
    }

    /** Why the database could not be written, in one line. */
    static String describe(Throwable e) {
        if (e instanceof LinkageError) {
            return "DuckDB's native library could not be loaded on this platform (" + e.getMessage() + "); this jar "
                    + "carries the library for Linux x86-64 only (see pom.xml, duckdb.classifier)";
        }
        String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        // DuckDB appends the native stack to a fatal error's message: addresses no reader can use.
        int stack = what.indexOf("Stack Trace:");
        return (stack < 0 ? what : what.substring(0, stack)).replaceAll("[\\r\\n]+", " ").strip();
    }

    /** How a parameter's values are stored, decided from every value runs.csv holds for it. */
    enum ColumnType {
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

    private static long appendRuns(DuckDBConnection c, Path runs, RunsTable table, List<ColumnType> types)
            throws IOException, SQLException {
        long rows = 0;
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
                rows++;
            }
        }
        return rows;
    }

    static void appendTyped(DuckDBAppender a, ColumnType type, String v) throws SQLException {
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
    private static long appendMonthly(DuckDBConnection c, Path monthly) throws IOException, SQLException {
        long rows = 0;
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
                    rows++;
                }
            }
        }
        return rows;
    }

    private static String identifier(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    static String literal(Path file) {
        return "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
    }

    /** A hidden name in the folder for a file being written, as {@link AtomicFiles} names its own. */
    private static Path hidden(Path dir, String name) {
        return dir.resolve("." + name + "." + ProcessHandle.current().pid() + AtomicFiles.TEMPORARY_SUFFIX)
                .toAbsolutePath();
    }
}
