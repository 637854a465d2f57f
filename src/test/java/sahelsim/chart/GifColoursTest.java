package sahelsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import org.junit.jupiter.api.Test;

class GifColoursTest {

    @Test
    void aPictureOfFewColoursKeepsThemExactly() {
        BufferedImage img = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 40; x++) {
                img.setRGB(x, y, x < 20 ? 0x0072B2 : y < 10 ? 0xD55E00 : 0xFFFFFF);
            }
        }
        BufferedImage indexed = GifColours.indexed(img);
        assertEquals(BufferedImage.TYPE_BYTE_INDEXED, indexed.getType());
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 40; x++) {
                assertEquals(img.getRGB(x, y), indexed.getRGB(x, y));
            }
        }
    }

    @Test
    void rareColoursBecomeTheNearestFrequentOne() {
        BufferedImage img = new BufferedImage(300, 300, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < 300 * 300; i++) {
            // 255 greys fill whole rows; 256 other colours share the remaining rows, each far less often.
            int colour = i < 255 * 300 ? (i / 300) * 0x010101 : 0x010000 * ((i - 255 * 300) % 256) + 0x80;
            img.setRGB(i % 300, i / 300, colour);
        }
        img.setRGB(0, 299, 0x050505 + 1);
        BufferedImage indexed = GifColours.indexed(img);
        assertEquals(256, ((IndexColorModel) indexed.getColorModel()).getMapSize());
        assertEquals(0x070707, indexed.getRGB(0, 7) & 0xFFFFFF, "a frequent colour stays");
        assertEquals(0x050505, indexed.getRGB(0, 299) & 0xFFFFFF, "a single pixel takes the nearest kept colour");
    }
}
