package sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sahelsim.RunFixtures;

class CompareCommandTest {

    @TempDir
    Path tmp;

    @Test
    void comparesTheDefaultMeasures() throws Exception {
        Cli cli = Cli.run("compare", RunFixtures.smallSet().toString(), RunFixtures.smallRun().toString(), "--out",
                tmp.toString(), "--format", "png", "--size", "800x450", "--allow-mixed");
        assertEquals(ExitCodes.OK, cli.exitCode, cli.toString());
        try (var files = Files.list(tmp)) {
            assertEquals(List.of("compare-armed_group_population_share.png", "compare-civilian_deaths.png",
                    "compare-displaced.png", "compare-fatalities.png"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void comparesChosenMeasures() {
        Cli cli = Cli.run("compare", RunFixtures.smallSet().toString(), RunFixtures.smallRun().toString(), "--out",
                tmp.toString(), "--measure", "control_share_population:jnim", "--measure", "troops:fama",
                "--format", "svg", "--allow-mixed");
        assertEquals(ExitCodes.OK, cli.exitCode, cli.toString());
        assertTrue(Files.exists(tmp.resolve("compare-control_share_population-jnim.svg")));
        assertTrue(Files.exists(tmp.resolve("compare-troops-fama.svg")));
    }

    @Test
    void aSingleRunIsNotSetBesideASetUnasked() {
        Cli refused = Cli.run("compare", RunFixtures.smallSet().toString(), RunFixtures.smallRun().toString(),
                "--out", tmp.toString(), "--format", "png");
        assertEquals(ExitCodes.BAD_INPUT, refused.exitCode, refused.toString());
        assertEquals(1, refused.err.lines().count(), refused.err);
        assertTrue(refused.err.contains("single run") && refused.err.contains("--allow-mixed"), refused.err);
        Cli asked = Cli.run("compare", RunFixtures.smallSet().toString(), RunFixtures.smallRun().toString(),
                "--out", tmp.toString(), "--format", "png", "--allow-mixed");
        assertEquals(ExitCodes.OK, asked.exitCode, asked.toString());
    }

    @Test
    void badInputGivesOneCleanMessage() {
        String a = RunFixtures.smallSet().toString();
        String b = RunFixtures.smallRun().toString();
        for (String[] args : new String[][] {
            {"compare", a, b, "--measure", "fatalitys", "--out", tmp.toString(), "--allow-mixed"},
            {"compare", a, b, "--measure", "troops", "--out", tmp.toString(), "--allow-mixed"},
            {"compare", a, b, "--measure", "troops:wagner", "--out", tmp.toString(), "--allow-mixed"},
            {"compare", a, tmp.resolve("missing").toString(), "--out", tmp.toString()}}) {
            Cli cli = Cli.run(args);
            assertEquals(ExitCodes.BAD_INPUT, cli.exitCode, cli.toString());
            assertFalse(cli.err.contains("\tat "), cli.err);
            assertEquals(1, cli.err.lines().count(), cli.err);
        }
        Cli one = Cli.run("compare", a);
        assertEquals(ExitCodes.BAD_INPUT, one.exitCode, "needs two folders");
    }
}
