package sahelsim.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import sahelsim.map.Terrain;

/** Colours, strokes and fonts of the map, shared by the map picture, control maps and the window. */
public final class MapStyle {

    public static final Color OUTSIDE = new Color(0xE6E9ED);
    public static final Color BORDER = new Color(0x3A3A3A);
    public static final Color RIVER = new Color(0x2F6DB5);
    public static final Color ROAD = new Color(0x8C2D19);
    public static final Color TRACK = new Color(0x8C2D19);
    public static final Color TEXT = new Color(0x1E1E1E);
    public static final Color HALO = new Color(255, 255, 255, 220);
    public static final Color NEIGHBOUR_TEXT = new Color(0x7A8088);

    public static final Stroke BORDER_STROKE = new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    public static final Stroke RIVER_STROKE = new BasicStroke(3.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    public static final Stroke ROAD_STROKE = new BasicStroke(2.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    public static final Stroke TRACK_STROKE = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
            1f, new float[] {7f, 5f}, 0f);

    public static final String FONT = "DejaVu Sans";

    private MapStyle() {
    }

    public static Color terrain(Terrain terrain) {
        return switch (terrain) {
            case DESERT -> new Color(0xF1E4C3);
            case SAHEL -> new Color(0xDCD3A2);
            case RIVER_VALLEY -> new Color(0xA9CC8E);
            case INNER_DELTA -> new Color(0x8FC3B0);
            case MOUNTAINS -> new Color(0xBFA282);
        };
    }

    public static Font font(int style, float size) {
        return new Font(FONT, style, 1).deriveFont(size);
    }
}
