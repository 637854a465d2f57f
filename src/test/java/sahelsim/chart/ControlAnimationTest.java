package sahelsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sahelsim.RunFixtures;
import sahelsim.runfolder.RunFolder;

class ControlAnimationTest {

    private final ControlMapScene scene = ControlMapScene.of(RunFolder.open(RunFixtures.smallRun()));

    @Test
    void aWeeklyAnimationHasAFramePerSnapshotAndAMonthlyOneAFramePerMonth(@TempDir Path tmp) throws Exception {
        ImageSize size = new ImageSize(480, 270);
        Path weekly = tmp.resolve("weekly.gif");
        assertEquals(3, ControlAnimation.write(scene, ControlAnimation.Step.WEEK, size, weekly));
        Path monthly = tmp.resolve("monthly.gif");
        assertEquals(2, ControlAnimation.write(scene, ControlAnimation.Step.MONTH, size, monthly));
        assertEquals(3, frames(weekly).size());
        List<IIOMetadataNode> months = frames(monthly);
        assertEquals(2, months.size());
        assertEquals("60", child(months.get(0), "GraphicControlExtension").getAttribute("delayTime"));
        assertEquals("300", child(months.get(1), "GraphicControlExtension").getAttribute("delayTime"),
                "the last frame stays longer");
        IIOMetadataNode loop = (IIOMetadataNode) child(months.get(0), "ApplicationExtensions").getFirstChild();
        assertEquals("NETSCAPE", loop.getAttribute("applicationID"));
        assertEquals(0, ((byte[]) loop.getUserObject())[1], "loops for ever");
    }

    @Test
    void framesShowTheMapsInTheirColours(@TempDir Path tmp) throws Exception {
        Path gif = tmp.resolve("a.gif");
        ControlAnimation.write(scene, ControlAnimation.Step.WEEK, ImageSize.SLIDE, gif);
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            BufferedImage first = reader.read(0);
            assertEquals(1600, first.getWidth());
            assertEquals(900, first.getHeight());
            assertEquals(0xFFFFFF, first.getRGB(1590, 450) & 0xFFFFFF, "the slide's white background");
        }
    }

    private static List<IIOMetadataNode> frames(Path gif) throws Exception {
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            int n = reader.getNumImages(true);
            java.util.ArrayList<IIOMetadataNode> out = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                out.add((IIOMetadataNode) reader.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0"));
            }
            assertTrue(n > 0);
            return out;
        }
    }

    private static IIOMetadataNode child(IIOMetadataNode node, String name) {
        for (int i = 0; i < node.getLength(); i++) {
            if (node.item(i).getNodeName().equals(name)) {
                return (IIOMetadataNode) node.item(i);
            }
        }
        throw new AssertionError("no " + name);
    }
}
