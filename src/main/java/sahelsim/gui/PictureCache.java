package sahelsim.gui;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.function.Consumer;
import sahelsim.chart.MapPainter;

/**
 * The parts of the map that never change during a run (terrain, roads, town names, the legend), painted once at
 * the scale they are shown at and then copied: the window repaints the map every simulated day, and placing
 * and haloing forty town names each time would take most of the day's time. The pictures of the last two scales
 * are kept, for the window and for the snapshots or GIF frames taken meanwhile.
 */
final class PictureCache {

    private final Consumer<Graphics2D> painter;
    private final boolean opaque;
    private final BufferedImage[] images = new BufferedImage[2];
    private final double[] scales = new double[2];
    private int next;

    /**
     * @param painter paints the picture in the {@link MapFrame}'s reference pixels
     * @param opaque  the picture is the bottom layer, on white: copying an opaque picture is several times
     *                faster than blending a transparent one
     */
    PictureCache(Consumer<Graphics2D> painter, boolean opaque) {
        this.painter = painter;
        this.opaque = opaque;
    }

    /** Paints the picture onto {@code g}, whose transform maps reference pixels to the target. */
    synchronized void paint(Graphics2D g) {
        AffineTransform t = g.getTransform();
        if (t.getShearX() != 0 || t.getShearY() != 0 || t.getScaleX() != t.getScaleY()) {
            painter.accept(g);
            return;
        }
        BufferedImage image = picture(t.getScaleX());
        Graphics2D copy = (Graphics2D) g.create();
        try {
            copy.setTransform(AffineTransform.getTranslateInstance(Math.round(t.getTranslateX()),
                    Math.round(t.getTranslateY())));
            copy.drawImage(image, 0, 0, null);
        } finally {
            copy.dispose();
        }
    }

    private BufferedImage picture(double scale) {
        for (int i = 0; i < images.length; i++) {
            if (images[i] != null && scales[i] == scale) {
                return images[i];
            }
        }
        BufferedImage image = new BufferedImage((int) Math.ceil(MapFrame.WIDTH * scale),
                (int) Math.ceil(MapFrame.HEIGHT * scale), opaque ? BufferedImage.TYPE_INT_RGB
                : BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        if (opaque) {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
        }
        MapPainter.smooth(g);
        g.scale(scale, scale);
        painter.accept(g);
        g.dispose();
        images[next] = image;
        scales[next] = scale;
        next = (next + 1) % images.length;
        return image;
    }
}
