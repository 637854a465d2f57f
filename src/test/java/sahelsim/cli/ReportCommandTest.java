package sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sahelsim.contrast.ContrastTables;

/**
 * The report command on real short runs: a set of January 2022 against the same month without Wagner, three
 * replicates each, and a single run.
 */
class ReportCommandTest {

    @TempDir
    static Path dir;

    static Path history;
    static Path noWagner;
    static Path single;

    @BeforeAll
    static void run() throws IOException {
        Path scenario = dir.resolve("january-no-wagner.yaml");
        Files.writeString(scenario, """
                extends: %s
                name: january-no-wagner
                description: January without the contractors.
                wagner: {arrival: null, strength: 0}
                """.formatted(TestSweeps.JANUARY));
        history = dir.resolve("history");
        noWagner = dir.resolve("no-wagner");
        single = dir.resolve("single");
        for (String[] args : new String[][] {
            {"run", TestSweeps.JANUARY.toString(), "--reps", "3", "--out", history.toString()},
            {"run", scenario.toString(), "--reps", "3", "--out", noWagner.toString()},
            {"run", TestSweeps.JANUARY.toString(), "--out", single.toString()}}) {
            List<String> all = new java.util.ArrayList<>(List.of(args));
            all.addAll(List.of("--no-charts", "--quiet", "--threads", "2"));
            Cli cli = Cli.run(all.toArray(String[]::new));
            assertEquals(ExitCodes.OK, cli.exitCode, cli.toString());
        }
    }

