package sahelsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import sahelsim.chart.MapPainter;
import sahelsim.map.Town;
import sahelsim.model.TownState;

/**
 * Towns with their names, each dot filled with the colour of the faction holding it (white: nobody); a town
 * under blockade gets a thick dashed red ring.
 */
final class TownsLayer implements MapLayer {

    static final Color BLOCKADE = new Color(0xE0201B);
    static final BasicStroke BLOCKADE_RING = new BasicStroke(3.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
            1f, new float[] {5f, 3.5f}, 0f);

    private final MapFrame frame;
    private final PictureCache names;

    TownsLayer(MapFrame frame) {
        this.frame = frame;
        this.names = new PictureCache(g -> frame.painter().paintTownNames(g), false);
    }

    @Override
    public String name() {
        return "Towns: who holds them, blockades";
    }

    @Override
    public void paint(Graphics2D g, ClassroomRun run) {
        MapPainter painter = frame.painter();
        if (run == null) {
            painter.paintTowns(g, t -> FactionPalette.NOBODY);
        } else {
            painter.paintTowns(g, t -> run.palette().colour(run.model().town(t).holder()));
            for (TownState t : run.model().towns()) {
                if (t.blockaded()) {
                    blockadeRing(g, painter, t.town());
                }
            }
        }
        names.paint(g);
    }

    static void blockadeRing(Graphics2D g, MapPainter painter, Town town) {
        Point2D p = painter.toScreen(town.location().lat(), town.location().lon());
        double r = MapPainter.townRadius(town) + 5;
        g.setColor(BLOCKADE);
        g.setStroke(BLOCKADE_RING);
        g.draw(new Ellipse2D.Double(p.getX() - r, p.getY() - r, 2 * r, 2 * r));
    }
}
