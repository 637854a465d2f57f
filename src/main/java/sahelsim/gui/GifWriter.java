package sahelsim.gui;

import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import sahelsim.chart.GifColours;
import sahelsim.chart.GifFrames;
import sahelsim.io.AtomicFiles;

/**
 * Writes an animated, looping GIF frame by frame, each frame reduced to its own 256 colours as the control-map
 * animations are ({@link GifColours}), into a file that gets its name only when finished
 * ({@link AtomicFiles#open}): an unfinished recording never looks like a complete file.
 */
final class GifWriter implements Closeable {

    private final AtomicFiles.Pending file;
    private final int delayCentiseconds;
    private final ImageOutputStream out;
    private final GifFrames gif;
    private boolean closed;

    GifWriter(Path target, int delayMillis) throws IOException {
        this.file = AtomicFiles.open(target);
        this.delayCentiseconds = Math.max(1, delayMillis / 10);
        this.out = new MemoryCacheImageOutputStream(file.stream());
        try {
            this.gif = new GifFrames(out);
        } catch (IOException e) {
            out.close();
            file.close();
            throw e;
        }
    }

    /** Adds a frame (of TYPE_INT_RGB) shown for the writer's delay. */
    void add(BufferedImage frame) throws IOException {
        gif.add(GifColours.indexed(frame), delayCentiseconds);
    }

    int frames() {
        return gif.frames();
    }

    /** Finishes the file and gives it its name. */
    void finish() throws IOException {
        gif.finish();
        closed = true;
        out.close();
        file.commit();
    }

    /** Drops an unfinished recording. */
    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            gif.dispose();
            out.close();
        }
        file.close();
    }
}
