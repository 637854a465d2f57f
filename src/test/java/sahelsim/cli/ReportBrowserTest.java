package sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report in a real browser: headless Chromium (Debian's package, which .ci/run installs) opens the page,
 * takes a screenshot and prints it to PDF, and must report nothing on its console. Where Chromium is missing or
 * cannot start the test is skipped, and says why.
 */
class ReportBrowserTest {

    private static final Pattern CONSOLE = Pattern.compile("CONSOLE[^\\]]*\\]\\s*(.*)");

    @TempDir
    Path dir;

    private List<String> flags(Path profile) {
        return List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0");
    }

    /** The page's console messages in Chromium's log: the report has no script, so any is a fault. */
    static List<String> consoleMessages(String log) {
        List<String> out = new java.util.ArrayList<>();
        for (String line : log.split("\n")) {
            Matcher m = CONSOLE.matcher(line);
            if (m.find()) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    private ExternalProgram.Outcome open(ExternalProgram chromium, String what, Path page, String name)
            throws IOException, InterruptedException {
        List<String> args = new java.util.ArrayList<>(flags(dir.resolve("profile-" + name)));
        args.add(what);
        args.add(page.toUri().toString());
        return chromium.run(args, dir.resolve(name + ".log"), 180);
    }

    @Test
    void theReportOpensCleanlyInChromium() throws Exception {
        Optional<ExternalProgram> found = ExternalProgram.find("chromium", "chromium-browser", "google-chrome");
        assumeTrue(found.isPresent(), "SKIPPED: no Chromium on the PATH (Debian's package chromium; .ci/run "
                + "installs it)");
        ExternalProgram chromium = found.get();
        // A page with a console error first: the check has to see it, or it would pass anything.
        Path bad = dir.resolve("bad.html");
        Files.writeString(bad, "<!DOCTYPE html><html><body><p>bad</p><script>console.error('deliberate')</script>"
                + "</body></html>");
        Path badShot = dir.resolve("bad.png");
        ExternalProgram.Outcome probe = open(chromium, "--screenshot=" + badShot, bad, "bad");
        assumeTrue(probe.exitCode() == 0 && Files.exists(badShot), "SKIPPED: Chromium cannot run here (exit "
                + probe.exitCode() + "): " + probe.output().lines().filter(l -> !l.contains("dbus")).findFirst()
                .orElse(""));
        assertTrue(consoleMessages(probe.output()).stream().anyMatch(m -> m.contains("deliberate")),
                "the console check sees a console error: " + probe.output());

        Path runs = dir.resolve("runs");
        Cli run = Cli.run("run", TestSweeps.JANUARY.toString(), "--reps", "2", "--threads", "2", "--no-charts",
                "--quiet", "--out", runs.toString());
        assertEquals(ExitCodes.OK, run.exitCode, run.toString());
        Path out = dir.resolve("report");
        Cli report = Cli.run("report", runs.toString(), "--out", out.toString());
        assertEquals(ExitCodes.OK, report.exitCode, report.toString());
        Path page = out.resolve("report.html");

        Path shot = dir.resolve("report.png");
        ExternalProgram.Outcome seen = open(chromium, "--screenshot=" + shot, page, "screenshot");
        assertEquals(0, seen.exitCode(), seen.output());
        assertEquals(List.of(), consoleMessages(seen.output()), "console messages of the report");
        BufferedImage image = ImageIO.read(shot.toFile());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 50, "the screenshot shows the page, not a blank: " + colours.size()
                + " colours");

        Path pdf = dir.resolve("report.pdf");
        ExternalProgram.Outcome printed = open(chromium, "--print-to-pdf=" + pdf, page, "pdf");
        assertEquals(0, printed.exitCode(), printed.output());
        assertEquals(List.of(), consoleMessages(printed.output()), "console messages while printing");
        byte[] bytes = Files.readAllBytes(pdf);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("%PDF"), "a PDF");
        long pages = Pattern.compile("/Type\\s*/Page[^s]").matcher(text).results().count();
        assertTrue(pages >= 3, "the report prints on several pages: " + pages);
        assertFalse(text.isEmpty());
    }
}
