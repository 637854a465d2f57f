package sahelsim.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/** Anything that draws itself into a rectangle: a JFreeChart, a control map, a panel of maps. */
@FunctionalInterface
public interface Picture {

    void draw(Graphics2D g, Rectangle2D area);
}
