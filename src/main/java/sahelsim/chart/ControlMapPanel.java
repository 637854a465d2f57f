package sahelsim.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.util.List;
import sahelsim.runfolder.ControlMaps;
import sahelsim.map.MapBounds;

/**
 * Small multiples: control maps of several dates side by side on one slide, with the title across the top,
 * one legend on the right and the caption below. The grid of maps (columns x rows) is the one that makes
 * each map largest.
 */
public final class ControlMapPanel implements Picture {

    /** Width of the legend column, at design scale. */
    private static final int SIDE = 330;
    /** How much smaller text, dots and furniture are than on a full map. */
    private static final double SMALL_TEXT = 0.72;

    /** Width over height of the map as {@link MapPainter} projects it. */
    static final double MAP_ASPECT = (MapBounds.EAST - MapBounds.WEST)
            * Math.cos(Math.toRadians((MapBounds.NORTH + MapBounds.SOUTH) / 2)) / (MapBounds.NORTH - MapBounds.SOUTH);

    private final ControlMapScene scene;
    private final List<ControlMaps.Frame> frames;

    public ControlMapPanel(ControlMapScene scene, List<ControlMaps.Frame> frames) {
        if (frames.isEmpty()) {
            throw new IllegalArgumentException("a panel needs at least one map");
        }
        this.scene = scene;
        this.frames = List.copyOf(frames);
    }

    public Picture fitted() {
        return DesignSize.fit(this);
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        int pad = 16;
        float x0 = (float) area.getX() + 22;
        g.setColor(MapStyle.TEXT);
        g.setFont(MapStyle.font(Font.BOLD, 32f));
        g.drawString("Who controls northern Mali", x0, (float) area.getY() + 46);
        g.setFont(MapStyle.font(Font.PLAIN, 19f));
        g.setColor(ChartStyle.SUBTLE_TEXT);
        g.drawString("Scenario " + scene.scenario() + ": the control map on " + frames.size()
                + (frames.size() == 1 ? " date" : " dates"), x0, (float) area.getY() + 76);
        double top = area.getY() + 92;
        double bottom = area.getY() + area.getHeight() - 44;
        double left = area.getX() + pad;
        double right = area.getX() + area.getWidth() - SIDE - pad;
        int[] layout = layout(frames.size(), right - left, bottom - top);
        int cols = layout[0];
        int rows = layout[1];
        double cellW = (right - left) / cols;
        double cellH = (bottom - top) / rows;
        for (int i = 0; i < frames.size(); i++) {
            Rectangle box = new Rectangle((int) (left + (i % cols) * cellW + 4), (int) (top + (i / cols) * cellH + 4),
                    (int) cellW - 8, (int) cellH - 8);
            new ControlMapDrawing(scene, box, SMALL_TEXT, true).draw(g, frames.get(i));
        }
        float lx = (float) (right + 26);
        ControlMapLegend.draw(g, scene, lx, (float) top + 24, 0.85);
        ControlMapLegend.wrapped(g, scene.caption().text(), MapStyle.font(Font.PLAIN, 14f), ChartStyle.SUBTLE_TEXT,
                x0, (float) (area.getY() + area.getHeight() - 22), (float) (area.getWidth() - 44));
    }

    /** Columns and rows that give the largest map for n maps in a box, the map's shape being fixed. */
    static int[] layout(int n, double width, double height) {
        int best = 1;
        double bestScale = 0;
        for (int cols = 1; cols <= n; cols++) {
            int rows = (n + cols - 1) / cols;
            double scale = Math.min(width / cols / MAP_ASPECT, height / rows);
            if (scale > bestScale) {
                bestScale = scale;
                best = cols;
            }
        }
        return new int[] {best, (n + best - 1) / best};
    }
}
