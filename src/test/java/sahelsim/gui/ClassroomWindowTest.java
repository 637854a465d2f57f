package sahelsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sahelsim.scenario.Scenario;

/**
 * The real window under a virtual display: {@link GuiProbe}, in a JVM of its own (this one is headless), opens
 * the short scenario on a 1920 x 1080 screen, plays 60 days through the window's buttons, pulls levers, records
 * a GIF, takes screenshots and restarts; a second probe opens it on a 1280 x 720 screen for a few days. The test
 * then checks the screen, the layout as measured from the components, the files, and that the run equals the
 * same run headless. Without Xvfb (Debian's xvfb package, which .ci/run installs) and without a display, it is
 * skipped, saying so.
 */
class ClassroomWindowTest {

    /** Beyond 32 bits, so that every way the window seeds a run must keep the whole seed. */
    private static final long SEED = 7 + (5L << 32);
    private static final int DAYS = 60;
    private static final int SMALL_DAYS = 10;

    @TempDir
    static Path dir;
    private static Path out;
    private static Map<String, List<String>> report;
    /** What the probe at 1280 x 720 saw. */
    private static Map<String, List<String>> small;
    /** Why the tests cannot run here, or null; each test reports it as skipped, so the count shows it. */
    private static String skipped;

    @BeforeAll
    static void runTheWindowUnderXvfb() throws Exception {
        File xvfb = VirtualDisplay.xvfbProgram();
        String display = System.getenv("DISPLAY");
        if (xvfb == null && (display == null || display.isBlank())) {
            skipped = "GUI test skipped: no Xvfb on the PATH and no DISPLAY; install Debian's xvfb package "
                    + "(.ci/run does) to test the classroom window";
            System.err.println(skipped);
            return;
        }
        out = dir.resolve("probe");
        Path smallOut = dir.resolve("probe-1280");
        if (xvfb != null) {
            try (VirtualDisplay screen = VirtualDisplay.start(xvfb, 1920, 1080)) {
                probe(screen.name(), out, DAYS, "levers", "1920x1080");
            }
            try (VirtualDisplay screen = VirtualDisplay.start(xvfb, 1280, 720)) {
                probe(screen.name(), smallOut, SMALL_DAYS, "plain", "1280x720");
            }
        } else {
            probe(display, out, DAYS, "levers", "1920x1080");
            probe(display, smallOut, SMALL_DAYS, "plain", "1280x720");
        }
        report = read(out);
        small = read(smallOut);
    }

    private static Map<String, List<String>> read(Path probed) throws Exception {
        Map<String, List<String>> lines = new java.util.LinkedHashMap<>();
        for (String line : Files.readAllLines(probed.resolve("report.txt"))) {
            int eq = line.indexOf('=');
            lines.computeIfAbsent(line.substring(0, eq), k -> new ArrayList<>()).add(line.substring(eq + 1));
        }
        return lines;
    }

