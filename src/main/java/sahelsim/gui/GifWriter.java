package sahelsim.gui;

import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import sahelsim.chart.GifFrames;

/**
 * Writes an animated, looping GIF frame by frame with the JDK's own GIF writer, into a temporary file that is
 * renamed to the target when finished: an unfinished recording never looks like a complete file.
 */
final class GifWriter implements Closeable {

    private final Path target;
    private final Path temporary;
    private final int delayCentiseconds;
    private final ImageOutputStream out;
    private final GifFrames gif;
    private boolean closed;

    GifWriter(Path target, int delayMillis) throws IOException {
        this.target = target;
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        this.temporary = Files.createTempFile(dir, "." + target.getFileName(), ".part");
        this.delayCentiseconds = Math.max(1, delayMillis / 10);
        this.out = ImageIO.createImageOutputStream(temporary.toFile());
        try {
            this.gif = new GifFrames(out);
        } catch (IOException e) {
            out.close();
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    /** Adds a frame shown for the writer's delay. */
    void add(BufferedImage frame) throws IOException {
        gif.add(frame, delayCentiseconds);
    }

    int frames() {
        return gif.frames();
    }

    /** Finishes the file and moves it to its target. */
    Path finish() throws IOException {
        gif.finish();
        closed = true;
        out.close();
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
        if (!closed) {
            closed = true;
            gif.dispose();
            out.close();
        }
        Files.deleteIfExists(temporary);
    }
}
