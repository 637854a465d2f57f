package sahelsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.util.List;
import sahelsim.chart.FactionPalette;
import sahelsim.chart.MapPainter;
import sahelsim.map.Town;

/**
 * Towns with their names, each dot filled with the colour of the faction holding it (white: no one); a town
 * under blockade gets a thick dashed red ring.
 */
final class TownsLayer implements MapLayer {

    static final Color BLOCKADE = new Color(0xE0201B);
    static final BasicStroke BLOCKADE_RING = new BasicStroke(3.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
            1f, new float[] {6f, 4f}, 0f);

    private final MapFrame frame;
    private final PictureCache names;

    TownsLayer(MapFrame frame) {
        this.frame = frame;
        this.names = new PictureCache(g -> frame.names().paint(g), false);
    }

    @Override
    public String name() {
        return "Towns: who holds them, blockades";
    }

    @Override
    public void paint(Graphics2D g, MapView view) {
        MapPainter painter = frame.painter();
        if (view == null) {
            painter.paintTowns(g, t -> FactionPalette.NO_ONE_TOWN);
        } else {
            MapDay day = view.day();
            painter.paintTowns(g, t -> day.holder(t) < 0 ? FactionPalette.NO_ONE_TOWN
                    : view.palette().colour(day.holder(t)));
            List<Town> towns = frame.grid().geography().towns();
            for (int t = 0; t < towns.size(); t++) {
                if (day.blockaded()[t]) {
                    blockadeRing(g, painter, towns.get(t));
                }
            }
        }
        names.paint(g);
    }

    static void blockadeRing(Graphics2D g, MapPainter painter, Town town) {
        Point2D p = painter.toScreen(town.location().lat(), town.location().lon());
        double r = painter.radius(town) + 5;
        g.setColor(BLOCKADE);
        g.setStroke(BLOCKADE_RING);
        g.draw(new Ellipse2D.Double(p.getX() - r, p.getY() - r, 2 * r, 2 * r));
    }
}
