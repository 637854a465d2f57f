package sahelsim.chart;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import sahelsim.RunFixtures;
import sahelsim.runfolder.ControlMaps;
import sahelsim.runfolder.RunFolder;
import sahelsim.load.ScenarioLoader;
import sahelsim.runfolder.TownTable;
import sahelsim.scenario.Scenario;

/**
 * Factions stay distinct on control maps in every strength of control: the colours a cell is inked in, set on
 * the pale ground of the map, differ between any two factions of the historical scenario by a CIE76 colour
 * difference of at least {@link #DISTINCT} (about 2.3 is just noticeable side by side; 10 and more reads as
 * another colour at a glance, Sharma 2003, Digital Color Imaging Handbook, ch. 1). Tints did not: FAMa's blue
 * at a third of its strength came within 8 of Barkhane's sky blue, and Wagner's black within 2 of MINUSMA's grey.
 */
class FactionShadesTest {

    static final double DISTINCT = 15;
    /** The map's ground under the cells: the palest grey the terrain is drawn in. */
    private static final Color GROUND = new Color(0xEDEDED);

    @Test
    void everyShadeOfEveryFactionDiffersFromEveryOtherFactions() {
        Scenario scenario = ScenarioLoader.shipped().load(Path.of("scenarios/historical-2022.yaml"));
        FactionPalette palette = FactionPalette.of(scenario);
        ControlMapScene fixture = ControlMapScene.of(RunFolder.open(RunFixtures.smallRun()));
        ControlMapScene scene = new ControlMapScene(fixture.grid(), palette,
                TownTable.read(RunFixtures.smallRun().resolve("towns.csv")), fixture.maps(), scenario.name(),
                fixture.caption());
        int n = palette.factions().size();
        // One cell per faction and zone, in the first row of the grid.
        byte[] faction = new byte[scene.grid().cellCount()];
        byte[] zone = new byte[scene.grid().cellCount()];
        Arrays.fill(faction, (byte) -1);
        for (int f = 0; f < n; f++) {
            for (int z = 1; z <= 5; z++) {
                faction[f * 5 + z - 1] = (byte) f;
                zone[f * 5 + z - 1] = (byte) z;
            }
        }
        ControlMaps.Frame frame = new ControlMaps.Frame(LocalDate.of(2023, 1, 30), faction, zone);
        List<String> close = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                for (int za = 1; za <= 5; za++) {
                    for (int zb = 1; zb <= 5; zb++) {
                        Color ca = on(scene.cellColour(frame, a * 5 + za - 1));
                        Color cb = on(scene.cellColour(frame, b * 5 + zb - 1));
                        double d = deltaE(ca, cb);
                        if (d < DISTINCT) {
                            close.add(String.format("%s zone %d and %s zone %d: %.1f", palette.get(a).id(), za,
                                    palette.get(b).id(), zb, d));
                        }
                    }
                }
            }
        }
        assertTrue(close.isEmpty(), "shades too close: " + close);
    }

    /** The colour as seen on the map's ground. */
    private static Color on(Color c) {
        double a = c.getAlpha() / 255.0;
        return new Color((int) Math.round(c.getRed() * a + GROUND.getRed() * (1 - a)),
                (int) Math.round(c.getGreen() * a + GROUND.getGreen() * (1 - a)),
                (int) Math.round(c.getBlue() * a + GROUND.getBlue() * (1 - a)));
    }

    /** CIE76: the distance in CIELAB (D65) of two sRGB colours. */
    static double deltaE(Color a, Color b) {
        double[] x = lab(a);
        double[] y = lab(b);
        return Math.sqrt(Math.pow(x[0] - y[0], 2) + Math.pow(x[1] - y[1], 2) + Math.pow(x[2] - y[2], 2));
    }

    private static double[] lab(Color c) {
        double r = linear(c.getRed());
        double g = linear(c.getGreen());
        double b = linear(c.getBlue());
        double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
        double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
        return new double[] {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }
}
