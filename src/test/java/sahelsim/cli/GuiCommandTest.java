package sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sahelsim.gui.VirtualDisplay;

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
    void aWindowSizeMustReadLikeWidthByHeight() {
        Cli cli = Cli.run("gui", "--size", "1280 by 720", "scenarios/no-wagner.yaml");
        assertEquals(ExitCodes.BAD_INPUT, cli.exitCode, cli.toString());
        assertTrue(cli.err.contains("expected a size such as 1280x720"), cli.err);
        assertEquals(ExitCodes.BAD_INPUT, Cli.run("gui", "--size", "100x100", "scenarios/no-wagner.yaml").exitCode);
    }

    @Test
    void aWindowSizeIsWrittenAsAPictureSizeIs() {
        // One form for every --size: the chart commands refuse spaces around the x, so the window does too.
        for (String size : new String[] {"1280 x 720", "+1280x720"}) {
            Cli chart = Cli.run("chart", "no-such-run", "--size", size);
            assertTrue(chart.err.contains("--size"), chart.toString());
            Cli gui = Cli.run("gui", "--size", size, "scenarios/no-wagner.yaml");
            assertEquals(ExitCodes.BAD_INPUT, gui.exitCode, gui.toString());
            assertTrue(gui.err.contains("expected a size such as 1280x720"), gui.err);
        }
    }

    @Test
    void aScreenshotNeedsAScenario() {
        Cli cli = Cli.run("gui", "--screenshot", "x.png");
        assertEquals(ExitCodes.BAD_INPUT, cli.exitCode, cli.toString());
        assertTrue(cli.err.contains("--screenshot needs a SCENARIO"), cli.err);
    }

    /**
     * From this headless JVM, as from a machine without a screen: the command runs the window under a virtual
     * screen of the size asked for, saves it after the days and ends.
     */
    @Test
    void aScreenshotIsTakenUnderAVirtualScreenOfTheSizeAskedFor(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(VirtualDisplay.xvfbProgram() != null, "no Xvfb: install Debian's xvfb package");
        Path png = dir.resolve("window.png");
        Cli cli = Cli.run("gui", "src/test/resources/scenarios/classroom-test.yaml", "--size", "1280x720",
                "--days", "3", "--screenshot", png.toString(), "--out", dir.resolve("gui").toString());
        assertEquals(ExitCodes.OK, cli.exitCode, cli.toString());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1280, image.getWidth());
        assertEquals(720, image.getHeight());
    }

    @Test
    void withoutAScenarioTheFolderToChooseFromMustExist() {
        Cli cli = Cli.run("gui", "--scenarios", "no-such-folder");
        assertEquals(ExitCodes.BAD_INPUT, cli.exitCode, cli.toString());
        assertTrue(cli.err.contains("no-such-folder"), cli.err);
    }
}
