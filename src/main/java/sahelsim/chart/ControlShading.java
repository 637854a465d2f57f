package sahelsim.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import sahelsim.map.Grid;
import sahelsim.map.Terrain;

/**
 * How control maps shade a cell, so that a reader can tell who holds it and how firmly without mistaking one
 * faction for another. Terrain under the map is in pale greys, never a hue a faction could have. Every cell is
 * inked in its faction's own colour, never a tint of it: firm control solid, dominant control in broad
 * diagonal bands, contested cells in thin stripes, so that weaker control looks lighter from afar and shows
 * its true colour up close. Tints of the Okabe-Ito colours run together as they pale (FAMa's blue toward
 * Barkhane's sky blue, Wagner's black toward MINUSMA's grey: ControlShadingTest measures it), stripes do not.
 */
public final class ControlShading {

    /** How firmly a faction holds a cell, from its Kalyvas zone (1-5; 0: nobody). */
    public enum Strength {
        /** Zone 3: neither side dominates; the colour is the stronger one's. */
        CONTESTED("contested", "neither side dominates; thin stripes, the stronger's colour", 2),
        /** Zone 2 or 4: one side dominates, the other is present. */
        DOMINANT("dominant", "one side dominates, the other is still present", 5),
        /** Zone 1 or 5: one side alone. */
        FIRM("firm", "one side holds the cell alone", STRIPE_PERIOD);

        private final String word;
        private final String meaning;
        private final int ink;

        Strength(String word, String meaning, int ink) {
            this.word = word;
            this.meaning = meaning;
            this.ink = ink;
        }

        /** Pixels of colour in every {@link #STRIPE_PERIOD} along a diagonal. */
        int ink() {
            return ink;
        }

        /** The plain word for it: contested, dominant, firm. */
        public String word() {
            return word;
        }

        /** What it means, in a line. */
        public String meaning() {
            return meaning;
        }

        /** Null for zone 0 (nobody). */
        public static Strength of(int zone) {
            if (zone <= 0) {
                return null;
            }
            return switch (Math.abs(zone - 3)) {
                case 0 -> CONTESTED;
                case 1 -> DOMINANT;
                default -> FIRM;
            };
        }

        /** The Kalyvas zones of this strength, for files that name them: "3", "2,4", "1,5". */
        public String zones() {
            return switch (this) {
                case CONTESTED -> "3";
                case DOMINANT -> "2,4";
                case FIRM -> "1,5";
            };
        }
    }

    /** The stripes' period in pixels, along a diagonal. */
    static final int STRIPE_PERIOD = 7;

    /** Nobody's land in grey, lighter or darker by terrain so that the land still reads. */
    public static Color terrain(Terrain terrain) {
        Color c = MapStyle.terrain(terrain);
        double luminance = 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
        int grey = (int) Math.round(luminance * 0.35 + 255 * 0.65);
        return new Color(grey, grey, grey);
    }

    /** The ink a faction's cells are drawn in at a strength: its own colour, whatever the strength. */
    public static Color fill(Color faction, Strength strength) {
        return new Color(faction.getRGB() | 0xFF000000, true);
    }

    /** Whether pixel (px, py) of a cell of this strength is inked. */
    static boolean inked(Strength strength, int px, int py) {
        return (px + py) % STRIPE_PERIOD < strength.ink();
    }

    /** The colour of a cell: faction index in the palette (-1: nobody) and Kalyvas zone. */
    public interface CellControl {
        int faction(int cell);

        int zone(int cell);
    }

    /**
     * Paints the control layer into the map's area, one image pixel per unit of the drawing's space, so that
     * stripes stay fine at any cell size.
     */
    static void paint(Graphics2D g, MapPainter map, Grid grid, FactionPalette palette, CellControl control) {
        Rectangle area = map.mapArea();
        if (area.width <= 0 || area.height <= 0) {
            return;
        }
        BufferedImage img = new BufferedImage(area.width, area.height, BufferedImage.TYPE_INT_ARGB);
        int[] colourOf = new int[grid.cellCount()];
        Strength[] strength = new Strength[grid.cellCount()];
        for (int c = 0; c < grid.cellCount(); c++) {
            int f = control.faction(c);
            Strength s = f < 0 ? null : Strength.of(control.zone(c));
            if (s != null) {
                colourOf[c] = fill(palette.get(f).colour(), s).getRGB();
                strength[c] = s;
            }
        }
        for (int py = 0; py < area.height; py++) {
            int y = Math.min(grid.height() - 1, (int) ((py + 0.5) * grid.height() / area.height));
            for (int px = 0; px < area.width; px++) {
                int x = Math.min(grid.width() - 1, (int) ((px + 0.5) * grid.width() / area.width));
                int c = grid.index(x, y);
                if (strength[c] != null && inked(strength[c], px, py)) {
                    img.setRGB(px, py, colourOf[c]);
                }
            }
        }
        Object old = g.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g.drawImage(img, area.x, area.y, area.width, area.height, null);
        if (old != null) {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, old);
        }
    }

    private ControlShading() {
    }
}
