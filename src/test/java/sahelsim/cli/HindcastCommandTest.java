package sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sahelsim.hindcast.Fact;
import sahelsim.hindcast.Facts;
import sahelsim.model.Seeds;

/** The hindcast command through the real parser: two runs of the historical scenario, scored and reported. */
class HindcastCommandTest {

    private static final String[] REPORT_FILES = {"hindcast.csv", "hindcast-runs.csv", "hindcast.md"};

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static Path first;
    private static Cli firstRun;

    @BeforeAll
    static void hindcastOnce() {
        first = shared.resolve("hindcast");
        firstRun = Cli.run("hindcast", "--reps", "2", "--threads", "2", "--out", first.toString(), "--min-pass", "0");
        assertEquals(ExitCodes.OK, firstRun.exitCode, firstRun.toString());
    }

    @Test
    void theReportHasARowPerFactAndPerFactAndRun() throws IOException {
        List<String> table = Files.readAllLines(first.resolve("hindcast.csv"));
        List<Fact> facts = Facts.all();
        assertEquals(facts.size() + 1, table.size());
        assertTrue(table.get(0).startsWith("fact,title,runs,runs_reproducing,share,reproduced,observed"), table.get(0));
        for (int i = 0; i < facts.size(); i++) {
            assertTrue(table.get(i + 1).startsWith(facts.get(i).id() + ","), table.get(i + 1));
        }
        List<String> runs = Files.readAllLines(first.resolve("hindcast-runs.csv"));
        assertEquals(2 * facts.size() + 1, runs.size());
        // The same seeds as `run --reps 2 --seed 1`, so each scored run can be looked at in full.
        assertTrue(runs.get(1).startsWith(facts.get(0).id() + ",1," + Seeds.derive(1, 0) + ","), runs.get(1));
        assertTrue(runs.get(2).startsWith(facts.get(0).id() + ",2," + Seeds.derive(1, 1) + ","), runs.get(2));
        String md = Files.readString(first.resolve("hindcast.md"));
        for (Fact f : facts) {
            assertTrue(md.contains(f.title()) && md.contains("`" + f.id() + "`"), f.id());
        }
        for (String chart : List.of("hindcast-facts", "hindcast-displaced", "hindcast-refugees", "hindcast-civilians")) {
            assertTrue(Files.size(first.resolve(chart + ".png")) > 10_000, chart);
            assertTrue(Files.exists(first.resolve(chart + ".svg")), chart);
            assertTrue(md.contains("](" + chart + ".png)"), chart);
        }
    }

    @Test
    void theTableIsPrintedWithTheCountOfFactsReproduced() throws IOException {
        long reproduced = reproducedIn(first);
        assertTrue(firstRun.out.contains(reproduced + " of " + Facts.all().size() + " facts reproduced"), firstRun.out);
        for (Fact f : Facts.all()) {
            assertTrue(firstRun.out.contains(f.id()), f.id());
        }
    }

    @Test
    void theSameHindcastOnOneThreadGivesTheSameBytesAndMinPassFailsTheJob() throws IOException {
        long reproduced = reproducedIn(first);
        assumeTrue(reproduced < Facts.all().size(), "every fact was reproduced: --min-pass cannot be made to fail");
        Path again = dir.resolve("again");
        Cli run = Cli.run("hindcast", "--reps", "2", "--threads", "1", "--out", again.toString(), "--quiet",
                "--min-pass", Long.toString(reproduced + 1));
        assertEquals(ExitCodes.FAILURE, run.exitCode, run.toString());
        assertTrue(run.err.contains(reproduced + " facts reproduced, fewer than the " + (reproduced + 1)), run.err);
        assertEquals("", run.out);
        for (String f : REPORT_FILES) {
            assertArrayEquals(Files.readAllBytes(first.resolve(f)), Files.readAllBytes(again.resolve(f)), f);
        }
        assertArrayEquals(Files.readAllBytes(first.resolve("hindcast-facts.svg")),
                Files.readAllBytes(again.resolve("hindcast-facts.svg")));
    }

    @Test
    void anEarlierHindcastIsKeptUnlessForced() throws IOException {
        byte[] before = Files.readAllBytes(first.resolve("hindcast.csv"));
        Cli run = Cli.run("hindcast", "--reps", "2", "--out", first.toString());
        assertEquals(ExitCodes.BAD_INPUT, run.exitCode, run.toString());
        assertTrue(run.err.contains("already holds files; use --force"), run.err);
        assertArrayEquals(before, Files.readAllBytes(first.resolve("hindcast.csv")));
    }

    @Test
    void badOptionsAreRefusedBeforeAnyRun() {
        Cli noRuns = Cli.run("hindcast", "--reps", "0", "--out", dir.resolve("a").toString());
        assertEquals(ExitCodes.BAD_INPUT, noRuns.exitCode, noRuns.toString());
        assertTrue(noRuns.err.contains("--reps: expected 1 or more runs, got 0"), noRuns.err);
        Cli tooMany = Cli.run("hindcast", "--min-pass", "17", "--out", dir.resolve("b").toString());
        assertEquals(ExitCodes.BAD_INPUT, tooMany.exitCode, tooMany.toString());
        assertTrue(tooMany.err.contains("--min-pass: expected a number of facts from 0 to 16, got 17"), tooMany.err);
        Cli missing = Cli.run("hindcast", "--scenario", dir.resolve("none.yaml").toString(), "--out",
                dir.resolve("c").toString());
        assertEquals(ExitCodes.BAD_INPUT, missing.exitCode, missing.toString());
        assertTrue(missing.err.contains("none.yaml"), missing.err);
        assertTrue(!Files.exists(dir.resolve("a")) && !Files.exists(dir.resolve("b")) && !Files.exists(dir.resolve("c")));
    }

    private static long reproducedIn(Path folder) throws IOException {
        return Files.readAllLines(folder.resolve("hindcast.csv")).stream().skip(1).filter(l -> l.contains(",true,"))
                .count();
    }
}
