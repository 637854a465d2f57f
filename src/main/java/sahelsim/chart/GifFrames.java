package sahelsim.chart;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * An animated GIF that loops for ever, written frame by frame onto a stream with the JDK's own GIF writer (no
 * display needed). The stream stays its owner's, to close and to move into place.
 */
public final class GifFrames {

    private final ImageWriter writer;
    private int frames;

    public GifFrames(ImageOutputStream out) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("gif");
        if (!writers.hasNext()) {
            throw new IOException("this Java has no GIF writer");
        }
        writer = writers.next();
        writer.setOutput(out);
        writer.prepareWriteSequence(null);
    }

    /** Adds a frame shown for {@code delay} hundredths of a second (GIF's unit). */
    public void add(BufferedImage frame, int delay) throws IOException {
        writer.writeToSequence(new IIOImage(frame, null, metadata(frame, delay)), null);
        frames++;
    }

    public int frames() {
        return frames;
    }

    /** Ends the sequence; the writer is let go either way. */
    public void finish() throws IOException {
        try {
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
    }

    /** Lets the writer go without ending the sequence, for a recording that is dropped. */
    public void dispose() {
        writer.dispose();
    }

    /**
     * A frame's delay, an indexed frame's own colour table, and on the first frame the NETSCAPE2.0 extension that
     * makes viewers loop for ever.
     */
    private IIOMetadata metadata(BufferedImage img, int delay) throws IOException {
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img),
                writer.getDefaultWriteParam());
        String format = meta.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(delay));
        control.setAttribute("transparentColorIndex", "0");
        if (img.getColorModel() instanceof IndexColorModel palette) {
            replace(root, colourTable(palette));
        }
        if (frames == 0) {
            // A loop count of 0: play the animation over and over.
            IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
            app.setAttribute("applicationID", "NETSCAPE");
            app.setAttribute("authenticationCode", "2.0");
            app.setUserObject(new byte[] {1, 0, 0});
            child(root, "ApplicationExtensions").appendChild(app);
        }
        try {
            meta.setFromTree(format, root);
        } catch (IIOInvalidTreeException e) {
            throw new IOException("cannot set the GIF frame's timing: " + e.getMessage(), e);
        }
        return meta;
    }

    /**
     * The frame's own colour table. The writer's default metadata carries a table of its own that does not
     * match an indexed frame's palette, so the frame's table is set explicitly.
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
