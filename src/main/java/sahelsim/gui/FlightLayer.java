package sahelsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import sahelsim.chart.DisplacedMap;
import sahelsim.chart.MapPainter;
import sahelsim.chart.MapStyle;
import sahelsim.map.LatLon;
import sahelsim.map.MapBounds;
import sahelsim.model.flight.Places;

/**
 * People on the move: the roads people are travelling on, drawn as bands whose width grows with the people on
 * them; the displaced staying in each town as a translucent purple disc and the refugees in each camp across
 * the border as a triangle, both with their area in proportion to the people, and the number for the larger
 * ones (all camps) so that a class can read them off the projector.
 */
final class FlightLayer implements MapLayer {

    static final Color ON_THE_ROAD = new Color(0xE6, 0x9F, 0x00, 190);
    /** Towns with fewer displaced than this get no number, so that the numbers do not bury the map. */
    static final long LABELLED = 20_000;
    private static final BasicStroke EDGE = new BasicStroke(1.4f);

    private final MapFrame frame;
    private final Places places;

    FlightLayer(MapFrame frame) {
        this.frame = frame;
        this.places = new Places(frame.grid());
    }

    @Override
    public String name() {
        return "People who fled: where they stay, on the road";
    }

    /** A road band's width: 1,000 people about 2 pixels, 10,000 about 6. */
    static float width(long people) {
        return (float) Math.min(14, 0.06 * Math.sqrt(Math.max(0, people)));
    }

    @Override
    public void paint(Graphics2D g, MapView view) {
        if (view == null) {
            return;
        }
        MapPainter painter = frame.painter();
        long[] road = view.day().onTheRoad();
        for (int l = 0; l < road.length; l++) {
            if (road[l] <= 0) {
                continue;
            }
            Point2D a = screen(places.location(places.linkFrom(l)));
            Point2D b = screen(places.location(places.linkTo(l)));
            g.setColor(ON_THE_ROAD);
            g.setStroke(new BasicStroke(Math.max(1.5f, width(road[l])), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(a, b));
        }
        long[] staying = view.day().staying();
        Font font = MapStyle.font(Font.BOLD, 15f);
        List<Rectangle2D> taken = new ArrayList<>();
        for (int p = 0; p < staying.length; p++) {
            LatLon at = places.location(p);
            if (staying[p] <= 0 || !MapBounds.contains(at.lat(), at.lon())) {
                continue;
            }
            Point2D c = screen(at);
            double r = Math.max(3, DisplacedMap.radius(staying[p]));
            Shape symbol = places.abroad(p) ? DisplacedMap.tent(c, r * 1.3) : new Ellipse2D.Double(c.getX() - r,
                    c.getY() - r, 2 * r, 2 * r);
            g.setColor(DisplacedMap.STAYING);
            g.fill(symbol);
            g.setColor(DisplacedMap.STAYING_EDGE);
            g.setStroke(EDGE);
            g.draw(symbol);
            if (places.abroad(p)) {
                DisplacedMap.label(g, places.name(p) + " " + DisplacedMap.thousands(staying[p]), font, c, r * 1.3,
                        taken);
            } else if (staying[p] >= LABELLED) {
                DisplacedMap.label(g, DisplacedMap.thousands(staying[p]), font, c, r, taken);
            }
        }
    }

    private Point2D screen(LatLon p) {
        return frame.painter().toScreen(p.lat(), p.lon());
    }
}
