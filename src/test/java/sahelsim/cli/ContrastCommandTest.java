package sahelsim.cli;

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

/** The contrast command through the real parser, on one-month scenarios; the runs are shared by the assertions. */
class ContrastCommandTest {

    private static final Path JANUARY = TestSweeps.JANUARY;

    @TempDir
    static Path dir;

    private static Path noWagner;
    private static Path shorter;
    private static Cli oneThread;
    private static Cli twoThreads;

    @BeforeAll
    static void runBoth() throws IOException {
        noWagner = dir.resolve("january-no-wagner.yaml");
        Files.writeString(noWagner, """
                extends: %s
                name: january-no-wagner
                description: January without the contractors.
                wagner: {arrival: null, strength: 0}
                """.formatted(JANUARY));
        shorter = dir.resolve("january-short.yaml");
        Files.writeString(shorter, """
                extends: %s
                name: january-short
                description: Three weeks of January.
                calendar: {end: 2022-01-21}
                """.formatted(JANUARY));
        oneThread = Cli.run("contrast", JANUARY.toString(), noWagner.toString(), shorter.toString(), "--reps", "3",
                "--threads", "1", "--quiet", "--out", dir.resolve("one/page.md").toString(),
                "--outcome", "fatalities_total", "--outcome", "troops_end:wagner");
        twoThreads = Cli.run("contrast", JANUARY.toString(), noWagner.toString(), shorter.toString(), "--reps", "3",
                "--threads", "2", "--quiet", "--out", dir.resolve("two/page.md").toString(),
                "--outcome", "fatalities_total", "--outcome", "troops_end:wagner");
    }

    @Test
    void writesThePageAndItsCsvTheSameOnAnyNumberOfThreads() throws IOException {
        assertEquals(0, oneThread.exitCode, oneThread.toString());
        assertEquals(0, twoThreads.exitCode, twoThreads.toString());
        assertEquals(Files.readString(dir.resolve("one/page.csv")), Files.readString(dir.resolve("two/page.csv")));
        String page = Files.readString(dir.resolve("one/page.md"));
        assertEquals(page.replace("/one/", "/x/"), Files.readString(dir.resolve("two/page.md"))
                .replace("/two/", "/x/").replace("--threads 2", "--threads 1"));
        assertTrue(page.contains("| january-no-wagner |"), page);
    }

    @Test
    void differencesAreTheMeanMinusTheReferencesAndOtherPeriodsAreNotCompared() throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("one/page.csv"));
        assertEquals(String.join(",", sahelsim.contrast.ContrastTables.CSV_COLUMNS), lines.get(0));
        String[] reference = row(lines, "troops_end:wagner", "january-2022");
        String[] without = row(lines, "troops_end:wagner", "january-no-wagner");
        String[] other = row(lines, "troops_end:wagner", "january-short");
        assertEquals("", reference[7], "the reference has no difference from itself");
        double meanRef = Double.parseDouble(reference[4]);
        double mean = Double.parseDouble(without[4]);
        assertEquals(mean - meanRef, Double.parseDouble(without[7]), 1e-3 * Math.max(1, meanRef));
        assertTrue(meanRef > 0, "the contractors are in the reference");
        assertEquals("true", without[10], "no contractors is a difference the interval shows");
        assertEquals("", other[7], "a scenario over other days is not compared");
        assertTrue(Files.readString(dir.resolve("one/page.md")).contains("another period (2022-01-01 to 2022-01-21)"));
    }

    private static String[] row(List<String> lines, String outcome, String scenario) {
        for (String l : lines) {
            String[] f = l.split(",", -1);
            if (f[0].equals(outcome) && f[1].equals(scenario)) {
                return f;
            }
        }
        throw new AssertionError("no row " + outcome + " " + scenario + " in " + lines);
    }

    @Test
    void refusesToOverwriteAndBadOptionsWithExitTwo() {
        Cli again = Cli.run("contrast", JANUARY.toString(), "--reps", "2", "--quiet",
                "--out", dir.resolve("one/page.md").toString());
        assertEquals(2, again.exitCode, again.toString());
        assertTrue(again.err.contains("already exists; use --force"), again.err);
        Cli one = Cli.run("contrast", JANUARY.toString(), "--reps", "1", "--out", dir.resolve("x/p.md").toString());
        assertEquals(2, one.exitCode);
        assertTrue(one.err.contains("--reps: expected 2 or more"), one.err);
        Cli outcome = Cli.run("contrast", JANUARY.toString(), "--outcome", "fatalitys_total",
                "--out", dir.resolve("x/p.md").toString());
        assertEquals(2, outcome.exitCode);
        assertTrue(outcome.err.contains("unknown outcome 'fatalitys_total'"), outcome.err);
        Cli notMarkdown = Cli.run("contrast", JANUARY.toString(), "--out", dir.resolve("x/p.txt").toString());
        assertEquals(2, notMarkdown.exitCode);
        assertTrue(notMarkdown.err.contains("ending in .md"), notMarkdown.err);
        assertFalse(Files.exists(dir.resolve("x")), "nothing is written on bad input");
    }
}
