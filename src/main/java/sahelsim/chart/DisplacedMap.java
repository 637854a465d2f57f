package sahelsim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import sahelsim.load.ShippedGeography;
import sahelsim.map.Grid;
import sahelsim.map.LatLon;
import sahelsim.map.MapBounds;
import sahelsim.map.MaliGeography;
import sahelsim.map.Site;
import sahelsim.map.Town;
import sahelsim.observe.Measure;
import sahelsim.runfolder.RunFolder;
import sahelsim.stats.ReplicateStats;

/**
 * Where the people who fled stay on a date: a disc on every town of the map holding displaced people and a
 * triangle on every camp across the border, their area in proportion to the people (the month's last day; the
 * mean over a set's replicates), with the largest places and the refugees by country listed beside the map.
 */
public final class DisplacedMap implements Picture {

    /** Translucent purple for people staying away from home, Paul Tol's "muted" wine. */
    public static final Color STAYING = new Color(0x88, 0x22, 0x55, 120);
    public static final Color STAYING_EDGE = new Color(0x88, 0x22, 0x55);
    private static final int WIDTH = 1400;
    private static final int HEIGHT = 1000;
    private static final Rectangle MAP = new Rectangle(20, 110, 880, 840);
    private static final int LISTED = 12;

    /** People staying at one place on the date. */
    record Stay(String id, String name, LatLon location, boolean camp, String country, double people) {
    }

    private final Grid grid;
    private final List<Stay> stays;
    private final LocalDate date;
    private final String how;
    private final ChartCaption caption;

    private DisplacedMap(Grid grid, List<Stay> stays, LocalDate date, String how, ChartCaption caption) {
        this.grid = grid;
        this.stays = List.copyOf(stays);
        this.date = date;
        this.how = how;
        this.caption = caption;
    }

    /** The map of a run or a set on the last month's end on or before a date (null: the run's last). */
    public static DisplacedMap of(RunFolder folder, LocalDate asked) {
        MaliGeography geo = ShippedGeography.geography();
        Grid grid = ShippedGeography.grid(folder.firstRun().manifest().grid().resolution());
        List<LocalDate> dates = folder.firstRun().monthly().dates();
        LocalDate date = null;
        for (LocalDate d : dates) {
            if (asked == null || !d.isAfter(asked)) {
                date = d;
            }
        }
        if (date == null) {
            throw new ChartRequestError("no month of the run ends on or before " + asked);
        }
        boolean recorded = folder.isSet() ? !folder.summary().factions(Measure.DISPLACED_AT.id()).isEmpty()
                : !folder.firstRun().monthly().factions(Measure.DISPLACED_AT.id()).isEmpty();
        if (!recorded) {
            throw new ChartRequestError("the displaced-map needs displaced_at rows in " + folder.dir()
                    + "'s monthly files, found none (a run from before the flight's outputs)");
        }
        List<Stay> stays = new ArrayList<>();
        for (Town t : geo.towns()) {
            stays.add(new Stay(t.id(), t.name(), t.location(), false, "mali",
                    value(folder, Measure.DISPLACED_AT, t.id(), date)));
        }
        for (Site s : geo.sites()) {
            stays.add(new Stay(s.id(), s.name(), s.location(), s.abroad(), s.country(),
                    value(folder, s.abroad() ? Measure.REFUGEES_AT : Measure.DISPLACED_AT, s.id(), date)));
        }
        String how = folder.isSet() ? "means of " + folder.replicates().size() + " replicates" : "one run";
        return new DisplacedMap(grid, stays, date, how, ChartCaption.of(folder));
    }

    /** A place's people on the date: a run's month-end value, a set's monthly mean; 0 where none is written. */
    private static double value(RunFolder folder, Measure measure, String key, LocalDate date) {
        if (folder.isSet()) {
            ReplicateStats e = folder.summary().series(measure.id(), key).get(date);
            return e == null ? 0 : e.mean();
        }
        Double v = folder.monthly().series(measure.id(), key).get(date);
        return v == null || v.isNaN() ? 0 : v;
    }

    public LocalDate date() {
        return date;
    }

    /** People staying at a place (a town, Bamako or a camp) by its id, 0 for an unknown id. */
    public double people(String id) {
        return stays.stream().filter(s -> s.id().equals(id)).mapToDouble(Stay::people).findFirst().orElse(0);
    }

    public ImageSize size() {
        return new ImageSize(WIDTH, HEIGHT);
    }

    /** A symbol's radius in pixels at this map's scale: its area in proportion to the people. */
    public static double radius(double people) {
        return 0.07 * Math.sqrt(Math.max(0, people));
    }

    /** A camp's tent: a triangle around a point. */
    public static Shape tent(Point2D c, double r) {
        Path2D t = new Path2D.Double();
        t.moveTo(c.getX(), c.getY() - r);
        t.lineTo(c.getX() + r, c.getY() + r * 0.8);
        t.lineTo(c.getX() - r, c.getY() + r * 0.8);
        t.closePath();
        return t;
    }

