package sahelsim.chart;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import sahelsim.io.AtomicFiles;
import sahelsim.io.ControlMaps;

/**
 * The control map as an animated GIF for slides, one frame a week or a month, written with the JDK's own
 * GIF writer (no display needed) and set to loop for ever.
 */
public final class ControlAnimation {

    /** One frame a week (every snapshot) or a month (the last snapshot of each month). */
    public enum Step {
        WEEK(25), MONTH(60);

        /** How long a frame shows, in hundredths of a second (GIF's unit). */
        private final int delay;

        Step(int delay) {
            this.delay = delay;
        }
    }

    /** The last frame stays longer, so that the end state can be read before the loop starts again. */
    private static final int FINAL_DELAY = 300;

    private ControlAnimation() {
    }

    /** The snapshots an animation shows, in date order. */
    public static List<ControlMaps.Frame> frames(ControlMaps maps, Step step) {
        List<ControlMaps.Frame> all = maps.frames();
        if (step == Step.WEEK) {
            return all;
        }
        List<ControlMaps.Frame> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            boolean lastOfMonth = i == all.size() - 1
                    || !YearMonth.from(all.get(i + 1).date()).equals(YearMonth.from(all.get(i).date()));
            if (lastOfMonth) {
                out.add(all.get(i));
            }
        }
        return out;
    }

    /** Writes the GIF atomically; returns the number of frames. */
    public static int write(ControlMapScene scene, Step step, ImageSize size, Path file) throws IOException {
        List<ControlMaps.Frame> frames = frames(scene.maps(), step);
        AtomicFiles.write(file, out -> encode(scene, frames, step, size, out));
        return frames.size();
    }

    private static void encode(ControlMapScene scene, List<ControlMaps.Frame> frames, Step step, ImageSize size,
                               OutputStream out) throws IOException {
        FrameRenderer renderer = new FrameRenderer(scene, frames.get(0), size);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
            for (int i = 0; i < frames.size(); i++) {
                BufferedImage img = GifColours.indexed(renderer.render(frames.get(i)));
                int delay = i == frames.size() - 1 ? FINAL_DELAY : step.delay;
                writer.writeToSequence(new IIOImage(img, null, metadata(writer, img, delay, i == 0)), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
    }

    /** Draws frames from the layers that never change, rendered once, and the two that change with the date. */
    private static final class FrameRenderer {

        private final ControlMapScene scene;
        private final ImageSize size;
        private final BufferedImage terrain;
        private final BufferedImage unchanging;

        FrameRenderer(ControlMapScene scene, ControlMaps.Frame first, ImageSize size) {
            this.scene = scene;
            this.size = size;
            ControlMapPicture picture = new ControlMapPicture(scene, first, true);
            this.terrain = PictureFiles.image(picture.fitted(ControlMapPicture.Layer.TERRAIN), size);
            this.unchanging = new BufferedImage(size.width(), size.height(), BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = unchanging.createGraphics();
            MapPainter.smooth(g);
            picture.fitted(ControlMapPicture.Layer.STATIC).draw(g, new Rectangle(0, 0, size.width(), size.height()));
            g.dispose();
        }

        BufferedImage render(ControlMaps.Frame frame) {
            ControlMapPicture picture = new ControlMapPicture(scene, frame, true);
            Rectangle area = new Rectangle(0, 0, size.width(), size.height());
            BufferedImage img = new BufferedImage(size.width(), size.height(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            MapPainter.smooth(g);
            g.drawImage(terrain, 0, 0, null);
            picture.fitted(ControlMapPicture.Layer.CONTROL).draw(g, area);
            g.drawImage(unchanging, 0, 0, null);
            picture.fitted(ControlMapPicture.Layer.DATED).draw(g, area);
            g.dispose();
            return img;
        }
    }

    /** A frame's delay, and on the first frame the NETSCAPE2.0 extension that makes viewers loop for ever. */
    private static IIOMetadata metadata(ImageWriter writer, BufferedImage img, int delay, boolean first)
            throws IOException {
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), param);
        String format = meta.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(delay));
        control.setAttribute("transparentColorIndex", "0");
        replace(root, colourTable((IndexColorModel) img.getColorModel()));
        if (first) {
            IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
            app.setAttribute("applicationID", "NETSCAPE");
            app.setAttribute("authenticationCode", "2.0");
            app.setUserObject(new byte[] {1, 0, 0});
            child(root, "ApplicationExtensions").appendChild(app);
        }
        meta.setFromTree(format, root);
        return meta;
    }

    /**
     * The frame's own colour table. The writer's default metadata carries a table of its own that does not
     * match the frame's palette, so the frame's table is set explicitly.
     */
    private static IIOMetadataNode colourTable(IndexColorModel palette) {
        int size = 2;
        while (size < palette.getMapSize()) {
            size *= 2;
        }
        IIOMetadataNode table = new IIOMetadataNode("LocalColorTable");
        table.setAttribute("sizeOfLocalColorTable", Integer.toString(size));
        table.setAttribute("sortFlag", "FALSE");
        for (int i = 0; i < size; i++) {
            int rgb = i < palette.getMapSize() ? palette.getRGB(i) : 0;
            IIOMetadataNode entry = new IIOMetadataNode("ColorTableEntry");
            entry.setAttribute("index", Integer.toString(i));
            entry.setAttribute("red", Integer.toString((rgb >> 16) & 0xFF));
            entry.setAttribute("green", Integer.toString((rgb >> 8) & 0xFF));
            entry.setAttribute("blue", Integer.toString(rgb & 0xFF));
            table.appendChild(entry);
        }
        return table;
    }

    private static void replace(IIOMetadataNode root, IIOMetadataNode node) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equals(node.getNodeName())) {
                root.replaceChild(node, root.item(i));
                return;
            }
        }
        root.appendChild(node);
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }
}
