package sahelsim.gui;

import java.awt.Graphics2D;

/** Roads, tracks, the Niger and the border, drawn over the control tint so that they stay visible. */
final class LinesLayer implements MapLayer {

    private final PictureCache picture;

    LinesLayer(MapFrame frame) {
        this.picture = new PictureCache(g -> {
            frame.painter().paintRoads(g);
            frame.painter().paintRiver(g);
            frame.painter().paintBorder(g);
        }, false);
    }

    @Override
    public String name() {
        return "Roads, river and border";
    }

    @Override
    public void paint(Graphics2D g, MapView view) {
        picture.paint(g);
    }
}
