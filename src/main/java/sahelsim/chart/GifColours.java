package sahelsim.chart;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.IndexColorModel;
import java.util.Arrays;

/**
 * Reduces a picture to the 256 colours a GIF frame can hold: the picture's most frequent colours are kept
 * exactly (maps are mostly flat areas of a few colours) and every other colour, mostly the anti-aliased edges
 * of lines and text, becomes the nearest kept one. This is several times faster than the octree the JDK's
 * GIF writer applies to a full-colour image, and keeps the flat colours true.
 */
public final class GifColours {

    private static final int MAX = 256;

    private GifColours() {
    }

    /** The picture in at most 256 colours; it must be of TYPE_INT_RGB, as {@link PictureFiles#image} makes. */
    public static BufferedImage indexed(BufferedImage rgb) {
        if (rgb.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("expected an image of TYPE_INT_RGB");
        }
        int w = rgb.getWidth();
        int h = rgb.getHeight();
        int[] pixels = ((DataBufferInt) rgb.getRaster().getDataBuffer()).getData();
        ColourCounts counts = new ColourCounts();
        for (int p : pixels) {
            counts.add(p & 0xFFFFFF);
        }
        int[] distinct = counts.colours();
        Integer[] order = new Integer[distinct.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // Most frequent first; ties by colour value so that the same picture always gives the same palette.
        Arrays.sort(order, (a, b) -> counts.count(distinct[a]) != counts.count(distinct[b])
                ? Integer.compare(counts.count(distinct[b]), counts.count(distinct[a]))
                : Integer.compare(distinct[a], distinct[b]));
        int n = Math.min(MAX, distinct.length);
        int[] palette = new int[n];
        for (int i = 0; i < n; i++) {
            palette[i] = distinct[order[i]];
        }
        for (int colour : distinct) {
            counts.setIndex(colour, nearest(palette, colour));
        }
        byte[] r = new byte[n];
        byte[] g = new byte[n];
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            r[i] = (byte) (palette[i] >> 16);
            g[i] = (byte) (palette[i] >> 8);
            b[i] = (byte) palette[i];
        }
        int bits = Math.max(1, 32 - Integer.numberOfLeadingZeros(n - 1));
        IndexColorModel model = new IndexColorModel(bits, n, r, g, b);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED, model);
        byte[] data = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < pixels.length; i++) {
            data[i] = (byte) counts.index(pixels[i] & 0xFFFFFF);
        }
        return out;
    }

    /**
     * Pixel counts per colour in an open-addressing table of primitive ints: a picture has over a million
     * pixels but only thousands of colours, and boxing each pixel into a map costs more than the rest.
     */
    private static final class ColourCounts {

        private static final int EMPTY = -1;
        private int[] keys = filled(1 << 14);
        private int[] counts = new int[1 << 14];
        private int[] indexes = new int[1 << 14];
        private int size;

        void add(int colour) {
            int slot = slot(colour);
            if (keys[slot] == EMPTY) {
                keys[slot] = colour;
                size++;
                if (size * 2 > keys.length) {
                    grow();
                    slot = slot(colour);
                }
            }
            counts[slot]++;
        }

        int count(int colour) {
            return counts[slot(colour)];
        }

        void setIndex(int colour, int index) {
            indexes[slot(colour)] = index;
        }

        int index(int colour) {
            return indexes[slot(colour)];
        }

        int[] colours() {
            int[] out = new int[size];
            int n = 0;
            for (int k : keys) {
                if (k != EMPTY) {
                    out[n++] = k;
                }
            }
            return out;
        }

        private int slot(int colour) {
            int mask = keys.length - 1;
            int slot = (colour * 0x9E3779B1) >>> 7 & mask;
            while (keys[slot] != EMPTY && keys[slot] != colour) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        private void grow() {
            int[] oldKeys = keys;
            int[] oldCounts = counts;
            keys = filled(oldKeys.length * 2);
            counts = new int[keys.length];
            indexes = new int[keys.length];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != EMPTY) {
                    int slot = slot(oldKeys[i]);
                    keys[slot] = oldKeys[i];
                    counts[slot] = oldCounts[i];
                }
            }
        }

        private static int[] filled(int n) {
            int[] a = new int[n];
            Arrays.fill(a, EMPTY);
            return a;
        }
    }

    private static int nearest(int[] palette, int colour) {
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < palette.length; i++) {
            int dr = ((palette[i] >> 16) & 0xFF) - ((colour >> 16) & 0xFF);
            int dg = ((palette[i] >> 8) & 0xFF) - ((colour >> 8) & 0xFF);
            int db = (palette[i] & 0xFF) - (colour & 0xFF);
            long d = (long) dr * dr + (long) dg * dg + (long) db * db;
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }
}