    private static Cli report(Path out, String... folders) {
        List<String> args = new java.util.ArrayList<>(List.of("report"));
        args.addAll(List.of(folders));
        args.addAll(List.of("--out", out.toString()));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void aComparisonAnswersInSentencesAndTables() throws IOException {
        Path out = dir.resolve("compared");
        Cli cli = report(out, noWagner.toString(), history.toString(), "--reference", history.toString());
        assertEquals(ExitCodes.OK, cli.exitCode, cli.toString());
        String page = Files.readString(out.resolve("report.html"));
        assertTrue(page.contains("january-no-wagner against january-2022"), "title");
        Matcher sentence = Pattern.compile("In january-no-wagner, [0-9,.]+ (more|fewer) civilians killed than in "
                + "january-2022 \\([0-9,.]+ against [0-9,.]+; 95% interval ").matcher(page);
        assertTrue(sentence.find(), "a plain sentence for civilians killed");
        for (String part : List.of("Outcomes side by side", "Over time", "Maps", "By region", "What was run",
                "Tombouctou", "Ménaka", "Ségou", "Days Timbuktu was blockaded", "In how many of the 3 replicates")) {
            assertTrue(page.contains(part), part);
        }
        assertEquals(String.join(",", ContrastTables.CSV_COLUMNS),
                Files.readAllLines(out.resolve("comparison.csv")).get(0));
        assertTrue(Files.readString(out.resolve("comparison.md")).contains("| january-2022 |"));
        List<String> regions = Files.readAllLines(out.resolve("regions.csv"));
        assertEquals("scenario,year,date,region,measure,faction,replicates,mean,ci95_low,ci95_high", regions.get(0));
        assertTrue(regions.stream().anyMatch(l -> l.startsWith("january-no-wagner,2022,2022-01-31,Kidal,fatalities,,3,")),
                "regions.csv has each scenario's regions with the number of replicates");
        assertTrue(cli.err.contains("has 3 replicates") && cli.err.contains("--reps 20"),
                "three replicates are too few for a useful interval: " + cli.err);
    }

    @Test
    void thePageAsksForNothingOutsideItself() throws IOException {
        Path out = dir.resolve("alone");
        assertEquals(ExitCodes.OK, report(out, history.toString(), noWagner.toString()).exitCode);
        String page = Files.readString(out.resolve("report.html"));
        Matcher ref = Pattern.compile("(?:src|href)\\s*=\\s*['\"]([^'\"]*)['\"]").matcher(page);
        int embedded = 0;
        while (ref.find()) {
            assertTrue(ref.group(1).startsWith("data:") || ref.group(1).startsWith("#"),
                    "a reference outside the page: " + ref.group(1));
            embedded++;
        }
        assertTrue(embedded > 0, "the maps' rasters are embedded as data");
        assertFalse(page.contains("<script"), "no script");
        assertFalse(page.contains("@import"), "no style from elsewhere");
        assertFalse(Pattern.compile("url\\((?!['\"]?data:|#)").matcher(page).find(), "no url() but data and ids");
        assertTrue(page.contains("<svg"), "charts are inline SVG");
    }

    @Test
    void aScenarioKeepsItsColourWhateverTheOrder() throws IOException {
        Path ab = dir.resolve("ab");
        Path ba = dir.resolve("ba");
        assertEquals(ExitCodes.OK, report(ab, history.toString(), noWagner.toString()).exitCode);
        assertEquals(ExitCodes.OK, report(ba, noWagner.toString(), history.toString()).exitCode);
        for (String scenario : List.of("january-2022", "january-no-wagner")) {
            String first = swatch(Files.readString(ab.resolve("report.html")), scenario);
            String second = swatch(Files.readString(ba.resolve("report.html")), scenario);
            assertEquals(first, second, scenario);
        }
        assertFalse(swatch(Files.readString(ab.resolve("report.html")), "january-2022").equals(
                swatch(Files.readString(ab.resolve("report.html")), "january-no-wagner")), "two scenarios, two colours");
    }

    /** The colour of the swatch before a scenario's name in the table of what was run. */
    private static String swatch(String page, String scenario) {
        Matcher m = Pattern.compile("background:(#[0-9a-f]{6})\"></span><b>" + Pattern.quote(scenario) + "</b>")
                .matcher(page);
        assertTrue(m.find(), scenario);
        return m.group(1);
    }

    @Test
    void aSingleRunBesideASetIsRefusedUnlessAskedFor() {
        Path out = dir.resolve("mixed");
        Cli refused = report(out, single.toString(), noWagner.toString());
        assertEquals(ExitCodes.BAD_INPUT, refused.exitCode, refused.toString());
        assertEquals(1, refused.err.lines().count(), refused.err);
        assertTrue(refused.err.contains("is a single run") && refused.err.contains("--allow-mixed"), refused.err);
        Cli asked = report(out, single.toString(), noWagner.toString(), "--allow-mixed");
        assertEquals(ExitCodes.OK, asked.exitCode, asked.toString());
    }

    @Test
    void oneFolderAndChosenDates() throws IOException {
        Path out = dir.resolve("one");
        Cli cli = report(out, single.toString(), "--dates", "2022-01-10,2022-01-15");
        assertEquals(ExitCodes.OK, cli.exitCode, cli.toString());
        assertTrue(cli.out.contains("the weekly map of 2022-01-08 stands for 2022-01-10"), cli.out);
        assertFalse(cli.out.contains("stands for 2022-01-15"), "2022-01-15 has a map of its own: " + cli.out);
        String page = Files.readString(out.resolve("report.html"));
        assertTrue(page.contains("Scenario january-2022: one run"), "title");
        assertTrue(page.contains("2022-01-10 was asked for"), "the page says which map stands for the date");
        assertFalse(Files.exists(out.resolve("comparison.csv")), "nothing to compare");
        Cli late = report(out, single.toString(), "--dates", "2023-01-01");
        assertEquals(ExitCodes.BAD_INPUT, late.exitCode, late.toString());
        assertTrue(late.err.contains("no control map on 2023-01-01"), late.err);
    }

    @Test
    void aSweepIsReportedWithItsDesignOutcomesAndCharts() throws IOException {
        Path sweep = dir.resolve("sweep");
        Cli run = Cli.run("sweep", TestSweeps.lhs(dir).toString(), "--out", sweep.toString(), "--quiet");
        assertEquals(ExitCodes.OK, run.exitCode, run.toString());
        Path out = dir.resolve("sweep-report");
        Cli cli = report(out, sweep.toString());
        assertEquals(ExitCodes.OK, cli.exitCode, cli.toString());
        String page = Files.readString(out.resolve("report.html"));
        for (String part : List.of("Sweep lhs-test of january-2022", "16 runs: 8 design points x 2 replications",
                "wagner.strength", "civilian_deaths_total", "heatmap-fatalities_total", "<svg")) {
            assertTrue(page.contains(part), part);
        }
        Cli mixed = report(out, sweep.toString(), history.toString());
        assertEquals(ExitCodes.BAD_INPUT, mixed.exitCode, mixed.toString());
    }
}
