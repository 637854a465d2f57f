package sahelsim.gui;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.GlyphVector;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import sahelsim.chart.MapPainter;
import sahelsim.chart.MapStyle;
import sahelsim.map.Town;

/**
 * Town names large enough to read from the back of a classroom. At that size not every town's name fits, so
 * names are placed in order of importance (regional capitals, then the towns the scenario's forces are posted
 * in, then the most populous) and a name that would cover another is left out rather than overlapped: the dots
 * stay, and the inspector and the ticker name the rest.
 */
final class TownNames {

    /**
     * Size of a name in the map's reference pixels: on a 1280 x 720 screen the map is drawn at about 0.67 of
     * them, so capital letters stand at least 14 pixels high (DejaVu Sans' capitals are 0.73 of the size).
     */
    static final float SIZE = 30f;
    static final float CAPITAL_SIZE = 32f;

    private static final double AIR = 16;

    private final MapPainter painter;
    private final List<Town> byImportance;
    private final Rectangle2D area;

    /** @param scenarioTowns ids of towns the scenario posts garrisons or foreign forces in */
    TownNames(MapPainter painter, List<Town> towns, Set<String> scenarioTowns) {
        this.painter = painter;
        this.area = painter.mapArea();
        List<Town> order = new ArrayList<>(towns);
        order.sort(Comparator.comparing((Town t) -> !t.capital())
                .thenComparing(t -> !scenarioTowns.contains(t.id()))
                .thenComparing(Comparator.comparingInt(Town::population).reversed())
                .thenComparing(Town::id));
        this.byImportance = order;
    }

    static Font font(Town town) {
        return MapStyle.font(town.capital() ? Font.BOLD : Font.PLAIN, town.capital() ? CAPITAL_SIZE : SIZE);
    }

    /** Paints the names that fit; returns the towns named. */
    List<Town> paint(Graphics2D g) {
        // A capital's name may cover the dot of a small town; no name covers a capital's dot or another name.
        List<Rectangle2D> taken = new ArrayList<>();
        List<Rectangle2D> smallDots = new ArrayList<>();
        for (Town town : byImportance) {
            Point2D p = painter.toScreen(town.location().lat(), town.location().lon());
            double r = painter.radius(town);
            (town.capital() ? taken : smallDots).add(new Rectangle2D.Double(p.getX() - r, p.getY() - r, 2 * r, 2 * r));
        }
        List<Town> named = new ArrayList<>();
        for (Town town : byImportance) {
            GlyphVector gv = font(town).createGlyphVector(g.getFontRenderContext(), town.name());
            List<Rectangle2D> avoid = new ArrayList<>(taken);
            if (!town.capital()) {
                avoid.addAll(smallDots);
            }
            Rectangle2D free = place(town, gv.getVisualBounds(), avoid);
            if (free != null) {
                // A little air around a name, so that two names side by side do not read as one.
                taken.add(new Rectangle2D.Double(free.getX() - AIR, free.getY(), free.getWidth() + 2 * AIR,
                        free.getHeight()));
                MapPainter.haloText(g, gv, (float) (free.getX() + 2), (float) (free.getMaxY() - 2));
                named.add(town);
            }
        }
        return named;
    }

    /** A free box for the name beside its dot (right, left, below, above, then the corners), or null. */
    private Rectangle2D place(Town town, Rectangle2D text, List<Rectangle2D> taken) {
        Point2D p = painter.toScreen(town.location().lat(), town.location().lon());
        double gap = painter.radius(town) + 3;
        double w = text.getWidth();
        double h = text.getHeight();
        double[][] offsets = {
            {gap, h / 2}, {-gap - w, h / 2}, {-w / 2, gap + h}, {-w / 2, -gap},
            {gap, -gap}, {-gap - w, -gap}, {gap, gap + h}, {-gap - w, gap + h}};
        for (double[] o : offsets) {
            Rectangle2D box = new Rectangle2D.Double(p.getX() + o[0] - 2, p.getY() + o[1] - h - 2, w + 4, h + 4);
            if (area.contains(box) && taken.stream().noneMatch(box::intersects)) {
                return box;
            }
        }
        return null;
    }
}
