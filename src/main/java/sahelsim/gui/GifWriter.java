package sahelsim.gui;

import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
 * Writes an animated, looping GIF frame by frame with the JDK's own GIF writer, into a temporary file that is
 * renamed to the target when finished: an unfinished recording never looks like a complete file.
 */
final class GifWriter implements Closeable {

    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    private final Path target;
    private final Path temporary;
    private final int delayCentiseconds;
    private final ImageOutputStream out;
    private final ImageWriter writer;
    private int frames;
    private boolean closed;

    GifWriter(Path target, int delayMillis) throws IOException {
        this.target = target;
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        this.temporary = Files.createTempFile(dir, "." + target.getFileName(), ".part");
        this.delayCentiseconds = Math.max(1, delayMillis / 10);
        this.out = ImageIO.createImageOutputStream(temporary.toFile());
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("gif");
        if (!writers.hasNext()) {
            out.close();
            Files.deleteIfExists(temporary);
            throw new IOException("this Java has no GIF writer");
        }
        this.writer = writers.next();
        writer.setOutput(out);
        writer.prepareWriteSequence(null);
    }

    /** Adds a frame shown for the writer's delay. */
    void add(BufferedImage frame) throws IOException {
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame), null);
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(FORMAT);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(delayCentiseconds));
        control.setAttribute("transparentColorIndex", "0");
        if (frames == 0) {
            // The NETSCAPE2.0 extension with a loop count of 0: play the animation over and over.
            IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
            app.setAttribute("applicationID", "NETSCAPE");
            app.setAttribute("authenticationCode", "2.0");
            app.setUserObject(new byte[] {1, 0, 0});
            child(root, "ApplicationExtensions").appendChild(app);
        }
        try {
            meta.setFromTree(FORMAT, root);
        } catch (IIOInvalidTreeException e) {
            throw new IOException("cannot set the GIF frame's timing: " + e.getMessage(), e);
        }
        writer.writeToSequence(new IIOImage(frame, null, meta), null);
        frames++;
    }

    int frames() {
        return frames;
    }

    /** Finishes the file and moves it to its target. */
    Path finish() throws IOException {
        writer.endWriteSequence();
        closeStreams();
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    /** Drops an unfinished recording. */
    @Override
    public void close() throws IOException {
        closeStreams();
        Files.deleteIfExists(temporary);
    }

    private void closeStreams() throws IOException {
        if (!closed) {
            closed = true;
            writer.dispose();
            out.close();
        }
    }

    private static IIOMetadataNode child(IIOMetadataNode parent, String name) {
        for (int i = 0; i < parent.getLength(); i++) {
            if (parent.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) parent.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        parent.appendChild(node);
        return node;
    }
}
