package sahelsim.calibrate;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import sahelsim.calibrate.abc.Particle;
import sahelsim.calibrate.abc.Population;
import sahelsim.io.AtomicFiles;
import sahelsim.io.CsvTable;
import sahelsim.io.NumberText;

/**
 * The tables of a calibration, rewritten whole each time a generation closes, from the populations replayed from
 * the logs: {@code particles.csv}, every generation's kept particles with their normalised weights;
 * {@code generations.csv}, each generation's tolerance, acceptance and effective sample size; {@code posterior.csv},
 * each parameter's weighted mean, standard deviation and quantiles in the last population; and Parquet copies of
 * the first two, written through DuckDB as the sweeps' are, once the calibration is complete. Parameter values are written exactly (12 significant
 * digits at most, as proposed), so that a particle can be run again by hand.
 */
final class CalibrationTables {

    /** Quantiles of posterior.csv: the 90% interval and the median. */
    static final double[] QUANTILES = {0.05, 0.5, 0.95};

    private CalibrationTables() {
    }

    /** Writes the CSV tables, and with {@code parquet} (a complete calibration) their Parquet copies. */
    static void write(Path dir, Calibration c, List<Population> populations, boolean parquet) throws IOException {
        List<String> particleColumns = new ArrayList<>(List.of("generation", "rank", "from_generation",
                "from_proposal", "weight", "distance"));
        particleColumns.addAll(c.parameters());
        AtomicFiles.writeText(dir.resolve(CalibrationFolder.PARTICLES), out -> {
            CsvTable table = new CsvTable(out, particleColumns);
            for (Population p : populations) {
                double[] w = p.weights();
                for (int i = 0; i < p.size(); i++) {
                    Particle particle = p.particles().get(i);
                    List<String> cells = new ArrayList<>(List.of(Integer.toString(p.generation()), Integer.toString(i),
                            Integer.toString(particle.generation()), Integer.toString(particle.proposal()),
                            NumberText.format(w[i]), NumberText.format(particle.distance())));
                    for (double v : particle.values()) {
                        cells.add(exact(v));
                    }
                    table.row(cells.toArray(String[]::new));
                }
            }
            table.finish();
        });
        AtomicFiles.writeText(dir.resolve(CalibrationFolder.GENERATIONS), out -> {
            CsvTable table = new CsvTable(out, List.of("generation", "runs", "kept", "tolerance", "acceptance",
                    "effective_size"));
            for (Population p : populations) {
                table.row(Integer.toString(p.generation()),
                        Integer.toString(c.algorithm().settings().batchSize(p.generation())),
                        Integer.toString(p.size()), NumberText.format(p.tolerance()), NumberText.format(p.acceptance()),
                        NumberText.format(p.effectiveSize()));
            }
            table.finish();
        });
        Population last = populations.isEmpty() ? null : populations.get(populations.size() - 1);
        if (last != null) {
            AtomicFiles.writeText(dir.resolve(CalibrationFolder.POSTERIOR), out -> {
                CsvTable table = new CsvTable(out, List.of("parameter", "prior", "generation", "mean", "sd", "q05",
                        "median", "q95"));
                for (int d = 0; d < c.parameters().size(); d++) {
                    table.row(c.parameters().get(d), c.algorithm().priors().get(d).describe(),
                            Integer.toString(last.generation()), NumberText.format(last.mean(d)),
                            NumberText.format(last.sd(d)), NumberText.format(last.quantile(d, QUANTILES[0])),
                            NumberText.format(last.quantile(d, QUANTILES[1])),
                            NumberText.format(last.quantile(d, QUANTILES[2])));
                }
                table.finish();
            });
        }
        if (parquet) {
            parquet(dir, CalibrationFolder.PARTICLES, CalibrationFolder.PARTICLES_PARQUET);
            parquet(dir, CalibrationFolder.GENERATIONS, CalibrationFolder.GENERATIONS_PARQUET);
        }
    }

    /** A value as the proposal made it, in plain notation. */
    static String exact(double v) {
        return Double.isFinite(v) ? BigDecimal.valueOf(v).stripTrailingZeros().toPlainString() : "";
    }

    /**
     * A CSV table as Parquet, through an in-memory DuckDB: written under a hidden name and put in place only when
     * DuckDB succeeded, so that a failure leaves the previous file (or none), never a partial one.
     */
    static void parquet(Path dir, String csv, String parquet) throws IOException {
        Path staged = dir.resolve("." + parquet + AtomicFiles.TEMPORARY_SUFFIX);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             Statement s = c.createStatement()) {
            s.execute("COPY (SELECT * FROM read_csv(" + literal(dir.resolve(csv)) + ", header = true, "
                    + "auto_detect = true)) TO " + literal(staged) + " (FORMAT parquet)");
        } catch (SQLException | RuntimeException e) {
            Files.deleteIfExists(staged);
            throw new IOException("could not write " + dir.resolve(parquet) + ": " + e.getMessage(), e);
        }
        AtomicFiles.move(staged, dir.resolve(parquet));
    }

    private static String literal(Path p) {
        return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
