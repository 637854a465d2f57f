package sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sahelsim.RunFixtures;

class ChartCommandTest {

    @TempDir
    Path tmp;

    private static void clean(Cli cli, String... parts) {
        assertEquals(ExitCodes.BAD_INPUT, cli.exitCode, cli.toString());
        assertFalse(cli.err.contains("\tat "), "stack trace printed:\n" + cli.err);
        assertEquals(1, cli.err.lines().count(), "one message:\n" + cli.err);
        for (String p : parts) {
            assertTrue(cli.err.contains(p), "'" + p + "' not in: " + cli.err);
        }
    }

    @Test
    void withNoWhatItDrawsTheDefaultSetIntoTheRunFolder() throws Exception {
        Path run = RunFixtures.copy(RunFixtures.smallRun(), tmp);
        Cli cli = Cli.run("chart", run.toString(), "--format", "png");
        assertEquals(ExitCodes.OK, cli.exitCode, cli.toString());
        for (String name : List.of("control-population", "control-area", "control-stacked", "fatalities",
                "civilian-deaths", "events", "displacement", "displaced-map-2023-02-12", "control-map-2023-02-12",
                "control-maps")) {
            assertTrue(Files.exists(run.resolve(name + ".png")), name);
            assertTrue(cli.out.contains("wrote " + run.resolve(name + ".png")), cli.out);
        }
        assertFalse(Files.exists(run.resolve("control-map.gif")));
    }

    @Test
    void drawsChosenChartsAtAChosenSizeAndDatesIntoAnotherFolder() throws Exception {
        Path out = tmp.resolve("charts");
        Cli cli = Cli.run("chart", RunFixtures.smallRun().toString(), "--what", "fatalities,map", "--size", "800x450",
                "--dates", "2023-02-01,2023-02-12", "--format", "png,pdf", "--out", out.toString());
        assertEquals(ExitCodes.OK, cli.exitCode, cli.toString());
        try (var files = Files.list(out)) {
            assertEquals(List.of("control-map-2023-01-30.pdf", "control-map-2023-01-30.png", "control-map-2023-02-12.pdf",
                    "control-map-2023-02-12.png", "fatalities.pdf", "fatalities.png"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        BufferedImage png = ImageIO.read(out.resolve("fatalities.png").toFile());
        assertEquals(800, png.getWidth());
        assertEquals(450, png.getHeight());
    }

    @Test
    void aDateWithoutAMapOfItsOwnSaysWhichMapStandsForIt() throws Exception {
        Path out = tmp.resolve("dated");
        Cli cli = Cli.run("chart", RunFixtures.smallRun().toString(), "--what", "map", "--dates", "2023-02-01,2023-02-12",
                "--format", "png", "--size", "800x450", "--out", out.toString());
        assertEquals(ExitCodes.OK, cli.exitCode, cli.toString());
        assertTrue(cli.out.contains("no map on 2023-02-01") && cli.out.contains("the map of 2023-01-30"), cli.out);
        assertFalse(cli.out.contains("no map on 2023-02-12"), "a date with its own map needs no word: " + cli.out);
    }

    @Test
    void aSetGetsTheShareOfReplicatesMap() throws Exception {
        Path out = tmp.resolve("shares");
        Cli cli = Cli.run("chart", RunFixtures.smallSet().toString(), "--what", "share-map", "--format", "png",
                "--size", "800x450", "--out", out.toString());
        assertEquals(ExitCodes.OK, cli.exitCode, cli.toString());
        assertTrue(Files.exists(out.resolve("control-map-shares-2023-02-12.png")), cli.out);
        Cli single = Cli.run("chart", RunFixtures.smallRun().toString(), "--what", "share-map", "--out",
                out.toString());
        clean(single, "share-map needs a set of replicates");
    }

    @Test
    void animateAddsTheGif() throws Exception {
        Path out = tmp.resolve("gif");
        Cli cli = Cli.run("chart", RunFixtures.smallRun().toString(), "--what", "control", "--animate", "week",
                "--size", "480x270", "--out", out.toString());
        assertEquals(ExitCodes.OK, cli.exitCode, cli.toString());
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(out.resolve("control-map.gif").toFile())) {
            reader.setInput(in);
            assertEquals(3, reader.getNumImages(true));
        }
    }

    @Test
    void aSetIsChartedToo() {
        Path out = tmp.resolve("set");
        Cli cli = Cli.run("chart", RunFixtures.smallSet().toString(), "--what", "control,panel", "--format", "svg",
                "--out", out.toString());
        assertEquals(ExitCodes.OK, cli.exitCode, cli.toString());
        assertTrue(Files.exists(out.resolve("control-population.svg")));
        assertTrue(Files.exists(out.resolve("control-maps.svg")));
    }

    @Test
    void helpExplainsEveryChart() {
        Cli cli = Cli.run("chart", "--help");
        assertEquals(ExitCodes.OK, cli.exitCode);
        for (String id : sahelsim.chart.ChartKind.ids()) {
            assertTrue(cli.out.contains("\n  " + id + " "), id + " is not explained:\n" + cli.out);
        }
    }

    @Test
    void badOptionsGiveOneCleanMessage() {
        String run = RunFixtures.smallRun().toString();
        String out = tmp.resolve("x").toString();
        clean(Cli.run("chart", run, "--what", "pie", "--out", out), "--what", "'pie'", "control-area");
        clean(Cli.run("chart", run, "--format", "jpg", "--out", out), "--format", "'jpg'");
        clean(Cli.run("chart", run, "--size", "huge", "--out", out), "--size");
        clean(Cli.run("chart", run, "--dates", "2023-13-01", "--what", "map", "--out", out), "--dates", "2023-13-01");
        clean(Cli.run("chart", run, "--dates", "2024-06-30", "--what", "map", "--out", out), "2024-06-30",
                "2023-01-30 to 2023-02-12");
        clean(Cli.run("chart", run, "--animate", "daily", "--out", out), "--animate", "week or month");
    }

    @Test
    void aFolderWithAMissingOrCorruptFileGivesOneCleanMessage() throws Exception {
        Path run = RunFixtures.copy(RunFixtures.smallRun(), tmp);
        Files.delete(run.resolve("events.csv"));
        clean(Cli.run("chart", run.toString(), "--what", "events"), "events.csv", "missing");
        List<String> lines = Files.readAllLines(run.resolve("monthly.csv"));
        lines.set(9, lines.get(9).replace(",", ";"));
        Files.write(run.resolve("monthly.csv"), lines);
        clean(Cli.run("chart", run.toString(), "--what", "fatalities"), "monthly.csv:10:", "expected 4 fields");
        clean(Cli.run("chart", tmp.resolve("nothing").toString()), "nothing", "no such folder");
    }
}
