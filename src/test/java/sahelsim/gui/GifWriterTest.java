package sahelsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GIFs play in a loop with the frames' timing, and an abandoned recording leaves no file. */
class GifWriterTest {

    private static BufferedImage frame(Color colour) {
        BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 120, 80);
        g.dispose();
        return image;
    }

    @Test
    void framesAreWrittenLoopingWithTheirDelay(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("run.gif");
        try (GifWriter gif = new GifWriter(target, 150)) {
            gif.add(frame(Color.RED));
            gif.add(frame(Color.GREEN));
            gif.add(frame(Color.BLUE));
            assertEquals(3, gif.frames());
            assertFalse(Files.exists(target), "the file appears only when finished");
            gif.finish();
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(target.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertEquals(3, reader.getNumImages(true));
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(1)
                    .getAsTree("javax_imageio_gif_image_1.0");
            IIOMetadataNode control = (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0);
            assertEquals("15", control.getAttribute("delayTime"));
            IIOMetadataNode first = (IIOMetadataNode) reader.getImageMetadata(0)
                    .getAsTree("javax_imageio_gif_image_1.0");
            IIOMetadataNode app = (IIOMetadataNode) first.getElementsByTagName("ApplicationExtension").item(0);
            assertEquals("NETSCAPE", app.getAttribute("applicationID"));
            assertEquals(Color.GREEN.getRGB(), reader.read(1).getRGB(60, 40));
            reader.dispose();
        }
    }

    @Test
    void aFinishedGifIsReadableByOthersAsEveryOtherFileIs(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"),
                "file permissions are POSIX ones here");
        Path target = dir.resolve("run.gif");
        Path other = Files.writeString(dir.resolve("other.txt"), "x");
        try (GifWriter gif = new GifWriter(target, 150)) {
            gif.add(frame(Color.RED));
            gif.finish();
        }
        // A temporary file of Files.createTempFile is its owner's alone; the GIF must get the usual permissions.
        assertEquals(Files.getPosixFilePermissions(other), Files.getPosixFilePermissions(target));
    }

    @Test
    void anAbandonedRecordingLeavesNothing(@TempDir Path dir) throws Exception {
        try (GifWriter gif = new GifWriter(dir.resolve("run.gif"), 150)) {
            gif.add(frame(Color.RED));
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.findAny().isEmpty(), "an unfinished GIF left a file behind");
        }
    }
}
