package sahelsim.gui;

import java.awt.Graphics2D;

/** One layer of the map, painted in the {@link MapFrame}'s reference pixels; the window can hide it. */
interface MapLayer {

    /** The layer's name in the display's Layers menu. */
    String name();

    /**
     * Paints the layer. {@code run} is null before a run has started; a layer that shows the run's state then
     * paints nothing. Called with the model's schedule locked, so the model does not change meanwhile.
     */
    void paint(Graphics2D g, ClassroomRun run);
}
