package sahelsim.gui;

import java.awt.Graphics2D;

/** Terrain under everything, and the neighbouring countries' names. */
final class TerrainLayer implements MapLayer {

    private final MapFrame frame;

    TerrainLayer(MapFrame frame) {
        this.frame = frame;
    }

    @Override
    public String name() {
        return "Terrain";
    }

    @Override
    public void paint(Graphics2D g, ClassroomRun run) {
        frame.painter().paintTerrain(g);
        frame.painter().paintNeighbours(g);
    }
}
