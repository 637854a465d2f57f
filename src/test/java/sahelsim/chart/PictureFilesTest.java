package sahelsim.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import sahelsim.RunFixtures;
import sahelsim.runfolder.RunFolder;
import sahelsim.observe.Measure;

/** Charts and maps written as PNG, SVG and PDF: the right size, well-formed, and nothing left half-written. */
class PictureFilesTest {

    @TempDir
    Path tmp;

    private static Document parse(Path svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        // JFreeSVG names the SVG 1.0 DTD on the web; well-formedness needs no download of it.
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(svg.toFile());
    }

    @Test
    void aChartIsWrittenInEveryFormat() throws Exception {
        RunCharts charts = new RunCharts(RunFolder.open(RunFixtures.smallRun()));
        List<Path> files = PictureFiles.write(TimeCharts.picture(charts.control(Measure.CONTROL_SHARE_POPULATION)),
                new ImageSize(800, 450), tmp, "control", EnumSet.allOf(ChartFormat.class));
        assertEquals(List.of(tmp.resolve("control.png"), tmp.resolve("control.svg"), tmp.resolve("control.pdf")), files);
        BufferedImage png = ImageIO.read(files.get(0).toFile());
        assertEquals(800, png.getWidth());
        assertEquals(450, png.getHeight());
        Document svg = parse(files.get(1));
        assertEquals("svg", svg.getDocumentElement().getLocalName());
        assertEquals("800", svg.getDocumentElement().getAttribute("width"));
        String text = Files.readString(files.get(1));
        assertTrue(text.contains("Who controls the population"), "titles are text in the SVG");
        assertTrue(text.contains("JNIM (al-Qaeda)"));
        byte[] pdf = Files.readAllBytes(files.get(2));
        String head = new String(pdf, 0, 8, StandardCharsets.US_ASCII);
        String tail = new String(pdf, pdf.length - 8, 8, StandardCharsets.US_ASCII);
        assertTrue(head.startsWith("%PDF-"), head);
        assertTrue(tail.contains("%%EOF"), tail);
        try (var left = Files.list(tmp)) {
            assertEquals(3, left.count(), "no temporary files are left behind");
        }
    }

    @Test
    void mapsAndPanelsAreWellFormedSvg() throws Exception {
        ControlMapScene scene = ControlMapScene.of(RunFolder.open(RunFixtures.smallRun()));
        PictureFiles.write(new ControlMapPicture(scene, scene.maps().frames().get(0), false).fitted(), ImageSize.SLIDE,
                tmp, "map", EnumSet.of(ChartFormat.SVG));
        PictureFiles.write(new ControlMapPanel(scene, scene.maps().frames()).fitted(), ImageSize.SLIDE, tmp, "panel",
                EnumSet.of(ChartFormat.SVG));
        for (String name : List.of("map.svg", "panel.svg")) {
            Document svg = parse(tmp.resolve(name));
            assertEquals("svg", svg.getDocumentElement().getLocalName());
            assertTrue(svg.getElementsByTagName("image").getLength() > 0, "the cells are an embedded image");
        }
        assertTrue(Files.readString(tmp.resolve("panel.svg")).contains("Who controls northern Mali"));
    }

    @Test
    void picturesKeepTheirLayoutAtAnySize() {
        RunCharts charts = new RunCharts(RunFolder.open(RunFixtures.smallRun()));
        Picture p = TimeCharts.picture(charts.fatalities());
        BufferedImage small = PictureFiles.image(p, new ImageSize(400, 225));
        BufferedImage large = PictureFiles.image(p, new ImageSize(3200, 1800));
        // The title's first dark pixels sit at the same place relative to the picture's size.
        assertEquals(firstDarkRow(small) / 225.0, firstDarkRow(large) / 1800.0, 0.02);
    }

    private static int firstDarkRow(BufferedImage img) {
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth() / 3; x++) {
                if ((img.getRGB(x, y) & 0xFF) < 100) {
                    return y;
                }
            }
        }
        return -1;
    }

    @Test
    void formatsAreParsed() {
        assertEquals(ChartFormat.PDF, ChartFormat.parse(" PDF"));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ChartFormat.parse("jpg"));
        assertTrue(e.getMessage().contains("'jpg'"));
    }
}
