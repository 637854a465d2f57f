package sahelsim.chart;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import sahelsim.io.AtomicFiles;
import sahelsim.runfolder.ControlMaps;

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
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            GifFrames gif = new GifFrames(stream);
            for (int i = 0; i < frames.size(); i++) {
                gif.add(GifColours.indexed(renderer.render(frames.get(i))),
                        i == frames.size() - 1 ? FINAL_DELAY : step.delay);
            }
            gif.finish();
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
}
