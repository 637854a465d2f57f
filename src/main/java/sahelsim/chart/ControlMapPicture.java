package sahelsim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import sahelsim.runfolder.ControlMaps;

/**
 * A control map on one date as a slide: the map on the left, and on the right the title, the scenario, the
 * date, the legend and the caption. An animation frame also shows where the date lies in the run. The
 * picture is drawn in layers (see {@link Layer}) so that an animation draws the unchanging ones once.
 */
public final class ControlMapPicture implements Picture {

    /** Parts of the picture, in drawing order. */
    enum Layer {
        /** Terrain: the same on every date. */
        TERRAIN,
        /** The cells' control: changes with the date. */
        CONTROL,
        /** Lines, names, furniture, titles, legend and caption: the same on every date. */
        STATIC,
        /** Towns' holders and blockades, the date and the timeline: change with the date. */
        DATED
    }

    /** Width of the column beside the map, at design scale. */
    private static final int SIDE = 500;
    private static final int PAD = 16;

    private final ControlMapScene scene;
    private final ControlMaps.Frame frame;
    private final boolean timeline;

    public ControlMapPicture(ControlMapScene scene, ControlMaps.Frame frame, boolean timeline) {
        this.scene = scene;
        this.frame = frame;
        this.timeline = timeline;
    }

    /** The picture at design scale, fitted to any size. */
    public Picture fitted() {
        return DesignSize.fit(this);
    }

    /** One layer at design scale, fitted to any size. */
    Picture fitted(Layer layer) {
        return DesignSize.fit((g, area) -> draw(g, area, layer));
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        for (Layer layer : Layer.values()) {
            draw(g, area, layer);
        }
    }

    void draw(Graphics2D g, Rectangle2D area, Layer layer) {
        // The map is as tall as the picture and flush left; the column beside it takes the rest of the width.
        int height = (int) area.getHeight() - 2 * PAD;
        int mapWidth = (int) Math.min(area.getWidth() - SIDE - 3 * PAD, Math.ceil(height * ControlMapPanel.MAP_ASPECT));
        Rectangle box = new Rectangle((int) area.getX() + PAD, (int) area.getY() + PAD, mapWidth, height);
        ControlMapDrawing map = new ControlMapDrawing(scene, box, 1.0, false);
        Rectangle mapArea = map.mapArea();
        float x = mapArea.x + mapArea.width + 40;
        float width = (float) (area.getX() + area.getWidth() - PAD - x);
        float top = (float) area.getY() + 48;
        switch (layer) {
            case TERRAIN -> map.drawTerrain(g);
            case CONTROL -> map.drawControl(g, frame);
            case STATIC -> {
                map.drawLines(g);
                side(g, area, x, top, width);
            }
            case DATED -> {
                map.drawTowns(g, frame.date());
                g.setColor(MapStyle.TEXT);
                g.setFont(MapStyle.font(Font.BOLD, 30f));
                g.drawString(ControlMapDrawing.DAY.format(frame.date()), x, top + 64);
                if (timeline) {
                    timeline(g, x, top + 84, width);
                }
            }
        }
    }

    /** The column beside the map, without the date: title, scenario, legend, caption. */
    private void side(Graphics2D g, Rectangle2D area, float x, float top, float width) {
        g.setColor(MapStyle.TEXT);
        g.setFont(MapStyle.font(Font.BOLD, 32f));
        g.drawString("Who controls northern Mali", x, top);
        ControlMapLegend.wrapped(g, "Scenario " + scene.scenario(), MapStyle.font(Font.PLAIN, 19f),
                ChartStyle.SUBTLE_TEXT, x, top + 30, width);
        ControlMapLegend.draw(g, scene, x, top + (timeline ? 170 : 130), 1.0);
        float captionTop = (float) (area.getY() + area.getHeight() - PAD - 3 * 18);
        ControlMapLegend.wrapped(g, scene.caption().text(), MapStyle.font(Font.PLAIN, 14f), ChartStyle.SUBTLE_TEXT,
                x, captionTop, width);
    }

    /** A bar from the first to the last snapshot with the frame's date marked, and the two end dates. */
    private void timeline(Graphics2D g, float x, float y, float width) {
        LocalDate first = scene.maps().first();
        LocalDate last = scene.maps().last();
        long days = Math.max(1, ChronoUnit.DAYS.between(first, last));
        double done = ChronoUnit.DAYS.between(first, frame.date()) / (double) days;
        float barWidth = width - 10;
        g.setColor(new Color(0xE2E2E2));
        g.fill(new Rectangle2D.Double(x, y, barWidth, 10));
        g.setColor(MapStyle.TEXT);
        g.fill(new Rectangle2D.Double(x, y, barWidth * done, 10));
        g.setStroke(new BasicStroke(3f));
        g.draw(new Line2D.Double(x + barWidth * done, y - 6, x + barWidth * done, y + 16));
        g.setFont(MapStyle.font(Font.PLAIN, 15f));
        g.setColor(ChartStyle.SUBTLE_TEXT);
        g.drawString(ControlMapDrawing.DAY.format(first), x, y + 32);
        String end = ControlMapDrawing.DAY.format(last);
        g.drawString(end, x + barWidth - g.getFontMetrics().stringWidth(end), y + 32);
    }
}
