package sahelsim.hindcast.acled;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading ACLED exports in their own layouts, and the errors a file that is not one gets. */
class AcledExportTest {

    static final Path EXPORT_TOOL = Path.of("src/test/resources/sahelsim/acled/acled-export-tool.csv");
    static final Path API = Path.of("src/test/resources/sahelsim/acled/acled-api.csv");

    /** ACLED Codebook, "Table 1: Data Columns", in its order (acleddata.com/knowledge-base/codebook/). */
    private static final String CODEBOOK_COLUMNS = "event_id_cnty,event_date,year,time_precision,disorder_type,"
            + "event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,"
            + "civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,"
            + "source,source_scale,notes,fatalities,tags,timestamp";

    @TempDir
    Path dir;

    @Test
    void theTestExportHasTheCodebooksColumnsInTheirOrder() throws IOException {
        assertEquals(CODEBOOK_COLUMNS, Files.readAllLines(EXPORT_TOOL).get(0));
        for (String line : Files.readAllLines(EXPORT_TOOL).subList(1, 16)) {
            assertTrue(line.contains("TEST DATA: invented for sahelsim's tests, not an ACLED record."), line);
        }
    }

    @Test
    void readsTheExportToolsDatesWithMonthNames() {
        List<AcledEvent> events = AcledExport.read(EXPORT_TOOL);
        assertEquals(15, events.size());
        assertEquals(new AcledEvent(2, LocalDate.of(2022, 1, 12), "Battles", "Mali", "Mopti", 13.9061, -4.5533, 6),
                events.get(0));
        AcledEvent second = events.get(1);
        assertEquals(LocalDate.of(2022, 2, 3), second.date());
        assertEquals("Ségou", second.admin1());
        assertEquals("Violence against civilians", second.eventType());
        assertEquals(16, events.get(14).line());
        assertEquals(LocalDate.of(2021, 12, 30), events.get(11).date());
    }

    @Test
    void readsTheApisIsoDatesInTheLayoutBefore2023AfterAByteOrderMark() {
        List<AcledEvent> events = AcledExport.read(API);
        assertEquals(List.of(
                new AcledEvent(2, LocalDate.of(2022, 1, 5), "Battles", "Mali", "Mopti", 15.075, -2.2211, 8),
                new AcledEvent(3, LocalDate.of(2022, 2, 14), "Violence against civilians", "Mali", "Gao", 15.2167, -0.3,
                        11),
                new AcledEvent(4, LocalDate.of(2022, 3, 28), "Explosions/Remote violence", "Mali", "Tombouctou",
                        15.5986, -1.13, 1)), events);
    }

    @Test
    void columnsAreFoundByNameWhateverTheirOrderCaseAndExtrasAndLinesCountQuotedLineBreaks() throws IOException {
        Path file = write("""
                NOTES,FATALITIES,Country,ADMIN1,event_type,extra,latitude,longitude,event_date
                "TEST DATA, a note
                over two lines",4,Mali,Gao,Battles,x,16.27,-0.04,1 june 2022
                TEST DATA,0,Mali,Kidal,Riots,y,18.44,1.41,2022-06-02
                """);
        List<AcledEvent> events = AcledExport.read(file);
        assertEquals(List.of(new AcledEvent(2, LocalDate.of(2022, 6, 1), "Battles", "Mali", "Gao", 16.27, -0.04, 4),
                new AcledEvent(4, LocalDate.of(2022, 6, 2), "Riots", "Mali", "Kidal", 18.44, 1.41, 0)), events);
    }

    @Test
    void aMissingColumnIsNamedWithTheFileAndTheHeaderLine() throws IOException {
        String header = Files.readAllLines(EXPORT_TOOL).get(0).replace(",admin1,", ",admin_1,");
        Path file = write(header + "\n");
        AcledFileError e = assertThrows(AcledFileError.class, () -> AcledExport.read(file));
        assertTrue(e.getMessage().startsWith(file + ":1: expected ACLED's column 'admin1' in the header line"),
                e.getMessage());
        assertTrue(e.getMessage().contains("admin_1"), e.getMessage());
    }

