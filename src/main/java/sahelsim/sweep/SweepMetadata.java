package sahelsim.sweep;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import sahelsim.io.Json;

/**
 * The tables of sweep.duckdb that say what the sweep is, beside its runs: {@code sweep} (key, value),
 * {@code parameters} (each parameter of the sweep file, varied or fixed, with its range or values) and
 * {@code design} (each point's coordinates in the unit cube), and the same (key, value) pairs as Parquet
 * key-value metadata.
 */
final class SweepMetadata {

    private SweepMetadata() {
    }

    /** The (key, value) pairs of the sweep table: the manifest's, and the parameters as JSON. */
    static Map<String, String> of(SweepManifest manifest, SweepPlan plan) {
        Map<String, String> about = manifest.about();
        about.put("samples", Integer.toString(plan.spec().samples()));
        about.put("morris_levels", Integer.toString(plan.spec().morrisLevels()));
        about.put("common_random_numbers", Boolean.toString(plan.spec().commonRandomNumbers()));
        ArrayNode parameters = Json.object().putArray("parameters");
        for (Factor f : plan.spec().parameters()) {
            var p = parameters.addObject();
            p.put("parameter", f.name());
            p.put("kind", kind(f));
            p.put("min", min(f));
            p.put("max", max(f));
            p.put("values", values(f));
        }
        about.put("parameters", Json.text(parameters).strip());
        return about;
    }

    /** Creates and fills the sweep, parameters and design tables; returns the design's rows. */
    static long writeTables(DuckDBConnection c, Map<String, String> about, SweepPlan plan) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE sweep (key VARCHAR, value VARCHAR)");
            s.execute("CREATE TABLE parameters (position INTEGER, parameter VARCHAR, kind VARCHAR, varies BOOLEAN, "
                    + "min VARCHAR, max VARCHAR, \"values\" VARCHAR, key_paths VARCHAR)");
            s.execute("CREATE TABLE design (point BIGINT, parameter VARCHAR, unit DOUBLE)");
        }
        try (DuckDBAppender a = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "sweep")) {
            for (Map.Entry<String, String> e : about.entrySet()) {
                a.beginRow();
                a.append(e.getKey());
                a.append(e.getValue());
                a.endRow();
            }
        }
        List<Factor> parameters = plan.spec().parameters();
        try (DuckDBAppender a = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "parameters")) {
            for (int i = 0; i < parameters.size(); i++) {
                Factor f = parameters.get(i);
                a.beginRow();
                a.append(i + 1);
                a.append(f.name());
                a.append(kind(f));
                a.append(f.varies());
                appendText(a, min(f));
                appendText(a, max(f));
                appendText(a, values(f));
                a.append(String.join(", ", f.keyPaths().stream().sorted().toList()));
                a.endRow();
            }
        }
        List<Factor> varied = plan.spec().varied();
        long rows = 0;
        try (DuckDBAppender a = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "design")) {
            for (int p = 0; p < plan.pointCount(); p++) {
                double[] unit = plan.unit(p);
                for (int d = 0; d < unit.length; d++) {
                    a.beginRow();
                    a.append((long) p);
                    a.append(varied.get(d).name());
                    a.append(unit[d]);
                    a.endRow();
                    rows++;
                }
            }
        }
        return rows;
    }

    /** The pairs as DuckDB's KV_METADATA struct literal. */
    static String parquetMetadata(Map<String, String> about) {
        return about.entrySet().stream().map(e -> "\"" + e.getKey() + "\": '" + e.getValue().replace("'", "''") + "'")
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static void appendText(DuckDBAppender a, String text) throws SQLException {
        if (text == null) {
            a.appendNull();
        } else {
            a.append(text);
        }
    }

    private static String kind(Factor f) {
        if (!f.varies()) {
            return "fixed";
        }
        return f instanceof Factor.Range ? "range" : f instanceof Factor.Variants ? "variants" : "values";
    }

    private static String min(Factor f) {
        return f instanceof Factor.Range r ? r.at(0).text() : null;
    }

    private static String max(Factor f) {
        return f instanceof Factor.Range r ? r.at(1).text() : null;
    }

    /** A list's values or a parameter's variant names, comma-separated; null for a range. */
    private static String values(Factor f) {
        if (f instanceof Factor.Values v) {
            return v.values().stream().map(Choice::text).collect(Collectors.joining(", "));
        }
        if (f instanceof Factor.Variants v) {
            return v.variants().stream().map(Factor.Variant::name).collect(Collectors.joining(", "));
        }
        return null;
    }
}
