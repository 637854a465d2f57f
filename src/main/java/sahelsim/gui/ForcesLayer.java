package sahelsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import sahelsim.chart.FactionPalette;
import sahelsim.map.Grid;
import sahelsim.map.Town;
import sahelsim.model.SahelModel;

/**
 * Garrisons as squares centred on their town and armed bands or columns as discs on their cell, in their
 * faction's colour, their area growing with the troops; a red ring marks those fighting. Larger symbols are
 * drawn first so that smaller ones stay visible on top. Clicking a symbol picks it for the inspector.
 */
final class ForcesLayer implements MapLayer {

    static final Color BATTLE = new Color(0xE0201B);
    private static final BasicStroke OUTLINE = new BasicStroke(1.3f);
    private static final BasicStroke BATTLE_RING = new BasicStroke(2.6f);

    private final MapFrame frame;

    ForcesLayer(MapFrame frame) {
        this.frame = frame;
    }

    @Override
    public String name() {
        return "Garrisons and armed bands";
    }

    /** Half the side of a garrison's square: area in proportion to troops, readable from 100 to 5,000. */
    static double garrisonHalfSide(int troops) {
        return 3.5 + 0.2 * Math.sqrt(Math.max(0, troops));
    }

    /** A band's radius: area in proportion to fighters. */
    static double unitRadius(int strength) {
        return 3.0 + 0.22 * Math.sqrt(Math.max(0, strength));
    }

    @Override
    public void paint(Graphics2D g, MapView view) {
        if (view == null) {
            return;
        }
        for (Symbol s : symbols(view.day())) {
            Color fill = view.palette().colour(s.force().faction());
            g.setColor(fill);
            g.fill(s.shape());
            g.setColor(FactionPalette.outline(fill));
            g.setStroke(OUTLINE);
            g.draw(s.shape());
            if (s.force().fighting()) {
                Rectangle2D b = s.shape().getBounds2D();
                g.setColor(BATTLE);
                g.setStroke(BATTLE_RING);
                g.draw(new Ellipse2D.Double(b.getX() - 3, b.getY() - 3, b.getWidth() + 6, b.getHeight() + 6));
            }
        }
    }

    /**
     * The garrisons and units of the run going on under a point (reference pixels), topmost last, as
     * inspectable objects.
     */
    List<Inspectable> pick(ClassroomRun run, MapDay day, double x, double y, double tolerance) {
        List<Inspectable> out = new ArrayList<>();
        Rectangle2D probe = new Rectangle2D.Double(x - tolerance, y - tolerance, 2 * tolerance, 2 * tolerance);
        SahelModel model = run.model();
        for (Symbol s : symbols(day)) {
            if (!s.shape().intersects(probe)) {
                continue;
            }
            if (s.garrison()) {
                model.garrisons().stream().filter(g -> g.id() == s.force().id()).findFirst()
                        .ifPresent(g -> out.add(new GarrisonInfo(model, g)));
            } else {
                model.units().stream().filter(u -> u.id() == s.force().id()).findFirst()
                        .ifPresent(u -> out.add(new UnitInfo(model, u)));
            }
        }
        return out;
    }

    /** A garrison or unit as drawn: its shape in reference pixels. */
    private record Symbol(Shape shape, MapDay.Force force, boolean garrison) {
    }

    /** Every symbol in drawing order: garrisons, then units. */
    private List<Symbol> symbols(MapDay day) {
        List<Symbol> out = new ArrayList<>();
        List<Town> towns = frame.grid().geography().towns();
        for (MapDay.Force f : day.garrisons()) {
            Town town = towns.get(f.place());
            Point2D p = frame.painter().toScreen(town.location().lat(), town.location().lon());
            double h = garrisonHalfSide(f.size());
            out.add(new Symbol(new Rectangle2D.Double(p.getX() - h, p.getY() - h, 2 * h, 2 * h), f, true));
        }
        Grid grid = frame.grid();
        for (MapDay.Force f : day.units()) {
            Point2D p = frame.painter().toScreen(grid.lat(f.place()), grid.lon(f.place()));
            double r = unitRadius(f.size());
            out.add(new Symbol(new Ellipse2D.Double(p.getX() - r, p.getY() - r, 2 * r, 2 * r), f, false));
        }
        return out;
    }
}
