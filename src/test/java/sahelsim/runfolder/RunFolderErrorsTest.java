package sahelsim.runfolder;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sahelsim.RunFixtures;

/** Damaged run folders fail with one message naming the file, the line and what was expected. */
class RunFolderErrorsTest {

    @TempDir
    Path tmp;

    private Path run;

    private String failure(Consumer<RunFolder> read) {
        RunFolderError e = assertThrows(RunFolderError.class, () -> read.accept(RunFolder.open(run)));
        assertTrue(e.getMessage().lines().count() == 1, "one line: " + e.getMessage());
        return e.getMessage();
    }

    private void damage(String file, int line, String newLine) throws Exception {
        Path f = run.resolve(file);
        List<String> lines = Files.readAllLines(f);
        lines.set(line - 1, newLine);
        Files.write(f, lines);
    }

    private static void contains(String message, String... parts) {
        for (String p : parts) {
            assertTrue(message.contains(p), "'" + p + "' not in: " + message);
        }
    }

    @Test
    void aMissingFileIsNamed() throws Exception {
        run = RunFixtures.copy(RunFixtures.smallRun(), tmp);
        Files.delete(run.resolve("daily.csv"));
        contains(failure(RunFolder::daily), "daily.csv", "missing");
    }

    @Test
    void aBadNumberIsReportedWithItsLineAndColumn() throws Exception {
        run = RunFixtures.copy(RunFixtures.smallRun(), tmp);
        damage("daily.csv", 7, "2023-01-30,control_share_area,csp,lots");
        contains(failure(RunFolder::daily), "daily.csv:7:", "column 'value'", "expected a number", "'lots'");
    }

    @Test
    void aBadDateIsReportedWithItsLine() throws Exception {
        run = RunFixtures.copy(RunFixtures.smallRun(), tmp);
        damage("monthly.csv", 3, "31/01/2023,control_share_population,csp,0.2");
        contains(failure(RunFolder::monthly), "monthly.csv:3:", "expected a date YYYY-MM-DD", "31/01/2023");
    }

    @Test
    void aMissingColumnIsReportedOnTheHeaderLine() throws Exception {
        run = RunFixtures.copy(RunFixtures.smallRun(), tmp);
        damage("towns.csv", 1, "town_id,town,region,status,faction,from,days");
        contains(failure(RunFolder::towns), "towns.csv:1:", "expected the column 'to'");
    }

    @Test
    void aShortRowIsReportedWithItsLine() throws Exception {
        run = RunFixtures.copy(RunFixtures.smallRun(), tmp);
        damage("events.csv", 4, "SAH3,2023-01-31,Battles");
        contains(failure(RunFolder::events), "events.csv:4:", "expected 17 fields", "found 3");
    }

    @Test
    void anUnknownEventTypeIsReported() throws Exception {
        run = RunFixtures.copy(RunFixtures.smallRun(), tmp);
        List<String> lines = Files.readAllLines(run.resolve("events.csv"));
        damage("events.csv", 3, lines.get(2).replace("Violence against civilians", "Elections"));
        contains(failure(RunFolder::events), "events.csv:3:", "column 'event_type'", "Battles", "'Elections'");
    }

    @Test
    void anUnclosedQuoteIsMalformedCsv() throws Exception {
        run = RunFixtures.copy(RunFixtures.smallRun(), tmp);
        List<String> lines = Files.readAllLines(run.resolve("events.csv"));
        Files.write(run.resolve("events.csv"), List.of(lines.get(0), lines.get(1), "SAH9,2023-02-01,\"Battles"));
        contains(failure(RunFolder::events), "events.csv:", "malformed CSV");
    }

    @Test
    void anEmptyFileAsksForItsHeader() throws Exception {
        run = RunFixtures.copy(RunFixtures.smallRun(), tmp);
        Files.writeString(run.resolve("daily.csv"), "");
        contains(failure(RunFolder::daily), "daily.csv:1:", "empty", "date, measure, faction, value");
    }