    /**
     * Writes a label beside a symbol of radius {@code r} at {@code c}: below it, else above, right or left,
     * whichever first overlaps no label already written (kept in {@code taken}); below it if all do.
     */
    public static void label(Graphics2D g, String text, Font font, Point2D c, double r, List<Rectangle2D> taken) {
        Rectangle2D size = font.getStringBounds(text, g.getFontRenderContext());
        double w = size.getWidth();
        double h = size.getHeight();
        double[][] corners = {
            {c.getX() - w / 2, c.getY() + r + 2},
            {c.getX() - w / 2, c.getY() - r - h - 2},
            {c.getX() + r + 3, c.getY() - h / 2},
            {c.getX() - r - w - 3, c.getY() - h / 2}};
        Rectangle2D chosen = null;
        for (double[] at : corners) {
            Rectangle2D box = new Rectangle2D.Double(at[0], at[1], w, h);
            if (taken.stream().noneMatch(box::intersects)) {
                chosen = box;
                break;
            }
        }
        if (chosen == null) {
            chosen = new Rectangle2D.Double(corners[0][0], corners[0][1], w, h);
        }
        taken.add(chosen);
        MapPainter.haloText(g, text, font, (float) chosen.getX(), (float) (chosen.getY() - size.getY()));
    }

    /** People in thousands, as a class reads them: "78k", or the number under a thousand. */
    public static String thousands(double people) {
        return people < 1000 ? Long.toString(Math.round(people)) : Math.round(people / 1000.0) + "k";
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        double k = Math.min(area.getWidth() / WIDTH, area.getHeight() / HEIGHT);
        Graphics2D g2 = (Graphics2D) g.create();
        g2.translate(area.getX(), area.getY());
        g2.scale(k, k);
        g2.setColor(MapStyle.TEXT);
        g2.setFont(MapStyle.font(Font.BOLD, 28f));
        g2.drawString("Where the people who fled are", 20, 40);
        g2.setFont(MapStyle.font(Font.PLAIN, 17f));
        g2.setColor(ChartStyle.SUBTLE_TEXT);
        g2.drawString(ControlMapDrawing.DAY.format(date) + " (" + how + "): displaced people staying in each town "
                + "(discs) and refugees in each camp abroad (triangles); area in proportion to the people.", 20, 70);
        MapPainter map = new MapPainter(grid, MAP, 0.9);
        map.paintCells(g2, c -> grid.inMali(c) ? ControlShading.terrain(grid.terrain(c)) : MapStyle.OUTSIDE);
        map.paintRoads(g2);
        map.paintRiver(g2);
        map.paintBorder(g2);
        map.paintTowns(g2, t -> Color.WHITE);
        map.paintTownNames(g2, Town::capital);
        Font label = MapStyle.font(Font.BOLD, 15f);
        List<Rectangle2D> taken = new ArrayList<>(map.labelBoxes());
        List<Stay> drawn = new ArrayList<>(stays);
        drawn.sort(Comparator.comparingDouble(Stay::people).reversed());
        for (Stay s : drawn) {
            if (s.people() < 1 || !MapBounds.contains(s.location().lat(), s.location().lon())) {
                continue;
            }
            Point2D c = map.toScreen(s.location().lat(), s.location().lon());
            double r = Math.max(3, radius(s.people()));
            Shape symbol = s.camp() ? tent(c, r * 1.3) : new Ellipse2D.Double(c.getX() - r, c.getY() - r, 2 * r, 2 * r);
            g2.setColor(STAYING);
            g2.fill(symbol);
            g2.setColor(STAYING_EDGE);
            g2.setStroke(new BasicStroke(1.4f));
            g2.draw(symbol);
            if (s.camp()) {
                label(g2, s.name() + " " + thousands(s.people()), label, c, r * 1.3, taken);
            }
        }
        map.paintBamakoPointer(g2);
        map.paintFrame(g2);
        list(g2, drawn, MAP.x + MAP.width + 40, MAP.y + 20);
        g2.setFont(MapStyle.font(Font.PLAIN, 14f));
        g2.setColor(ChartStyle.SUBTLE_TEXT);
        g2.drawString(caption.text().replace('\n', ' '), 20, HEIGHT - 12);
        g2.dispose();
    }

    /** The places holding the most displaced people, then the refugees by country of asylum. */
    private void list(Graphics2D g, List<Stay> byPeople, int x, int y) {
        g.setColor(MapStyle.TEXT);
        g.setFont(MapStyle.font(Font.BOLD, 20f));
        g.drawString("Displaced, by place", x, y);
        g.setFont(MapStyle.font(Font.PLAIN, 17f));
        int row = y + 30;
        int listed = 0;
        double inMali = 0;
        for (Stay s : byPeople) {
            if (!s.camp()) {
                inMali += s.people();
                if (listed < LISTED && s.people() >= 1) {
                    line(g, s.name(), s.people(), x, row);
                    row += 24;
                    listed++;
                }
            }
        }
        line(g, "All towns and Bamako", inMali, x, row + 6);
        row += 60;
        g.setFont(MapStyle.font(Font.BOLD, 20f));
        g.drawString("Refugees, by country", x, row);
        g.setFont(MapStyle.font(Font.PLAIN, 17f));
        row += 30;
        List<String> countries = new ArrayList<>();
        for (Stay s : stays) {
            if (s.camp() && !countries.contains(s.country())) {
                countries.add(s.country());
            }
        }
        double abroad = 0;
        for (String country : countries) {
            double people = stays.stream().filter(s -> s.camp() && s.country().equals(country))
                    .mapToDouble(Stay::people).sum();
            abroad += people;
            line(g, countryName(country), people, x, row);
            row += 24;
        }
        line(g, "All camps", abroad, x, row + 6);
    }

    private static void line(Graphics2D g, String name, double people, int x, int y) {
        g.drawString(name, x, y);
        String n = String.format("%,d", Math.round(people));
        g.drawString(n, x + 400 - g.getFontMetrics().stringWidth(n), y);
    }

    /** "burkina-faso" as "Burkina Faso". */
    static String countryName(String id) {
        StringBuilder out = new StringBuilder();
        for (String word : id.split("-")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return out.toString();
    }
}
