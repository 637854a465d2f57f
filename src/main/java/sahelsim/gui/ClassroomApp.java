package sahelsim.gui;

import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Window;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import sahelsim.load.ShippedGeography;
import sahelsim.scenario.Scenario;
import sim.display.Console;

/**
 * Opens classroom windows: a scenario in its window, over the whole screen (or the size asked for), paused on
 * the first day so the class sees the map before Play; MASON's Console drives the run unseen until the View menu
 * shows it. And the scenario chooser, to start from or to switch scenarios.
 */
public final class ClassroomApp {

    /** MASON's File menu items the window does without (see trimFileMenu). */
    private static final List<String> MASON_ITEMS_DROPPED = List.of("New Simulation...", "Open...", "Save",
            "Save As...");

    private final long seed;
    private final Path outputFolder;
    private final Path scenariosFolder;
    private final Dimension size;
    private final boolean fullScreen;

    /**
     * @param seed            the first run's seed (the Console can change it)
     * @param outputFolder    where snapshots, GIFs and replay scenarios go
     * @param scenariosFolder the folder the chooser lists
     * @param size            the window's size, or null for the whole screen
     * @param fullScreen      the window takes the screen without a title bar (F11 toggles it)
     */
    public ClassroomApp(long seed, Path outputFolder, Path scenariosFolder, Dimension size, boolean fullScreen) {
        this.seed = seed;
        this.outputFolder = outputFolder;
        this.scenariosFolder = scenariosFolder;
        this.size = size;
        this.fullScreen = fullScreen;
    }

    private Rectangle bounds() {
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        return size == null ? screen : new Rectangle(screen.x, screen.y, size.width, size.height);
    }

    /** Opens a loaded scenario. Swing thread. */
    public SahelModelWithUI open(Path file, Scenario scenario) {
        Rectangle bounds = bounds();
        ClassroomLook.install(bounds.width);
        SahelModelWithUI[] self = new SahelModelWithUI[1];
        SahelModelWithUI gui = new SahelModelWithUI(scenario, file, ShippedGeography.grid(scenario.resolution()),
                seed, outputFolder, () -> choose(self[0]));
        self[0] = gui;
        Console console = new Console(gui);
        console.setTitle("sahelsim \u2014 " + scenario.name());
        trimFileMenu(console);
        SeedField.install(console);
        // Restart replays the same seed, so that a run with a lever can be set against the run without it; the
        // Console's seed field (or its Increment Seed on Stop box) gives another replicate.
        console.setIncrementSeedOnStop(false);
        AboutTab.show(console, scenario, seed);
        gui.window().setBounds(bounds);
        gui.window().setVisible(true);
        if (fullScreen) {
            GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice()
                    .setFullScreenWindow(gui.window());
            gui.window().menus().showFullScreen(true);
        }
        console.pressPause();
        return gui;
    }

    /**
     * Shows the chooser; opens the chosen scenario and then closes {@code current} (null at start-up).
     *
     * @return whether a scenario was opened
     */
    public boolean choose(SahelModelWithUI current) {
        ClassroomLook.install(bounds().width);
        Window owner = current == null ? null : current.window();
        Optional<ScenarioCatalog.Entry> picked = ScenarioChooser.choose(owner, ScenarioCatalog.list(scenariosFolder),
                scenariosFolder.toString());
        if (picked.isEmpty()) {
            return false;
        }
        open(picked.get().file(), picked.get().scenario());
        if (current != null) {
            ((Console) current.controller).doClose();
        }
        return true;
    }

    /**
     * Leaves Quit and About in the Console's File menu. A new simulation by class name or a checkpoint opened or
     * saved there would bypass the run's observer and its record of levers; the window's Run menu
     * switches scenarios instead.
     */
    private static void trimFileMenu(Console console) {
        console.setNewMenuAllowed(false);
        JMenu file = console.getJMenuBar().getMenu(0);
        for (int i = file.getItemCount() - 1; i >= 0; i--) {
            JMenuItem item = file.getItem(i);
            if (item != null && MASON_ITEMS_DROPPED.contains(item.getText())) {
                file.remove(i);
            }
        }
    }
}
