package sahelsim.gui;

import java.awt.Component;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.Container;
import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.KeyListener;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.swing.JLabel;
import javax.swing.JTextField;
import javax.swing.text.JTextComponent;
import sahelsim.load.ScenarioLoader;
import sahelsim.map.Town;
import sahelsim.model.agents.Garrison;
import sahelsim.scenario.Scenario;
import sim.display.Console;

/**
 * Drives the real classroom window in a JVM with a display (the GUI test starts it under Xvfb): opens a
 * scenario, plays it through the window's own buttons with levers pulled on given days, takes screenshots of
 * the screen, and writes what it saw into a folder for the test to check.
 *
 * <p>Arguments: SCENARIO SEED DAYS OUT [levers|plain] [WxH, the window's size, 1920x1080 by default]. In OUT: day0.png, final.png and inspector.png (the screen),
 * digest.txt (the run's record and events), report.txt (key=value lines), and the window's files under gui/;
 * with levers, also digest-restart.txt: the first days of a second run, after Restart, and digest-typed-seed.txt:
 * those of a third, after {@link #TYPED_SEED} was typed into the Console's seed field and Restart pressed.
 */
public final class GuiProbe {

    /** Days simulated after the restart. */
    static final int RESTART_DAYS = 20;
    /** A seed beyond 32 bits, typed into the Console's seed field before a second Restart. */
    static final long TYPED_SEED = 11 + (9L << 32);

