package sahelsim.gui;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import sahelsim.chart.MapPainter;
import sahelsim.map.Grid;
import sahelsim.scenario.Scenario;

/**
 * The window's map, layer by layer in drawing order: terrain, control, lines, people who fled (on the roads, in
 * towns and camps), garrisons and units, towns, date and legend. The display shows the layers one portrayal
 * each; snapshots and GIF frames render them all here.
 */
final class MapScene {

    private final List<MapLayer> layers;

    MapScene(Grid grid, Scenario scenario) {
        MapFrame frame = new MapFrame(grid, scenario);
        this.layers = List.of(new TerrainLayer(frame), new ControlLayer(frame), new LinesLayer(frame),
                new FlightLayer(frame), new ForcesLayer(frame), new TownsLayer(frame),
                new LegendLayer(frame, scenario));
    }

    List<MapLayer> layers() {
        return layers;
    }

    /** The whole map as an image {@code width} pixels wide. */
    BufferedImage render(MapView view, int width) {
        int height = (int) Math.round(width * (double) MapFrame.HEIGHT / MapFrame.WIDTH);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        MapPainter.smooth(g);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.transform(MapFrame.toArea(new Rectangle2D.Double(0, 0, width, height)));
        for (MapLayer layer : layers) {
            layer.paint(g, view);
        }
        g.dispose();
        return image;
    }
}