    @Test
    void aControlFileThatIsNotGzipIsReported() throws Exception {
        run = RunFixtures.copy(RunFixtures.smallRun(), tmp);
        Files.writeString(run.resolve("control.csv.gz"), "date,x,y\n");
        contains(failure(RunFolder::controlMaps), "control.csv.gz", "not a readable gzip file");
    }

    @Test
    void aControlFileCutShortIsReported() throws Exception {
        run = RunFixtures.copy(RunFixtures.smallRun(), tmp);
        byte[] whole = Files.readAllBytes(run.resolve("control.csv.gz"));
        Files.write(run.resolve("control.csv.gz"), Arrays.copyOf(whole, whole.length / 2));
        contains(failure(RunFolder::controlMaps), "control.csv.gz", "ends in the middle");
    }

    @Test
    void aControlCellOffTheGridOrOfAnUnknownFactionIsReported() throws Exception {
        run = RunFixtures.copy(RunFixtures.smallRun(), tmp);
        gzip("date,x,y,lat,lon,faction,zone,government_share\n2023-01-30,200,3,24.65,13.45,fama,1,1.000\n");
        contains(failure(RunFolder::controlMaps), "control.csv.gz:2:", "column 'x'", "0 to 110", "'200'");
        gzip("date,x,y,lat,lon,faction,zone,government_share\n2023-01-30,20,3,24.65,-4.55,wagner,1,1.000\n");
        contains(failure(RunFolder::controlMaps), "control.csv.gz:2:", "fama, csp, jnim", "'wagner'");
    }

    private void gzip(String text) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Files.write(run.resolve("control.csv.gz"), bytes.toByteArray());
    }

    @Test
    void aMalformedManifestIsReportedWithItsLine() throws Exception {
        run = RunFixtures.copy(RunFixtures.smallRun(), tmp);
        damage("manifest.json", 3, "    \"name\" \"sahelsim\",");
        contains(failure(r -> { }), "manifest.json:3:", "malformed JSON");
    }

    @Test
    void aManifestWithoutFactionsOrWithABadColourIsReported() throws Exception {
        run = RunFixtures.copy(RunFixtures.smallRun(), tmp);
        Path m = run.resolve("manifest.json");
        String text = Files.readString(m);
        Files.writeString(m, text.replace("\"#D55E00\"", "\"orange\""));
        contains(failure(r -> { }), "manifest.json", "factions[].colour", "#RRGGBB", "'orange'");
        Files.writeString(m, text.replace("\"factions\"", "\"sides\""));
        contains(failure(r -> { }), "manifest.json", "expected 'factions'");
    }

    @Test
    void anUnfinishedOrFailedRunIsNotCharted() throws Exception {
        run = RunFixtures.copy(RunFixtures.smallRun(), tmp);
        Path m = run.resolve("manifest.json");
        String text = Files.readString(m);
        Files.writeString(m, text.replace("\"status\": \"complete\"", "\"status\": \"running\""));
        contains(failure(r -> { }), "manifest.json", "has not finished");
        Files.writeString(m, text.replace("\"status\": \"complete\"", "\"status\": \"failed\"")
                .replace("\"error\": null", "\"error\": \"out of memory\""));
        contains(failure(r -> { }), "the run failed", "out of memory");
    }

    @Test
    void aFolderThatIsNotARunIsReported() throws Exception {
        run = tmp;
        contains(failure(r -> { }), "manifest.json", "missing", "sahelsim run");
        run = tmp.resolve("nowhere");
        contains(failure(r -> { }), "nowhere", "no such folder");
    }

    @Test
    void aMissingReplicateFolderIsReported() throws Exception {
        run = RunFixtures.copy(RunFixtures.smallSet(), tmp);
        Files.walk(run.resolve("rep-002")).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        contains(failure(RunFolder::replicates), "rep-002", "no such folder");
    }
}