    private GuiProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path scenarioFile = Path.of(args[0]);
        long seed = Long.parseLong(args[1]);
        int days = Integer.parseInt(args[2]);
        Path out = Path.of(args[3]);
        boolean levers = args.length < 5 || args[4].equals("levers");
        String[] wh = (args.length < 6 ? "1920x1080" : args[5]).split("x");
        Dimension size = new Dimension(Integer.parseInt(wh[0]), Integer.parseInt(wh[1]));
        try {
            run(scenarioFile, seed, days, out, levers, size);
            System.exit(0);
        } catch (Throwable t) {
            t.printStackTrace();
            System.exit(1);
        }
    }

    private static void run(Path scenarioFile, long seed, int days, Path out, boolean levers, Dimension size)
            throws Exception {
        Files.createDirectories(out);
        Scenario scenario = ScenarioLoader.shipped().load(scenarioFile);
        ClassroomApp app = new ClassroomApp(seed, out.resolve("gui"), Path.of("scenarios"), size, false);
        SahelModelWithUI gui = onEdt(() -> app.open(scenarioFile, scenario));
        Console console = (Console) gui.controller;
        waitFor("the first run to start", () -> gui.run() != null && console.getPlayState() == Console.PS_PAUSED);
        // As fast as the machine goes: the test waits for days, not for a class to watch them.
        onEdt(() -> {
            console.setPlaySleep(0);
            return null;
        });
        settle();
        screenshot(out.resolve("day0.png"));

        List<String> report = new ArrayList<>();
        if (levers) {
            runUntil(gui, console, 8);
            onEdt(() -> {
                gui.window().levers().button(LeverState.Target.FORCE, "minusma").doClick();
                return null;
            });
            runUntil(gui, console, 10);
            onEdt(() -> gui.toggleGif());
            runUntil(gui, console, 20);
            onEdt(() -> {
                gui.window().levers().button(LeverState.Target.WAGNER, "wagner").doClick();
                return null;
            });
            runUntil(gui, console, 30);
            onEdt(() -> {
                gui.window().levers().legitimacySlider().setValue(20);
                return null;
            });
            runUntil(gui, console, 40);
            onEdt(() -> {
                gui.window().levers().button(LeverState.Target.COALITION, "csp-jnim").doClick();
                return null;
            });
            runUntil(gui, console, 50);
            onEdt(() -> gui.toggleGif());
        }
        if (!levers && !gui.lesson().notes().isEmpty()) {
            // The lesson stops the run after its first note's day, and says what happened.
            onEdt(() -> {
                gui.window().controls().play();
                return null;
            });
            waitFor("the lesson's stop", () -> console.getPlayState() == Console.PS_PAUSED
                    && gui.run().daysDone() > 0);
            settle();
            report.add("lessonStoppedAt=" + onEdt(() -> gui.run().daysDone()));
            report.add("lessonShown=" + onEdt(() -> gui.window().lesson().isVisible()));
            report.add("lessonText=" + onEdt(() -> gui.window().lesson().text()));
            screenshot(out.resolve("lesson.png"));
        }
        runUntil(gui, console, days);
        onEdt(() -> {
            gui.snapshot();
            return null;
        });
        settle();
        screenshot(out.resolve("final.png"));
        if (levers) {
            waitFor("the GIF to be written", () -> files(out.resolve("gui"), ".gif").size() == 1);
        }

        clickTheLargestGarrison(gui, console, report, out.resolve("inspector.png"));

        ClassroomRun run = gui.run();
        String digest;
        synchronized (run.model().schedule) {
            digest = RunDigest.of(run.record(), run.observer().log(), days);
            report.add("days=" + run.daysDone());
            report.add("shownDate=" + run.shownDate());
            report.add("seed=" + run.seed());
        }
        Files.writeString(out.resolve("digest.txt"), digest);
        report.add("headlines=" + onEdt(() -> gui.window().ticker().shown().size()));
        Rectangle map = onEdt(() -> {
            Rectangle r = gui.display().insideDisplay.getVisibleRect();
            Point p = gui.display().insideDisplay.getLocationOnScreen();
            return new Rectangle(p.x + r.x, p.y + r.y, r.width, r.height);
        });
        report.add("map=" + map.x + "," + map.y + "," + map.width + "," + map.height);
        report.addAll(onEdt(() -> layout(gui)));
        for (Path p : files(out.resolve("gui"), "")) {
            report.add("file=" + out.relativize(p));
        }
        if (levers) {
            restartAndRun(gui, console, 2, out.resolve("digest-restart.txt"));
            report.addAll(onEdt(() -> before(gui)));
            onEdt(() -> {
                // As typing does: a key marks MASON's field edited, and Enter submits it (handed to the field's key
                // listeners, since a key event sent to a field without the focus goes to the one with it).
                JTextField text = find(console, SeedField.class).getField();
                text.setText(Long.toString(TYPED_SEED));
                for (int key : new int[] {KeyEvent.VK_1, KeyEvent.VK_ENTER}) {
                    KeyEvent press = new KeyEvent(text, KeyEvent.KEY_PRESSED, 0, 0, key, KeyEvent.CHAR_UNDEFINED);
                    for (KeyListener listener : text.getKeyListeners()) {
                        listener.keyPressed(press);
                    }
                }
                return null;
            });
            restartAndRun(gui, console, 3, out.resolve("digest-typed-seed.txt"));
            report.add("typedSeed=" + onEdt(() -> gui.run().seed()));
        }
        Files.write(out.resolve("report.txt"), report);
    }

    /**
     * Clicks, with the mouse, on the largest garrison where the map shows it, and reports what the Console's
     * inspector then says: its town should be there.
     */
    private static void clickTheLargestGarrison(SahelModelWithUI gui, Console console, List<String> report,
                                                Path shot) throws Exception {
        Point target = onEdt(() -> {
            ClassroomRun run = gui.run();
            Garrison largest = run.model().garrisons().stream().max(Comparator.comparingInt(Garrison::troops))
                    .orElseThrow();
            Town town = run.model().town(largest.town()).town();
            report.add("clicked=" + town.name());
            Point2D ref = new MapFrame(run.model().grid(), run.scenario()).painter().toScreen(town.location().lat(),
                    town.location().lon());
            // Where Display2D draws its field: scaled, and centred when the visible area is larger.
            double scale = gui.display().getScale();
            Rectangle visible = gui.display().insideDisplay.getVisibleRect();
            double w = MapFrame.WIDTH * scale;
            double h = MapFrame.HEIGHT * scale;
            Rectangle2D area = new Rectangle2D.Double(visible.width > w ? (int) ((visible.width - w) / 2) : 0,
                    visible.height > h ? (int) ((visible.height - h) / 2) : 0, (int) w, (int) h);
            Point2D inside = MapFrame.toArea(area).transform(ref, null);
            Point origin = gui.display().insideDisplay.getLocationOnScreen();
            return new Point(origin.x + (int) Math.round(inside.getX()), origin.y + (int) Math.round(inside.getY()));
        });
        Robot robot = new Robot();
        robot.mouseMove(target.x, target.y);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        waitFor("an inspector", () -> !console.getAllInspectors().isEmpty());
        settle();
        screenshot(shot);
        report.add("inspectorTab=" + onEdt(() -> console.getTabPane().getTitleAt(
                console.getTabPane().getSelectedIndex())));
        // A unit standing on the town is hit by the same click and gets an inspector of its own beside the
        // garrison's, so every inspector the click opened is reported.
        report.add("inspectorText=" + onEdt(() -> console.getAllInspectors().stream()
                .map(i -> texts((Component) i)).collect(java.util.stream.Collectors.joining(" | "))));
    }

    /**
     * The layout as measured from the components: the window, the map's frame as the display draws it (the
     * frame fits the display's visible area), the height of the capital letters of town names and of the
     * date at that scale, the charts' heights, the news' font, and what each lever says.
     */
    private static List<String> layout(SahelModelWithUI gui) {
        List<String> out = new ArrayList<>();
        ClassroomWindow w = gui.window();
        out.add("window=" + w.getWidth() + "," + w.getHeight());
        Rectangle visible = gui.display().insideDisplay.getVisibleRect();
        double scale = MapFrame.scale(visible.width, visible.height);
        out.add("frameWidth=" + Math.round(MapFrame.WIDTH * scale));
        out.add("maliWidth=" + Math.round(MapFrame.MAP_BOX.width * scale));
        FontRenderContext frc = new FontRenderContext(null, true, true);
        double names = Double.MAX_VALUE;
        for (Town t : gui.run().model().grid().geography().towns()) {
            Font f = TownNames.font(t);
            names = Math.min(names, capHeight(f.deriveFont((float) (f.getSize2D() * scale)), frc));
        }
        out.add("townCapHeight=" + names);
        out.add("dateCapHeight=" + capHeight(sahelsim.chart.MapStyle.font(Font.BOLD,
                (float) (LegendLayer.DATE_SIZE * scale)), frc));
        out.add("controlChartHeight=" + find(w, org.jfree.chart.ChartPanel.class).getHeight());
        out.add("newsCapHeight=" + capHeight(ClassroomLook.font(Font.PLAIN, ClassroomLook.NEWS), frc));
        out.add("consoleVisible=" + ((Console) gui.controller).isVisible());
        for (javax.swing.JButton b : w.levers().buttons()) {
            out.add("lever=" + w.levers().groupTitle(b) + "|" + b.getText());
        }
        for (LeverState.Button b : gui.run().levers().state().buttons()) {
            out.add("leverExplanation=" + b.explanation());
        }
        return out;
    }

    private static double capHeight(Font font, FontRenderContext frc) {
        return font.createGlyphVector(frc, "H").getVisualBounds().getHeight();
    }

    /**
     * After a Restart: the run before's faint lines and their label, and the map flipped to the run before
     * on the date the new run reached, then back.
     */
    private static List<String> before(SahelModelWithUI gui) {
        List<String> out = new ArrayList<>();
        LiveCharts charts = gui.window().charts();
        out.add("ghostLabel=" + charts.ghostLabel());
        out.add("ghostLines=" + charts.controlChart().getXYPlot().getDataset(1).getSeriesCount());
        out.add("ghostKilled=" + charts.deathsChart().getXYPlot().getDataset(1).getItemCount(0));
        out.add("controlLegend=" + String.join(";", LiveCharts.legend(charts.controlChart())));
        javax.swing.JToggleButton flip = gui.window().controls().flipButton();
        out.add("flipEnabled=" + flip.isEnabled());
        flip.doClick();
        MapView shown = gui.shownView();
        out.add("flippedLive=" + shown.live());
        out.add("flippedBanner=" + shown.banner());
        out.add("flippedDays=" + shown.day().daysDone());
        out.add("flippedDate=" + shown.day().date());
        flip.doClick();
        out.add("flippedBackLive=" + gui.shownView().live());
        return out;
    }

    /** Every label's and text field's text in a component tree, joined. */
    private static String texts(Component c) {
        StringBuilder b = new StringBuilder();
        if (c instanceof JLabel l && l.getText() != null) {
            b.append(l.getText()).append(' ');
        }
        if (c instanceof JTextComponent t) {
            b.append(t.getText()).append(' ');
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                b.append(texts(child));
            }
        }
        return b.toString().replace('\n', ' ');
    }

    /** Restarts through the window's button and runs the fresh run's first days, without levers. */
    private static void restartAndRun(SahelModelWithUI gui, Console console, int number, Path digest)
            throws Exception {
        onEdt(() -> {
            gui.window().controls().restart();
            return null;
        });
        waitFor("run " + number, () -> gui.run().number() == number
                && console.getPlayState() == Console.PS_PAUSED);
        runUntil(gui, console, RESTART_DAYS);
        ClassroomRun run = gui.run();
        synchronized (run.model().schedule) {
            Files.writeString(digest, RunDigest.of(run.record(), run.observer().log(), RESTART_DAYS));
        }
    }

    /** Plays through the window's Play button until the run has simulated {@code day} days, then pauses there. */
    private static void runUntil(SahelModelWithUI gui, Console console, int day) throws Exception {
        onEdt(() -> {
            console.setWhenShouldPause(day);
            gui.window().controls().play();
            return null;
        });
        waitFor("day " + day, () -> console.getPlayState() == Console.PS_PAUSED && gui.run().daysDone() == day);
        settle();
    }

    /** The first component of a kind in a component tree. */
    private static <T> T find(Component c, Class<T> kind) {
        if (kind.isInstance(c)) {
            return kind.cast(c);
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                T found = find(child, kind);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void settle() throws Exception {
        Edt.settle();
    }

    private static void screenshot(Path file) throws Exception {
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice()
                .getDefaultConfiguration().getBounds();
        BufferedImage image = new Robot().createScreenCapture(screen);
        ImageIO.write(image, "png", new File(file.toString()));
    }

    private static List<Path> files(Path dir, String suffix) throws Exception {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix) && !p.getFileName().toString()
                    .startsWith(".")).sorted().toList();
        }
    }

    private static void waitFor(String what, Callable<Boolean> condition) throws Exception {
        Edt.waitFor(what, 60, condition);
    }

    private static <T> T onEdt(Callable<T> work) throws Exception {
        return Edt.call(work);
    }
}
