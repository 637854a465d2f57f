package sahelsim.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.PDFHints;
import org.jfree.pdf.Page;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import sahelsim.io.AtomicFiles;

/** Writes a picture as PNG, SVG and/or PDF files, each atomically, all from the same drawing code. */
public final class PictureFiles {

    private PictureFiles() {
    }

    /** Writes {@code dir/name.png} (and .svg, .pdf as asked) and returns the files written. */
    public static List<Path> write(Picture picture, ImageSize size, Path dir, String name, Set<ChartFormat> formats)
            throws IOException {
        List<Path> written = new ArrayList<>();
        for (ChartFormat format : ChartFormat.values()) {
            if (!formats.contains(format)) {
                continue;
            }
            Path file = dir.resolve(name + "." + format.extension());
            switch (format) {
                case PNG -> writePng(picture, size, file);
                case SVG -> AtomicFiles.writeString(file, svg(picture, size));
                case PDF -> {
                    byte[] pdf = pdf(picture, size);
                    AtomicFiles.write(file, out -> out.write(pdf));
                }
            }
            written.add(file);
        }
        return written;
    }

    public static BufferedImage image(Picture picture, ImageSize size) {
        BufferedImage img = new BufferedImage(size.width(), size.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        MapPainter.smooth(g);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, size.width(), size.height());
        picture.draw(g, area(size));
        g.dispose();
        return img;
    }

    public static void writePng(Picture picture, ImageSize size, Path file) throws IOException {
        BufferedImage img = image(picture, size);
        AtomicFiles.write(file, out -> ImageIO.write(img, "png", out));
    }

    public static String svg(Picture picture, ImageSize size) {
        return drawn(picture, size, "sahelsim").getSVGDocument();
    }

    /**
     * The picture as an {@code <svg>} element to put inside an HTML page: sized by its view box, so that it
     * scales to the width the page gives it. {@code idPrefix} must differ between the pictures of one page,
     * whose clip paths and images would otherwise answer to each other's ids.
     */
    public static String svgElement(Picture picture, ImageSize size, String idPrefix) {
        return drawn(picture, size, idPrefix).getSVGElement(null, false,
                new ViewBox(0, 0, size.width(), size.height()), null, null);
    }

    private static SVGGraphics2D drawn(Picture picture, ImageSize size, String idPrefix) {
        SVGGraphics2D g = new SVGGraphics2D(size.width(), size.height());
        // The library's default prefix for element ids comes from the clock; a fixed one keeps the same
        // chart byte-identical from run to run.
        g.setDefsKeyPrefix(idPrefix);
        // Two decimals of a pixel are plenty; the default full precision makes files several times larger.
        g.setGeomDoubleConverter(PictureFiles::twoDecimals);
        g.setTransformDoubleConverter(PictureFiles::twoDecimals);
        MapPainter.smooth(g);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, size.width(), size.height());
        picture.draw(g, area(size));
        return g;
    }

    public static byte[] pdf(Picture picture, ImageSize size) {
        PDFDocument doc = new PDFDocument();
        Page page = doc.createPage(area(size));
        PDFGraphics2D g = page.getGraphics2D();
        MapPainter.smooth(g);
        // Text as outlines of the real glyphs: a PDF's own base-14 fonts lack DejaVu Sans, and the substitute
        // (Courier) breaks every label's width as the chart laid it out.
        g.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, size.width(), size.height());
        picture.draw(g, area(size));
        return doc.getPDFBytes();
    }

    private static String twoDecimals(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    private static Rectangle area(ImageSize size) {
        return new Rectangle(0, 0, size.width(), size.height());
    }
}