    /** The levers probe opens the short scenario; the plain one the same with a lesson. */
    private static void probe(String display, Path probeOut, int days, String mode, String size) throws Exception {
        Path log = dir.resolve(probeOut.getFileName() + ".log");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=false", "-Djava.util.prefs.userRoot=" + dir.resolve("prefs"), "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), GuiProbe.class.getName(),
                (mode.equals("levers") ? GuiTestScenarios.SHORT : GuiTestScenarios.LESSON).toString(),
                Long.toString(SEED), Integer.toString(days), probeOut.toString(), mode, size);
        pb.environment().put("DISPLAY", display);
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        Process p = pb.start();
        boolean finished = p.waitFor(240, TimeUnit.SECONDS);
        if (!finished) {
            p.destroyForcibly();
        }
        assertTrue(finished && p.exitValue() == 0, "the window's run failed:\n" + Files.readString(log));
    }

    @BeforeEach
    void needsADisplay() {
        Assumptions.assumeTrue(skipped == null, skipped);
    }

    private static String one(String key) {
        return report.get(key).get(0);
    }

    private static double number(Map<String, List<String>> probed, String key) {
        return Double.parseDouble(probed.get(key).get(0));
    }

    @Test
    void theMapTakesMostOfTheWidthAtBothSizes() {
        for (Map<String, List<String>> probed : List.of(report, small)) {
            double window = Double.parseDouble(probed.get("window").get(0).split(",")[0]);
            double share = number(probed, "frameWidth") / window;
            assertTrue(share >= 0.6, "the map takes " + share + " of the width at " + probed.get("window"));
            assertEquals("false", probed.get("consoleVisible").get(0), "MASON's console is hidden at first");
        }
        assertEquals("1280,720", small.get("window").get(0));
        assertEquals("1920,1080", one("window"));
    }

    @Test
    void townNamesTheDateAndTheNewsReadFromTheBackOfARoom() {
        assertTrue(number(small, "townCapHeight") >= 14, "town names' capitals at 1280 x 720: "
                + number(small, "townCapHeight") + " pixels");
        assertTrue(number(small, "dateCapHeight") >= 28, "the date's capitals: " + number(small, "dateCapHeight"));
        assertTrue(number(small, "newsCapHeight") >= 10, "the news' capitals: " + number(small, "newsCapHeight"));
        assertTrue(number(small, "controlChartHeight") >= 150, "the control chart is "
                + number(small, "controlChartHeight") + " pixels tall");
        // The same picture on a larger screen, each letter in proportion.
        assertTrue(number(report, "townCapHeight") >= 14 * 1.4, "at 1920 x 1080: " + number(report, "townCapHeight"));
    }

    @Test
    void afterARestartWithALeverTheRunBeforeStaysFaintlyOnTheChartsAndOnTheMap() {
        String label = one("ghostLabel");
        assertTrue(label.startsWith("Before: MINUSMA left 9 Jan"), label);
        assertTrue(Integer.parseInt(one("ghostLines")) >= 3, "faint lines: " + one("ghostLines"));
        assertTrue(Integer.parseInt(one("ghostKilled")) >= 2, "months of the run before: " + one("ghostKilled"));
        assertTrue(one("controlLegend").contains(label), one("controlLegend"));
        assertEquals("true", one("flipEnabled"));
        assertEquals("false", one("flippedLive"));
        assertEquals(label, one("flippedBanner"));
        assertEquals(Integer.toString(GuiProbe.RESTART_DAYS), one("flippedDays"), "the same date as the run now");
        assertEquals(LocalDate.of(2022, 1, 1).plusDays(GuiProbe.RESTART_DAYS - 1).toString(), one("flippedDate"));
        assertEquals("true", one("flippedBackLive"));
    }

    @Test
    void theLessonStopsTheRunOnItsNotesDayAndSaysWhatHappened() {
        assertEquals("5", small.get("lessonStoppedAt").get(0), "the note is dated 5 January, the fifth day");
        assertEquals("true", small.get("lessonShown").get(0));
        String text = small.get("lessonText").get(0);
        assertTrue(text.contains("A note for the test, shown on the fifth day.") && text.contains("the window's tests")
                && text.contains("5 January 2022"), text);
    }

    @Test
    void theLeversSayHowTheyStandAndWhatTheScenarioStillSchedules() {
        Scenario scenario = GuiTestScenarios.load(GuiTestScenarios.SHORT);
        List<String> levers = small.get("lever");
        long minusmaBases = scenario.foreignForces().stream().filter(f -> f.faction().equals("minusma")).count();
        assertTrue(levers.contains("MINUSMA: in " + minusmaBases + " bases|Leave now"), levers.toString());
        assertTrue(levers.contains("CSP + JNIM: apart|Join forces now"), levers.toString());
        LocalDate next = LocalDate.of(2022, 1, 1).plusDays(SMALL_DAYS);
        String on = next.getDayOfMonth() + " Jan 2022";
        LocalDate barkhaneLeaves = scenario.foreignForces().stream().filter(f -> f.faction().equals("barkhane"))
                .map(f -> f.withdrawal()).filter(d -> d != null).min(LocalDate::compareTo).orElseThrow();
        List<String> said = small.get("leverExplanation");
        assertTrue(said.contains("MINUSMA leaves all " + minusmaBases + " bases on " + on + " (it was to stay); each "
                + "base goes to whoever the scenario hands it to."), said.toString());
        assertTrue(said.stream().anyMatch(t -> t.startsWith("Barkhane leaves all ") && t.contains(" instead of from "
                + barkhaneLeaves.getDayOfMonth() + " ")), said.toString());
        assertTrue(said.contains("Wagner leaves on " + on + "; no reinforcements follow."), said.toString());
    }

    @Test
    void theDateAdvancedSixtyDays() throws Exception {
        assertEquals(Integer.toString(DAYS), one("days"));
        assertEquals(LocalDate.of(2022, 1, 1).plusDays(DAYS - 1).toString(), one("shownDate"));
        // On screen: the date in the legend's corner changed between the first day and the last.
        Rectangle map = mapArea();
        BufferedImage first = ImageIO.read(out.resolve("day0.png").toFile());
        BufferedImage last = ImageIO.read(out.resolve("final.png").toFile());
        Rectangle dateCorner = new Rectangle(map.x + map.width * 2 / 3, map.y, map.width / 3, map.height / 6);
        assertTrue(differingPixels(first, last, dateCorner) > 200, "the date on screen did not change");
    }

    @Test
    void theMapAreaIsNotBlank() throws Exception {
        BufferedImage last = ImageIO.read(out.resolve("final.png").toFile());
        Rectangle map = mapArea();
        assertTrue(map.width > 600 && map.height > 400, "the map is too small on a 1920x1080 screen: " + map);
        Set<Integer> colours = new HashSet<>();
        int white = 0;
        int samples = 0;
        for (int y = map.y; y < map.y + map.height; y += 3) {
            for (int x = map.x; x < map.x + map.width; x += 3) {
                int rgb = last.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                white += rgb == 0xFFFFFF ? 1 : 0;
                samples++;
            }
        }
        assertTrue(colours.size() > 200, "the map shows only " + colours.size() + " colours");
        assertTrue(white < samples * 0.6, "the map area is mostly white");
    }

    @Test
    void theWindowRunEqualsTheSameRunHeadlessReplayedFromItsLevers() throws Exception {
        List<Path> replays = files(".yaml");
        assertEquals(1, replays.size(), "one replay scenario: " + replays);
        Scenario replay = GuiTestScenarios.load(replays.get(0));
        String window = Files.readString(out.resolve("digest.txt"));
        assertEquals(GuiTestScenarios.headless(replay, SEED, DAYS), window,
                "the run in the window differs from the headless replay");
        assertNotEquals(GuiTestScenarios.headless(GuiTestScenarios.load(GuiTestScenarios.SHORT), SEED, DAYS), window,
                "the levers pulled in the window changed nothing");
        assertEquals(4, replay.timeline().stream().filter(e -> e.id().startsWith("lever-")).count());
    }

    @Test
    void restartIsAFreshRunOfTheScenarioWithTheSameSeed() throws Exception {
        assertEquals(GuiTestScenarios.headless(GuiTestScenarios.load(GuiTestScenarios.SHORT), SEED,
                GuiProbe.RESTART_DAYS), Files.readString(out.resolve("digest-restart.txt")),
                "after Restart the run differs from a headless run without levers");
    }

    @Test
    void aSeedTypedIntoTheConsoleIsTakenWhole() throws Exception {
        assertEquals(Long.toString(GuiProbe.TYPED_SEED), one("typedSeed"));
        assertEquals(GuiTestScenarios.headless(GuiTestScenarios.load(GuiTestScenarios.SHORT), GuiProbe.TYPED_SEED,
                GuiProbe.RESTART_DAYS), Files.readString(out.resolve("digest-typed-seed.txt")),
                "after a seed was typed and Restart pressed the run differs from a headless run with that seed");
    }

    @Test
    void theSnapshotAndTheGifAreWritten() throws Exception {
        List<Path> pngs = files(".png");
        assertEquals(1, pngs.size());
        BufferedImage snapshot = ImageIO.read(pngs.get(0).toFile());
        assertEquals(SahelModelWithUI.SNAPSHOT_WIDTH, snapshot.getWidth());
        assertTrue(pngs.get(0).getFileName().toString().contains("2022-03-01"), pngs.toString());
        List<Path> gifs = files(".gif");
        assertEquals(1, gifs.size());
        // Recorded from day 10 to day 50: the first frame, then one a week.
        assertEquals(1 + 40 / SahelModelWithUI.GIF_EVERY_DAYS, frames(gifs.get(0)));
    }

    @Test
    void aClickOnAGarrisonOpensItsInspector() {
        assertEquals("Inspectors", one("inspectorTab"));
        String inspector = one("inspectorText");
        assertTrue(inspector.contains(one("clicked")) && inspector.contains("Troops"), inspector);
    }

    @Test
    void theTickerShowedHeadlines() {
        assertTrue(Integer.parseInt(one("headlines")) > 0, "no headline in the ticker");
    }

    private static Rectangle mapArea() {
        String[] p = one("map").split(",");
        return new Rectangle(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]),
                Integer.parseInt(p[3]));
    }

    private static List<Path> files(String suffix) {
        return report.get("file").stream().filter(f -> f.endsWith(suffix)).map(out::resolve)
                .collect(Collectors.toList());
    }

    private static int differingPixels(BufferedImage a, BufferedImage b, Rectangle area) {
        int n = 0;
        for (int y = area.y; y < area.y + area.height; y++) {
            for (int x = area.x; x < area.x + area.width; x++) {
                n += a.getRGB(x, y) != b.getRGB(x, y) ? 1 : 0;
            }
        }
        return n;
    }

    private static int frames(Path gif) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            int n = reader.getNumImages(true);
            reader.dispose();
            return n;
        }
    }
}
