package sahelsim.chart;

import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;

/**
 * Pictures are laid out for a 1600x900 slide, fonts included, and scaled as a whole to the size asked for,
 * so that text keeps its size relative to the picture at 800x450 as at 3200x1800.
 */
public final class DesignSize {

    public static final double WIDTH = 1600;
    public static final double HEIGHT = 900;

    private DesignSize() {
    }

    /** The picture drawn at design scale into any area. */
    public static Picture fit(Picture picture) {
        return (g, area) -> {
            double s = scale(area);
            AffineTransform saved = g.getTransform();
            g.translate(area.getX(), area.getY());
            g.scale(s, s);
            picture.draw(g, new Rectangle2D.Double(0, 0, area.getWidth() / s, area.getHeight() / s));
            g.setTransform(saved);
        };
    }

    public static double scale(Rectangle2D area) {
        return Math.min(area.getWidth() / WIDTH, area.getHeight() / HEIGHT);
    }
}
