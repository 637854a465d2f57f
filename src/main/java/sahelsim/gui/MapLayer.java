package sahelsim.gui;

import java.awt.Graphics2D;

/** One layer of the map, painted in the {@link MapFrame}'s reference pixels; the window can hide it. */
interface MapLayer {

    /** The layer's name in the display's Layers menu. */
    String name();

    /**
     * Paints the layer. {@code view} is null before a run has started; a layer that shows a run's state then
     * paints nothing.
     */
    void paint(Graphics2D g, MapView view);
}
