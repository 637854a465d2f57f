package sahelsim.gui;

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
 * Opens classroom windows: a scenario in MASON's Console and the window beside it, paused on the first day so
 * the class sees the map before Play; and the scenario chooser, to start from or to switch scenarios.
 */
public final class ClassroomApp {

    /** MASON's File menu items the window does without (see trimFileMenu). */
    private static final List<String> MASON_ITEMS_DROPPED = List.of("New Simulation...", "Open...", "Save",
            "Save As...");

    private final long seed;
    private final Path outputFolder;
    private final Path scenariosFolder;

    /**
     * @param seed            the first run's seed (the Console can change it)
     * @param outputFolder    where snapshots, GIFs and replay scenarios go
     * @param scenariosFolder the folder the chooser lists
     */
    public ClassroomApp(long seed, Path outputFolder, Path scenariosFolder) {
        this.seed = seed;
        this.outputFolder = outputFolder;
        this.scenariosFolder = scenariosFolder;
    }

    /** Opens a loaded scenario. Swing thread. */
    public SahelModelWithUI open(Path file, Scenario scenario) {
        ClassroomLook.install();
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
        arrange(console, gui.window());
        console.setVisible(true);
        gui.window().setVisible(true);
        console.pressPause();
        return gui;
    }

    /**
     * Shows the chooser; opens the chosen scenario and then closes {@code current} (null at start-up).
     *
     * @return whether a scenario was opened
     */
    public boolean choose(SahelModelWithUI current) {
        ClassroomLook.install();
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
     * saved there would bypass the run's observer and its record of levers; the window's Scenario button
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

    /** The Console down the left side of the screen at MASON's usual width, the window over the rest. */
    private static void arrange(Console console, Window window) {
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        int consoleWidth = Math.min(Console.DEFAULT_WIDTH, screen.width / 5);
        console.setBounds(screen.x, screen.y, consoleWidth, screen.height);
        window.setBounds(screen.x + consoleWidth, screen.y, screen.width - consoleWidth, screen.height);
    }
}
