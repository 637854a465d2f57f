package sahelsim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import sahelsim.load.ShippedGeography;
import sahelsim.map.Grid;
import sahelsim.map.Terrain;
import sahelsim.map.Town;
import sahelsim.runfolder.ControlMaps;
import sahelsim.runfolder.RunFiles;
import sahelsim.runfolder.RunFolder;
import sahelsim.runfolder.RunManifest;

/**
 * For a set of replicates, how sure its maps are: one small map per faction, each cell in the faction's colour,
 * more opaque the larger the share of replicates in which the faction dominates the cell on the date. One
 * replicate's map shows one possible history; this shows which of its territory most histories share.
 */
public final class ReplicateShareMap implements Picture {

    /** A faction is given a map when it dominates some cell in at least this share of the replicates. */
    static final double SHOWN_FROM = 0.2;
    private static final int COLUMNS = 3;
    private static final int MAP_WIDTH = 520;
    private static final int MAP_HEIGHT = 560;
    private static final int TOP = 110;
    private static final int LEGEND = 70;

    private final Grid grid;
    private final FactionPalette palette;
    private final List<Integer> shown;
    private final double[][] share;
    private final LocalDate asked;
    private final LocalDate date;
    private final int replicates;
    private final String scenario;
    private final ChartCaption caption;

    private ReplicateShareMap(Grid grid, FactionPalette palette, double[][] share, LocalDate asked, LocalDate date,
                              int replicates, String scenario, ChartCaption caption) {
        this.grid = grid;
        this.palette = palette;
        this.share = share;
        this.asked = asked;
        this.date = date;
        this.replicates = replicates;
        this.scenario = scenario;
        this.caption = caption;
        List<Integer> factions = new ArrayList<>();
        for (int f = 0; f < share.length; f++) {
            double max = 0;
            for (double s : share[f]) {
                max = Math.max(max, s);
            }
            if (max >= SHOWN_FROM) {
                factions.add(f);
            }
        }
        this.shown = List.copyOf(factions);
    }

    /**
     * The shares on the weekly map on or before a date, over every complete replicate of a set (each
     * replicate's control.csv.gz is read once and let go).
     */
    public static ReplicateShareMap of(RunFolder set, LocalDate asked) {
        RunManifest m = set.firstRun().manifest();
        Grid grid = ShippedGeography.grid(m.grid().resolution());
        List<String> ids = m.factions().stream().map(RunManifest.FactionInfo::id).toList();
        double[][] share = new double[ids.size()][grid.cellCount()];
        LocalDate date = null;
        List<RunFolder> runs = set.replicates();
        for (RunFolder run : runs) {
            ControlMaps maps = ControlMaps.read(run.dir().resolve(RunFiles.CONTROL), run.manifest().grid(), ids);
            ControlMaps.Frame frame = RunChartWriter.frames(maps, List.of(asked)).get(0);
            date = frame.date();
            for (int c = 0; c < frame.faction().length; c++) {
                int f = frame.faction()[c];
                if (f >= 0 && frame.zone()[c] > 0) {
                    share[f][c] += 1.0 / runs.size();
                }
            }
        }
        return new ReplicateShareMap(grid, FactionPalette.of(m), share, asked, date, runs.size(), m.scenario().name(),
                ChartCaption.of(set));
    }

    /** The date of the weekly maps used (on or before the date asked for). */
    public LocalDate date() {
        return date;
    }

    /** The factions given a map, by index in scenario order. */
    public List<Integer> shownFactions() {
        return shown;
    }

    /** The share of replicates in which a faction dominates a cell. */
    public double share(int faction, int cell) {
        return share[faction][cell];
    }

    public ImageSize size() {
        int rows = Math.max(1, (shown.size() + COLUMNS - 1) / COLUMNS);
        return new ImageSize(COLUMNS * MAP_WIDTH + 40, TOP + rows * (MAP_HEIGHT + 40) + LEGEND);
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        ImageSize natural = size();
        double k = Math.min(area.getWidth() / natural.width(), area.getHeight() / natural.height());
        Graphics2D g2 = (Graphics2D) g.create();
        g2.translate(area.getX(), area.getY());
        g2.scale(k, k);
        g2.setColor(MapStyle.TEXT);
        g2.setFont(MapStyle.font(Font.BOLD, 28f));
        g2.drawString("In how many replicates each faction dominates each cell", 20, 40);
        g2.setFont(MapStyle.font(Font.PLAIN, 17f));
        g2.setColor(ChartStyle.SUBTLE_TEXT);
        String when = ControlMapDrawing.DAY.format(date) + (date.equals(asked) ? ""
                : " (the weekly map on or before " + ControlMapDrawing.DAY.format(asked) + ")");
        g2.drawString("Scenario " + scenario + ", " + when + ", over " + replicates + " replicates. Darker: the "
                + "faction holds the cell in more of them.", 20, 70);
        for (int i = 0; i < shown.size(); i++) {
            int f = shown.get(i);
            int col = i % COLUMNS;
            int row = i / COLUMNS;
            Rectangle box = new Rectangle(20 + col * MAP_WIDTH, TOP + row * (MAP_HEIGHT + 40) + 30, MAP_WIDTH - 20,
                    MAP_HEIGHT - 30);
            g2.setColor(MapStyle.TEXT);
            g2.setFont(MapStyle.font(Font.BOLD, 19f));
            g2.drawString(palette.get(f).name(), box.x, box.y - 10);
            MapPainter map = new MapPainter(grid, box, 0.6);
            map.paintCells(g2, c -> grid.inMali(c) ? ControlShading.terrain(grid.terrain(c)) : MapStyle.OUTSIDE);
            Color colour = palette.get(f).colour();
            map.paintCells(g2, c -> share[f][c] <= 0 ? null : withAlpha(colour, share[f][c]));
            map.paintRiver(g2);
            map.paintBorder(g2);
            map.paintTowns(g2, t -> Color.WHITE);
            map.paintTownNames(g2, Town::capital);
            map.paintFrame(g2);
        }
        legend(g2, 20, size().height() - LEGEND + 10);
        g2.setFont(MapStyle.font(Font.PLAIN, 14f));
        g2.setColor(ChartStyle.SUBTLE_TEXT);
        g2.drawString(caption.text().replace('\n', ' '), 20, size().height() - 12);
        g2.dispose();
    }

    private void legend(Graphics2D g, int x, int y) {
        g.setFont(MapStyle.font(Font.PLAIN, 16f));
        Color sample = new Color(0x404040);
        int at = x;
        for (double s : new double[] {0.25, 0.5, 0.75, 1.0}) {
            Rectangle2D r = new Rectangle2D.Double(at, y, 30, 20);
            g.setColor(ControlShading.terrain(Terrain.SAHEL));
            g.fill(r);
            g.setColor(withAlpha(sample, s));
            g.fill(r);
            g.setColor(new Color(0x707070));
            g.setStroke(new BasicStroke(1f));
            g.draw(r);
            g.setColor(MapStyle.TEXT);
            String label = Math.round(s * 100) + "% of replicates";
            g.drawString(label, at + 38, y + 16);
            at += 38 + g.getFontMetrics().stringWidth(label) + 30;
        }
    }

    /** Opacity grows with the share, from faint at a few replicates to solid in all of them. */
    private static Color withAlpha(Color c, double share) {
        int alpha = (int) Math.round(255 * (0.15 + 0.85 * Math.min(1, share)));
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }
}
