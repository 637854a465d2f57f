package sahelsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import sahelsim.map.Grid;
import sahelsim.map.Town;
import sahelsim.model.TownState;
import sahelsim.model.agents.ArmedUnit;
import sahelsim.model.agents.Garrison;
import sahelsim.model.mechanics.ControlMap;
import sahelsim.scenario.Scenario;

/** The map's layers draw the run's state where it is, headless, as snapshots and GIF frames do. */
class MapSceneTest {

    private static Scenario scenario;
    private static Grid grid;
    private static ClassroomRun run;

    @BeforeAll
    static void runThirtyDays() {
        scenario = GuiTestScenarios.load(GuiTestScenarios.SHORT);
        grid = GuiTestScenarios.grid(scenario);
        run = new ClassroomRun(1, scenario, grid, 3);
        run.model().start();
        for (int d = 0; d < 30; d++) {
            run.model().schedule.step(run.model());
        }
    }

    /** One layer alone on white, at the frame's reference size (one image pixel per reference pixel). */
    private static BufferedImage paint(MapLayer layer) {
        BufferedImage image = new BufferedImage(MapFrame.WIDTH, MapFrame.HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, MapFrame.WIDTH, MapFrame.HEIGHT);
        layer.paint(g, live());
        g.dispose();
        return image;
    }

    /** The run's map as it stands now. */
    private static MapView live() {
        return new MapView(MapDay.of(run), run.palette(), null);
    }

    @Test
    void theControlLayerTintsACellWithItsDominantFactionsColourByZone() {
        MapFrame frame = new MapFrame(grid, scenario);
        BufferedImage image = paint(new ControlLayer(frame));
        ControlMap control = run.model().control();
        int checked = 0;
        for (int i = 0; i < grid.landCellCount() && checked < 50; i += 97) {
            int cell = grid.landCell(i);
            Point2D p = frame.painter().toScreen(grid.lat(cell), grid.lon(cell));
            Color tint = run.palette().cellColour(control.dominant(i), control.zone(i));
            Color expected = tint == null ? Color.WHITE : overWhite(tint);
            Color actual = new Color(image.getRGB((int) p.getX(), (int) p.getY()));
            assertTrue(close(expected, actual), "cell " + cell + ": expected " + expected + ", got " + actual);
            checked++;
        }
        assertTrue(checked > 20);
    }

    @Test
    void aClickOnAGarrisonOrABandPicksItForTheInspector() {
        MapFrame frame = new MapFrame(grid, scenario);
        ForcesLayer forces = new ForcesLayer(frame);
        Garrison garrison = run.model().garrisons().stream().filter(g -> g.troops() > 500).findFirst().orElseThrow();
        Town town = run.model().town(garrison.town()).town();
        Point2D at = frame.painter().toScreen(town.location().lat(), town.location().lon());
        MapDay day = MapDay.of(run);
        List<Inspectable> picked = forces.pick(run, day, at.getX(), at.getY(), 1);
        assertTrue(picked.stream().anyMatch(o -> o instanceof GarrisonInfo gi && gi.garrison() == garrison),
                "the garrison at " + town.name() + " was not picked: " + picked);
        GarrisonInfo info = (GarrisonInfo) picked.stream().filter(o -> o instanceof GarrisonInfo gi
                && gi.garrison() == garrison).findFirst().orElseThrow();
        List<String> lines = info.properties().text();
        assertTrue(lines.contains("Posted in: " + town.name()), lines.toString());
        assertTrue(lines.contains("Troops in the garrison: " + garrison.troops()), lines.toString());
        assertTrue(info.place().startsWith(town.name() + " ("), info.place());

        ArmedUnit unit = run.model().units().get(0);
        Point2D u = frame.painter().toScreen(grid.lat(unit.cell()), grid.lon(unit.cell()));
        List<Inspectable> units = forces.pick(run, day, u.getX(), u.getY(), 1);
        assertTrue(units.stream().anyMatch(o -> o instanceof UnitInfo ui && ui.unit() == unit));

        assertTrue(forces.pick(run, day, 5, 5, 1).isEmpty(), "nothing stands in the map's corner");
    }

    @Test
    void aBlockadedTownGetsARedRingAndAHeldTownItsHoldersColour() {
        MapFrame frame = new MapFrame(grid, scenario);
        TownState held = run.model().towns().stream().filter(t -> t.holder() >= 0 && !t.blockaded()).findFirst()
                .orElseThrow();
        Point2D centre = frame.painter().toScreen(held.town().location().lat(), held.town().location().lon());
        BufferedImage image = paint(new TownsLayer(frame));
        assertTrue(close(run.palette().colour(held.holder()),
                new Color(image.getRGB((int) centre.getX(), (int) centre.getY()))),
                "the town is not in its holder's colour");
        assertFalse(hasRed(image, centre, held.town()), "a town not under blockade has a red ring");

        held.startBlockade(0, run.model().day());
        try {
            assertTrue(hasRed(paint(new TownsLayer(frame)), centre, held.town()), "no red ring on a blockade");
        } finally {
            held.endBlockade();
        }
    }

    @Test
    void theSnapshotShowsTheDateOfTheLastSimulatedDay() {
        MapScene scene = new MapScene(grid, scenario);
        BufferedImage day30 = scene.render(live(), MapFrame.WIDTH);
        assertEquals(MapFrame.WIDTH, day30.getWidth());
        assertEquals(MapFrame.HEIGHT, day30.getHeight());
        assertEquals(java.time.LocalDate.of(2022, 1, 30), run.shownDate());
        BufferedImage before = scene.render(null, MapFrame.WIDTH);
        int differing = 0;
        for (int y = 14; y < 80; y++) {
            for (int x = MapFrame.LEGEND_BOX.x; x < MapFrame.WIDTH; x++) {
                differing += day30.getRGB(x, y) != before.getRGB(x, y) ? 1 : 0;
            }
        }
        assertTrue(differing > 100, "the date in the corner is the same before and after 30 days");
    }

    private static boolean hasRed(BufferedImage image, Point2D centre, Town town) {
        double r = new MapFrame(grid, scenario).painter().radius(town) + 5;
        for (int a = 0; a < 360; a += 5) {
            int x = (int) Math.round(centre.getX() + r * Math.cos(Math.toRadians(a)));
            int y = (int) Math.round(centre.getY() + r * Math.sin(Math.toRadians(a)));
            if (close(TownsLayer.BLOCKADE, new Color(image.getRGB(x, y)))) {
                return true;
            }
        }
        return false;
    }

    private static Color overWhite(Color c) {
        double a = c.getAlpha() / 255.0;
        return new Color((int) Math.round(c.getRed() * a + 255 * (1 - a)), (int) Math.round(c.getGreen() * a
                + 255 * (1 - a)), (int) Math.round(c.getBlue() * a + 255 * (1 - a)));
    }

    private static boolean close(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) <= 3 && Math.abs(a.getGreen() - b.getGreen()) <= 3
                && Math.abs(a.getBlue() - b.getBlue()) <= 3;
    }
}
