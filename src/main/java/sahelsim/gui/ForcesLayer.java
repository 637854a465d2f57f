package sahelsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import sahelsim.map.Grid;
import sahelsim.map.Town;
import sahelsim.model.SahelModel;
import sahelsim.model.agents.ArmedUnit;
import sahelsim.model.agents.Garrison;

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
        return "Garrisons and armed units";
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
    public void paint(Graphics2D g, ClassroomRun run) {
        if (run == null) {
            return;
        }
        FactionPalette palette = run.palette();
        for (Symbol s : symbols(run.model())) {
            Color fill = palette.colour(s.faction());
            g.setColor(fill);
            g.fill(s.shape());
            g.setColor(FactionPalette.outline(fill));
            g.setStroke(OUTLINE);
            g.draw(s.shape());
            if (s.fighting()) {
                Rectangle2D b = s.shape().getBounds2D();
                g.setColor(BATTLE);
                g.setStroke(BATTLE_RING);
                g.draw(new Ellipse2D.Double(b.getX() - 3, b.getY() - 3, b.getWidth() + 6, b.getHeight() + 6));
            }
        }
    }

    /** The garrisons and units under a point (reference pixels), topmost last, as inspectable objects. */
    List<Inspectable> pick(ClassroomRun run, double x, double y, double tolerance) {
        List<Inspectable> out = new ArrayList<>();
        if (run == null) {
            return out;
        }
        Rectangle2D probe = new Rectangle2D.Double(x - tolerance, y - tolerance, 2 * tolerance, 2 * tolerance);
        for (Symbol s : symbols(run.model())) {
            if (s.shape().intersects(probe)) {
                out.add(s.garrison() != null ? new GarrisonInfo(run.model(), s.garrison())
                        : new UnitInfo(run.model(), s.unit()));
            }
        }
        return out;
    }

    /** A garrison or unit as drawn: its shape in reference pixels. */
    private record Symbol(Shape shape, int faction, boolean fighting, Garrison garrison, ArmedUnit unit) {
    }

    /** Every symbol in drawing order: garrisons, then units; largest first within each. */
    private List<Symbol> symbols(SahelModel model) {
        List<Symbol> out = new ArrayList<>();
        List<Garrison> garrisons = new ArrayList<>(model.garrisons());
        garrisons.sort(Comparator.comparingInt(Garrison::troops).reversed().thenComparingInt(Garrison::id));
        for (Garrison gar : garrisons) {
            Town town = model.town(gar.town()).town();
            Point2D p = frame.painter().toScreen(town.location().lat(), town.location().lon());
            double h = garrisonHalfSide(gar.troops());
            out.add(new Symbol(new Rectangle2D.Double(p.getX() - h, p.getY() - h, 2 * h, 2 * h), gar.faction(),
                    gar.inBattle(), gar, null));
        }
        Grid grid = frame.grid();
        List<ArmedUnit> units = new ArrayList<>(model.units());
        units.sort(Comparator.comparingInt(ArmedUnit::strength).reversed().thenComparingInt(ArmedUnit::id));
        for (ArmedUnit u : units) {
            if (!u.alive()) {
                continue;
            }
            Point2D p = frame.painter().toScreen(grid.lat(u.cell()), grid.lon(u.cell()));
            double r = unitRadius(u.strength());
            out.add(new Symbol(new Ellipse2D.Double(p.getX() - r, p.getY() - r, 2 * r, 2 * r), u.faction(),
                    u.inBattle(), null, u));
        }
        return out;
    }
}
