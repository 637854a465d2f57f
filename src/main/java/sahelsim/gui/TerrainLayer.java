package sahelsim.gui;

import java.awt.Graphics2D;

/** Terrain under everything, and the neighbouring countries' names. */
final class TerrainLayer implements MapLayer {

    private final PictureCache picture;

    TerrainLayer(MapFrame frame) {
        this.picture = new PictureCache(g -> {
            frame.painter().paintTerrain(g);
            frame.painter().paintNeighbours(g);
        }, true);
    }

    @Override
    public String name() {
        return "Terrain";
    }

    @Override
    public void paint(Graphics2D g, MapView view) {
        picture.paint(g);
    }
}
