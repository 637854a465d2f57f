package sahelsim.gui;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import sahelsim.chart.MapPainter;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.LocationWrapper;
import sim.util.Bag;

/**
 * Shows one {@link MapLayer} in MASON's Display2D: scales the layer's reference pixels onto the area the
 * display gives, and for the forces layer finds the garrisons and units under a click, for the inspectors
 * (only on the run going on: the run before a Restart is a picture).
 */
final class LayerPortrayal extends FieldPortrayal2D {

    private final MapLayer layer;
    private final Supplier<MapView> shown;
    private final Supplier<ClassroomRun> run;
    private final List<Inspectable> picked = new ArrayList<>();

    LayerPortrayal(MapLayer layer, Supplier<MapView> shown, Supplier<ClassroomRun> run) {
        this.layer = layer;
        this.shown = shown;
        this.run = run;
        setField(layer);
    }

    @Override
    public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            MapPainter.smooth(g);
            g.transform(MapFrame.toArea(info.draw));
            layer.paint(g, shown.get());
        } finally {
            g.dispose();
        }
    }

    @Override
    public void hitObjects(DrawInfo2D range, Bag putInHere) {
        MapView view = shown.get();
        ClassroomRun current = run.get();
        if (!(layer instanceof ForcesLayer forces) || view == null || !view.live() || current == null) {
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
        for (Inspectable one : forces.pick(current, view.day(), centre.getX(), centre.getY(), tolerance)) {
            putInHere.add(new LocationWrapper(one, one.place(), this));
            picked.add(one);
        }
    }

    /** What the last click picked. Swing thread. */
    List<Inspectable> picked() {
        return List.copyOf(picked);
    }

    void forgetPicked() {
        picked.clear();
    }
}
