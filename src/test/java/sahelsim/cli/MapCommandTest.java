package sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapCommandTest {

    @TempDir
    Path dir;

    @Test
    void drawsAPngOfTheRequestedSize() throws Exception {
        Path out = dir.resolve("map.png");
        Cli cli = Cli.run("map", "--out", out.toString(), "--size", "800x600");
        assertEquals(ExitCodes.OK, cli.exitCode, cli.toString());
        BufferedImage img = ImageIO.read(out.toFile());
        assertEquals(800, img.getWidth());
        assertEquals(600, img.getHeight());
        assertTrue(distinctColours(img) > 20, "the picture is nearly blank");
    }

    private static int distinctColours(BufferedImage img) {
        java.util.Set<Integer> seen = new java.util.TreeSet<>();
        for (int y = 0; y < img.getHeight(); y += 7) {
            for (int x = 0; x < img.getWidth(); x += 7) {
                seen.add(img.getRGB(x, y));
            }
        }
        return seen.size();
    }

    @Test
    void refusesToOverwriteWithoutForce() throws Exception {
        Path out = dir.resolve("map.png");
        Files.writeString(out, "keep me");
        Cli cli = Cli.run("map", "--out", out.toString());
        assertEquals(ExitCodes.BAD_INPUT, cli.exitCode);
        assertTrue(cli.err.contains("--force"), cli.err);
        assertEquals("keep me", Files.readString(out));
        assertEquals(ExitCodes.OK, Cli.run("map", "--out", out.toString(), "--force", "--size", "400x300").exitCode);
    }

    @Test
    void badOptionsGiveCleanErrors() {
        for (String[] args : new String[][] {
            {"map", "--size", "big", "--out", dir.resolve("a.png").toString()},
            {"map", "--resolution", "7", "--out", dir.resolve("b.png").toString()},
            {"map", "--out", dir.resolve("c.jpg").toString()},
            {"map", "--out", dir.toString()}}) {
            Cli cli = Cli.run(args);
            assertEquals(ExitCodes.BAD_INPUT, cli.exitCode, cli.toString());
            assertFalse(cli.err.contains("\tat "), cli.err);
        }
    }
}
