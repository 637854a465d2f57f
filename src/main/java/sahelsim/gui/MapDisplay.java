package sahelsim.gui;

import java.awt.Color;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.geom.Rectangle2D;
import java.util.function.Supplier;
import javax.swing.JScrollPane;
import javax.swing.JViewport;
import sim.display.Display2D;
import sim.display.GUIState;

/**
 * MASON's Display2D set up for the classroom: one portrayal per map layer (each can be hidden from the Layers
 * menu), the map scaled to fill the space it gets, a single click opening the inspector, and no movie or
 * snapshot buttons (MASON 18's need JMF and iText; the window has its own PNG and GIF buttons).
 */
final class MapDisplay {

    private MapDisplay() {
    }

    static Display2D create(GUIState gui, MapScene scene, Supplier<ClassroomRun> run) {
        Display2D display = new Display2D(MapFrame.WIDTH, MapFrame.HEIGHT, gui);
        display.setBackdrop(Color.WHITE);
        display.setClipping(false);
        for (MapLayer layer : scene.layers()) {
            display.attach(new LayerPortrayal(layer, run), layer.name());
        }
        display.header.remove(display.movieButton);
        display.header.remove(display.snapshotButton);
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
                    display.createInspectors(new Rectangle2D.Double(e.getX(), e.getY(), 1, 1), gui);
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
