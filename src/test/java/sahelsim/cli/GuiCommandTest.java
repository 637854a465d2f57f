package sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;
import org.junit.jupiter.api.Test;

/**
 * The gui command through the real parser, in the tests' headless JVM: bad input is reported before any window
 * opens, and without a display it says how to get one. (The window itself is tested under Xvfb in
 * sahelsim.gui.ClassroomWindowTest.)
 */
class GuiCommandTest {

    @Test
    void helpSaysWhatTheWindowDoesAndHowLeversAreRecorded() {
        Cli cli = Cli.run("gui", "--help");
        assertEquals(ExitCodes.OK, cli.exitCode, cli.toString());
        assertTrue(cli.out.contains("SCENARIO"), cli.out);
        assertTrue(cli.out.contains("replay scenario"), cli.out);
        assertTrue(cli.out.contains("--seed"), cli.out);
    }

    @Test
    void withoutADisplayItSaysHowToGetOne() {
        assertTrue(GraphicsEnvironment.isHeadless(), "the tests run headless");
        Cli cli = Cli.run("gui", "scenarios/no-wagner.yaml");
        assertEquals(ExitCodes.BAD_INPUT, cli.exitCode, cli.toString());
        assertTrue(cli.err.contains("needs a display"), cli.err);
        assertTrue(cli.err.contains("xvfb-run"), cli.err);
        assertFalse(cli.err.contains("\tat "), cli.err);
    }

    @Test
    void aBadScenarioIsReportedBeforeAnyWindow() {
        Cli cli = Cli.run("gui", "scenarios/nowhere.yaml");
        assertEquals(ExitCodes.BAD_INPUT, cli.exitCode, cli.toString());
        assertTrue(cli.err.contains("no such file"), cli.err);
    }

    @Test
    void aSeedBeyondThirtyTwoBitsIsTakenWhole() {
        // The model seeds its generator with all 64 bits, so the window takes the seeds a headless run takes.
        Cli cli = Cli.run("gui", "--seed", "99999999999", "scenarios/no-wagner.yaml");
        assertEquals(ExitCodes.BAD_INPUT, cli.exitCode, cli.toString());
        assertTrue(cli.err.contains("needs a display"), cli.err);
        assertFalse(cli.err.contains("--seed"), cli.err);
    }

    @Test
    void withoutAScenarioTheFolderToChooseFromMustExist() {
        Cli cli = Cli.run("gui", "--scenarios", "no-such-folder");
        assertEquals(ExitCodes.BAD_INPUT, cli.exitCode, cli.toString());
        assertTrue(cli.err.contains("no-such-folder"), cli.err);
    }
}
