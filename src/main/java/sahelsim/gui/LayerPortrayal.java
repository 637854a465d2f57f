package sahelsim.gui;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Point2D;
import java.util.function.Supplier;
import sahelsim.chart.MapPainter;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.LocationWrapper;
import sim.util.Bag;

/**
 * Shows one {@link MapLayer} in MASON's Display2D: scales the layer's reference pixels onto the area the
 * display gives, and for the forces layer finds the garrisons and units under a click, for the inspectors.
 */
final class LayerPortrayal extends FieldPortrayal2D {

    private final MapLayer layer;
    private final Supplier<ClassroomRun> run;

    LayerPortrayal(MapLayer layer, Supplier<ClassroomRun> run) {
        this.layer = layer;
        this.run = run;
        setField(layer);
    }

    @Override
    public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            MapPainter.smooth(g);
            g.transform(MapFrame.toArea(info.draw));
            layer.paint(g, run.get());
        } finally {
            g.dispose();
        }
    }

    @Override
    public void hitObjects(DrawInfo2D range, Bag putInHere) {
        if (!(layer instanceof ForcesLayer forces)) {
            return;
        }
        AffineTransform toScreen = MapFrame.toArea(range.draw);
        Point2D centre;
        try {
            centre = toScreen.inverseTransform(new Point2D.Double(range.clip.getCenterX(), range.clip.getCenterY()),
                    null);
        } catch (NoninvertibleTransformException e) {
            return;
        }
        // A click is a one-pixel clip: allow a few screen pixels around it, whatever the zoom.
        double tolerance = Math.max(range.clip.width, 4) / 2 / toScreen.getScaleX();
        for (Inspectable picked : forces.pick(run.get(), centre.getX(), centre.getY(), tolerance)) {
            putInHere.add(new LocationWrapper(picked, picked.place(), this));
        }
    }
}
