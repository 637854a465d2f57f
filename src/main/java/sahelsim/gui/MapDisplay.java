package sahelsim.gui;

import java.awt.Color;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.JScrollPane;
import javax.swing.JViewport;
import sim.display.Display2D;
import sim.display.GUIState;

/**
 * MASON's Display2D set up for the classroom: one portrayal per map layer, the map scaled to fill the space it
 * gets, a single click opening the inspector, and MASON's own header (the Layers menu, the scale, the redraw
 * options) hidden until the View menu shows it; without its movie and snapshot buttons (MASON 18's need JMF and
 * iText; the window's Run menu saves PNGs and GIFs).
 */
final class MapDisplay {

    private MapDisplay() {
    }

    /** @param inspected told what a click picked, after MASON's inspectors for it are made */
    static Display2D create(GUIState gui, MapScene scene, Supplier<MapView> shown, Supplier<ClassroomRun> run,
                            Consumer<List<Inspectable>> inspected) {
        List<LayerPortrayal> portrayals = new ArrayList<>();
        Display2D display = new Display2D(MapFrame.WIDTH, MapFrame.HEIGHT, gui);
        display.setBackdrop(Color.WHITE);
        display.setClipping(false);
        for (MapLayer layer : scene.layers()) {
            LayerPortrayal p = new LayerPortrayal(layer, shown, run);
            portrayals.add(p);
            display.attach(p, layer.name());
        }
        display.header.remove(display.movieButton);
        display.header.remove(display.snapshotButton);
        display.header.setVisible(false);
        display.setSelectionMode(Display2D.SELECTION_MODE_SINGLE);
        JScrollPane scroll = display.display;
        scroll.setHorizontalScrollBarPolicy(JScrollPane.HORIZONTAL_SCROLLBAR_AS_NEEDED);
        scroll.setVerticalScrollBarPolicy(JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED);
        scroll.getViewport().addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                fit(display, scroll.getViewport());
            }
        });
        display.insideDisplay.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                // MASON opens inspectors on a double click; in class one click is enough.
                if (e.getClickCount() == 1 && e.getButton() == MouseEvent.BUTTON1) {
                    portrayals.forEach(LayerPortrayal::forgetPicked);
                    display.createInspectors(new Rectangle2D.Double(e.getX(), e.getY(), 1, 1), gui);
                    List<Inspectable> picked = new ArrayList<>();
                    portrayals.forEach(p -> picked.addAll(p.picked()));
                    inspected.accept(picked);
                }
            }
        });
        return display;
    }

    /** Scales the map to the largest size that fits the visible area (rounded down: the scale field shows it). */
    private static void fit(Display2D display, JViewport viewport) {
        double scale = Math.floor(100 * Math.min((viewport.getWidth() - 2) / (double) MapFrame.WIDTH,
                (viewport.getHeight() - 2) / (double) MapFrame.HEIGHT)) / 100;
        if (scale > 0.05 && Math.abs(scale - display.getScale()) > 1e-3) {
            display.setScale(scale);
        }
    }
}
