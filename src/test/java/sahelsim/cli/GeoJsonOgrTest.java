package sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The control map as GeoJSON, read by a real GIS client: GDAL's ogrinfo (Debian's gdal-bin, which .ci/run
 * installs) opens the file with its GeoJSON driver, finds every feature in WGS84, and GEOS finds every polygon
 * valid. Skipped, saying why, where ogrinfo is missing.
 */
class GeoJsonOgrTest {

    @TempDir
    Path dir;

    @Test
    void ogrinfoReadsTheMapAndFindsEveryFeature() throws Exception {
        Path runs = dir.resolve("run");
        Cli run = Cli.run("run", TestSweeps.JANUARY.toString(), "--no-charts", "--quiet", "--out", runs.toString());
        assertEquals(ExitCodes.OK, run.exitCode, run.toString());
        Cli chart = Cli.run("chart", runs.toString(), "--what", "geojson", "--dates", "2022-01-15,2022-01-31",
                "--out", dir.toString());
        assertEquals(ExitCodes.OK, chart.exitCode, chart.toString());
        Path file = dir.resolve("control-map-2022-01-31.geojson");
        assertTrue(Files.exists(file), chart.out);
        JsonNode map = new ObjectMapper().readTree(file.toFile());
        int features = map.path("features").size();
        long controlled = 0;
        for (JsonNode f : map.path("features")) {
            assertEquals("2022-01-31", f.path("properties").path("date").asText());
            if (f.path("properties").path("kind").asText().equals("control")) {
                controlled++;
                assertTrue(List.of("firm", "dominant", "contested").contains(
                        f.path("properties").path("strength").asText()));
            }
        }
        assertTrue(controlled > 3 && features > controlled, "control features and the towns");

        Optional<ExternalProgram> ogrinfo = ExternalProgram.find("ogrinfo");
        assumeTrue(ogrinfo.isPresent(), "SKIPPED: no ogrinfo on the PATH (Debian's package gdal-bin; .ci/run "
                + "installs it)");
        ExternalProgram.Outcome info = ogrinfo.get().run(List.of("-so", "-al", file.toString()),
                dir.resolve("ogrinfo.log"), 120);
        assertEquals(0, info.exitCode(), info.output());
        assertTrue(info.output().contains("using driver `GeoJSON' successful"), info.output());
        assertTrue(info.output().contains("Feature Count: " + features), info.output());
        assertTrue(info.output().contains("WGS 84"), info.output());
        for (String field : List.of("date:", "faction:", "strength:", "holder:")) {
            assertTrue(info.output().contains(field), field + " in " + info.output());
        }
        String layer = "control-map-2022-01-31";
        ExternalProgram.Outcome valid = ogrinfo.get().run(List.of("-q", file.toString(), "-dialect", "SQLite", "-sql",
                "SELECT COUNT(*) AS invalid FROM \"" + layer + "\" WHERE kind = 'control' AND NOT ST_IsValid(geometry)"),
                dir.resolve("valid.log"), 120);
        assumeTrue(valid.exitCode() == 0 && valid.output().contains("invalid"), "SKIPPED the validity check: this "
                + "GDAL has no SQLite dialect with spatial functions: " + valid.output());
        assertTrue(valid.output().contains("invalid (Integer) = 0"), "every polygon valid: " + valid.output());
    }
}
