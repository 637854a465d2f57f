package sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hindcast --acled FILE} through the real parser, on the four months of short-2022 and a test export. */
class HindcastAcledTest {

    private static final String SCENARIO = "src/test/resources/short-2022.yaml";
    private static final String EXPORT = "src/test/resources/sahelsim/acled/acled-export-tool.csv";
    private static final List<String> CHARTS = List.of("acled-events-monthly", "acled-fatalities-monthly",
            "acled-regions", "acled-event-types");

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static Path folder;
    private static Cli run;

    @BeforeAll
    static void hindcastAgainstTheTestExport() {
        folder = shared.resolve("hindcast");
        run = Cli.run("hindcast", "--scenario", SCENARIO, "--reps", "2", "--threads", "2", "--acled", EXPORT,
                "--out", folder.toString());
        assertEquals(ExitCodes.OK, run.exitCode, run.toString());
    }

    @Test
    void theTableHasEverySeriesValueWithAcledsCountAndTheRunsBand() throws IOException {
        List<String> table = Files.readAllLines(folder.resolve("acled.csv"));
        assertEquals("count,breakdown,key,label,acled,model_median,model_p5,model_p95,inside_band,ratio,log_error",
                table.get(0));
        // Per count: the period, 4 months, 7 regions, 6 event types.
        assertEquals(1 + 2 * (1 + 4 + 7 + 6), table.size());
        assertTrue(table.get(1).startsWith("events,period,2022-01-01/2022-04-30,whole period,7,"), table.get(1));
        assertTrue(table.stream().anyMatch(l -> l.startsWith("fatalities,month,2022-03,2022-03,55,")),
                String.join("\n", table));
        assertTrue(table.stream().anyMatch(l -> l.startsWith("events,region,mopti,Mopti,2,")), String.join("\n", table));
        assertTrue(table.stream().anyMatch(l -> l.startsWith("events,event_type,Strategic developments,"
                + "Strategic developments,1,")), String.join("\n", table));
    }

    @Test
    void theReportHasASectionWithWhatWasKeptAndTheCharts() throws IOException {
        String md = Files.readString(folder.resolve("hindcast.md"));
        assertTrue(md.contains("## Against ACLED"), md);
        assertTrue(md.indexOf("## Against ACLED") < md.indexOf("## The facts"), md);
        assertTrue(md.contains("15 rows read, 9 events kept"), md);
        assertTrue(md.contains("Left out: 1 in other countries; 2 outside the period; 1 in Malian regions off the map"), md);
        assertTrue(md.contains("1 with an admin1 name the table of regions does not know: Gourma (1)"), md);
        assertTrue(md.contains("| events, by region | "), md);
        for (String chart : CHARTS) {
            assertTrue(Files.size(folder.resolve(chart + ".png")) > 10_000, chart);
            assertTrue(Files.exists(folder.resolve(chart + ".svg")), chart);
            assertTrue(md.contains("](" + chart + ".png)"), chart);
        }
        assertTrue(run.out.contains("Against ACLED (" + EXPORT + "): 9 events kept of 15 rows."), run.out);
        assertTrue(run.out.contains("violent events over the period: ACLED 7, runs "), run.out);
        assertTrue(run.out.contains("acled.csv"), run.out);
    }

    @Test
    void theSameComparisonOnOneThreadGivesTheSameBytes() throws IOException {
        Path again = dir.resolve("again");
        Cli one = Cli.run("hindcast", "--scenario", SCENARIO, "--reps", "2", "--threads", "1", "--acled", EXPORT,
                "--out", again.toString(), "--quiet");
        assertEquals(ExitCodes.OK, one.exitCode, one.toString());
        for (String file : List.of("acled.csv", "hindcast.md", "acled-regions.svg", "acled-events-monthly.svg")) {
            assertArrayEquals(Files.readAllBytes(folder.resolve(file)), Files.readAllBytes(again.resolve(file)), file);
        }
    }

    @Test
    void aMissingColumnFailsBeforeAnyRunNamingTheFileLineAndColumn() throws IOException {
        Path export = dir.resolve("export.csv");
        Files.writeString(export, Files.readString(Path.of(EXPORT)).replaceFirst(",fatalities,", ",deaths,"));
        Path out = dir.resolve("out");
        Cli bad = Cli.run("hindcast", "--scenario", SCENARIO, "--acled", export.toString(), "--out", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, bad.exitCode, bad.toString());
        assertTrue(bad.err.startsWith("sahelsim hindcast: --acled: " + export + ":1: expected ACLED's column "
                + "'fatalities' in the header line"), bad.err);
        assertFalse(Files.exists(out));
    }

    @Test
    void aBadDateFailsBeforeAnyRunNamingTheFileLineAndColumn() throws IOException {
        Path export = dir.resolve("export.csv");
        Files.writeString(export, Files.readString(Path.of(EXPORT)).replace("08 March 2022", "2022-03-32"));
        Cli bad = Cli.run("hindcast", "--scenario", SCENARIO, "--acled", export.toString(), "--out",
                dir.resolve("out").toString());
        assertEquals(ExitCodes.BAD_INPUT, bad.exitCode, bad.toString());
        assertTrue(bad.err.contains(export + ":5:2: column 'event_date': expected a date as ACLED writes it, "
                + "2023-02-16 or 16 February 2023, found '2022-03-32'"), bad.err);
    }

    @Test
    void anExportWithNothingToCompareIsRefused() throws IOException {
        Path export = dir.resolve("export.csv");
        List<String> lines = Files.readAllLines(Path.of(EXPORT));
        Files.write(export, List.of(lines.get(0), lines.get(11)));
        Cli bad = Cli.run("hindcast", "--scenario", SCENARIO, "--acled", export.toString(), "--out",
                dir.resolve("out").toString());
        assertEquals(ExitCodes.BAD_INPUT, bad.exitCode, bad.toString());
        assertTrue(bad.err.contains("--acled: no event of " + export + " can be held against the runs: expected "
                + "events in Mali from 2022-01-01 to 2022-04-30"), bad.err);
        assertTrue(bad.err.contains("Left out: 1 in other countries."), bad.err);
    }
}