    @Test
    void aBadDateNamesTheFileTheLineTheColumnAndTheFormsExpected() throws IOException {
        List<String> lines = Files.readAllLines(EXPORT_TOOL).subList(0, 4);
        lines.set(3, lines.get(3).replace("20 February 2022", "20/02/2022"));
        Path file = write(String.join("\n", lines) + "\n");
        AcledFileError e = assertThrows(AcledFileError.class, () -> AcledExport.read(file));
        assertEquals(file + ":4:2: column 'event_date': expected a date as ACLED writes it, 2023-02-16 or "
                + "16 February 2023, found '20/02/2022'", e.getMessage());
    }

    @Test
    void aDayThatDoesNotExistIsABadDateInEitherForm() throws IOException {
        Path iso = write("event_date,event_type,country,admin1,latitude,longitude,fatalities\n"
                + "2022-02-30,Battles,Mali,Gao,16.2,0.1,1\n");
        assertTrue(assertThrows(AcledFileError.class, () -> AcledExport.read(iso)).getMessage()
                .startsWith(iso + ":2:1: column 'event_date'"));
        Path named = write("event_date,event_type,country,admin1,latitude,longitude,fatalities\n"
                + "30 February 2022,Battles,Mali,Gao,16.2,0.1,1\n");
        assertTrue(assertThrows(AcledFileError.class, () -> AcledExport.read(named)).getMessage()
                .startsWith(named + ":2:1: column 'event_date'"));
    }

    @Test
    void badFatalitiesEventTypesCoordinatesAndRowLengthsAreNamed() throws IOException {
        String header = "event_date,event_type,country,admin1,latitude,longitude,fatalities\n";
        assertEquals(":2:7: column 'fatalities': expected a whole number of 0 or more, found 'two'",
                errorAfterFile(header + "2022-02-01,Battles,Mali,Gao,16.2,0.1,two\n"));
        assertEquals(":2:2: column 'event_type': expected one of ACLED's event types (Battles, "
                        + "Explosions/Remote violence, Violence against civilians, Protests, Riots, "
                        + "Strategic developments), found 'Remote violence'",
                errorAfterFile(header + "2022-02-01,Remote violence,Mali,Gao,16.2,0.1,2\n"));
        assertEquals(":2:5: column 'latitude': expected decimal degrees from -90 to 90, found '162'",
                errorAfterFile(header + "2022-02-01,Battles,Mali,Gao,162,0.1,2\n"));
        assertEquals(":3: expected 7 fields as in the header line, found 6 (a quote left open in the line above?)",
                errorAfterFile(header + "2022-02-01,Battles,Mali,Gao,16.2,0.1,2\n2022-02-01,Battles,Mali,Gao,16.2,0.1\n"));
    }

    @Test
    void anEmptyFileAFolderAndAMissingFileAreSaidSo() throws IOException {
        Path empty = write("");
        assertTrue(assertThrows(AcledFileError.class, () -> AcledExport.read(empty)).getMessage()
                .startsWith(empty + ":1: the file is empty"));
        assertEquals(dir + ": a folder; expected an ACLED export, a CSV file",
                assertThrows(AcledFileError.class, () -> AcledExport.read(dir)).getMessage());
        Path none = dir.resolve("none.csv");
        assertEquals(none + ": no such file",
                assertThrows(AcledFileError.class, () -> AcledExport.read(none)).getMessage());
    }

    @Test
    void aFileInAnotherEncodingIsSaidSo() throws IOException {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, "event_date,event_type,country,admin1,latitude,longitude,fatalities\n2022-02-01,Battles,Mali,Ségou,13.4,-6.2,1\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(assertThrows(AcledFileError.class, () -> AcledExport.read(file)).getMessage()
                .startsWith(file + ": not UTF-8 text"));
    }

    private String errorAfterFile(String text) throws IOException {
        Path file = write(text);
        String message = assertThrows(AcledFileError.class, () -> AcledExport.read(file)).getMessage();
        assertTrue(message.startsWith(file.toString()), message);
        return message.substring(file.toString().length());
    }

    private Path write(String text) throws IOException {
        Path file = Files.createTempFile(dir, "acled", ".csv");
        Files.writeString(file, text);
        return file;
    }
}
