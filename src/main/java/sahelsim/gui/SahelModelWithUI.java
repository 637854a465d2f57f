package sahelsim.gui;

import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import javax.swing.SwingUtilities;
import sahelsim.map.Grid;
import sahelsim.model.SahelModel;
import sahelsim.scenario.Scenario;
import sahelsim.scenario.TimelineEvent;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;

/**
 * The classroom window on a scenario, for MASON's Console. Every start (Play after a stop, or Restart) builds a
 * fresh model with its observer exactly as a headless run does, with the seed shown in the Console; the window
 * only reads the model, between days, and changes it only through levers that become dated timeline events.
 * It never draws from the model's random generator, so a run in the window gives the results of the same run
 * headless.
 */
public final class SahelModelWithUI extends GUIState {

    /** A GIF gets a frame every week of simulated time. */
    static final int GIF_EVERY_DAYS = 7;
    /** Snapshots are wide enough for a slide. */
    static final int SNAPSHOT_WIDTH = 1800;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final Scenario scenario;
    private final Path scenarioFile;
    private final Grid grid;
    private final ClassroomFiles files;
    private final Runnable chooseScenario;
    private final MapScene scene;
    private final GifRecorder gif = new GifRecorder(GIF_EVERY_DAYS);
    private volatile ClassroomRun run;
    private int runs;
    private Path replayFile;
    private Display2D display;
    private ClassroomWindow window;
    private EdtQueue<DayReport> reports;

    /**
     * @param scenarioFile   the file the scenario was loaded from (replay scenarios extend it)
     * @param chooseScenario opens the scenario chooser (the window's Scenario button)
     */
    public SahelModelWithUI(Scenario scenario, Path scenarioFile, Grid grid, long seed, Path outputFolder,
                            Runnable chooseScenario) {
        super(new SahelModel(scenario, grid, seed));
        this.scenario = scenario;
        this.scenarioFile = scenarioFile;
        this.grid = grid;
        this.files = new ClassroomFiles(outputFolder);
        this.chooseScenario = chooseScenario;
        this.scene = new MapScene(grid, scenario);
    }

    /** The Console's title (MASON reads it by reflection). */
    public static String getName() {
        return "sahelsim";
    }

    @Override
    public void init(Controller controller) {
        super.init(controller);
        Console console = (Console) controller;
        display = MapDisplay.create(this, scene, () -> run);
        RunControls controls = new RunControls(console, new RunControls.Actions() {
            @Override
            public void chooseScenario() {
                chooseScenario.run();
            }

            @Override
            public void snapshot() {
                SahelModelWithUI.this.snapshot();
            }

            @Override
            public boolean toggleGif() {
                return SahelModelWithUI.this.toggleGif();
            }
        });
        window = new ClassroomWindow("sahelsim \u2014 " + scenario.name(), controls, display,
                new LeverPanel(this::pull));
        window.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                console.doClose();
            }
        });
        reports = new EdtQueue<>(window::show);
        controller.registerFrame(window);
        window.status("Scenario " + scenario.name() + ". Press Play. Click a garrison or a band to inspect it; "
                + "snapshots, GIFs and replays go to " + files.folder() + ".");
    }

    @Override
    public void start() {
        finishGif();
        // An observer records one run: each start gets a fresh model, seeded with the Console's seed.
        run = new ClassroomRun(++runs, scenario, grid, state.seed());
        replayFile = null;
        state = run.model();
        super.start();
        ClassroomRun current = run;
        DayReporter reporter = new DayReporter(current);
        scheduleRepeatingImmediatelyAfter(s -> afterDay(current, reporter));
        display.reset();
        display.repaint();
        window.newRun(current);
    }

    /** In the model's thread after each step, while it holds the schedule. */
    private void afterDay(ClassroomRun current, DayReporter reporter) {
        DayReport report = reporter.next();
        if (report != null) {
            gif.afterDay(current, scene);
            reports.offer(report);
        }
        if (current.over()) {
            SwingUtilities.invokeLater(this::finishGif);
        }
    }

    @Override
    public void quit() {
        super.quit();
        finishGif();
        gif.close();
        if (display != null) {
            display.quit();
        }
        if (window != null) {
            window.dispose();
        }
    }

    /** The current run; null before the first start. */
    ClassroomRun run() {
        return run;
    }

    ClassroomWindow window() {
        return window;
    }

    Display2D display() {
        return display;
    }

    /** Pulls a lever on the current run and rewrites the run's replay scenario. Swing thread. */
    void pull(Function<Levers, TimelineEvent> lever) {
        ClassroomRun current = run;
        if (current == null) {
            return;
        }
        try {
            TimelineEvent e = lever.apply(current.levers());
            if (replayFile == null) {
                replayFile = files.unused(ClassroomFiles.stem(current) + "-levers", "yaml");
            }
            ReplayScenario.write(scenarioFile, replayFile, scenario, current.seed(), current.levers().pulled());
            window.status("Lever pulled: " + e.action().fileName() + " on " + DAY.format(e.date())
                    + ". Replay the run with: ./sahelsim run " + replayFile + " --seed " + current.seed());
        } catch (IOException e) {
            window.status("The lever was pulled, but the replay file could not be written: " + e.getMessage());
        } catch (IllegalStateException | IllegalArgumentException e) {
            window.status(e.getMessage());
        }
        window.levers().show(current.levers().state());
    }

    /** Saves the map as it is now as a PNG. Swing thread. */
    void snapshot() {
        ClassroomRun current = run;
        if (current == null) {
            return;
        }
        try {
            BufferedImage image;
            LocalDate date;
            synchronized (current.model().schedule) {
                image = scene.render(current, SNAPSHOT_WIDTH);
                date = current.shownDate();
            }
            Path saved = files.writePng(image, ClassroomFiles.stem(current) + "-" + date);
            window.status("Snapshot saved: " + saved);
        } catch (IOException e) {
            window.status("The snapshot could not be saved: " + e.getMessage());
        }
    }

    /** Starts or stops recording a GIF; says whether it records now. Swing thread. */
    boolean toggleGif() {
        ClassroomRun current = run;
        if (gif.recording()) {
            finishGif();
            return false;
        }
        if (current == null || current.over()) {
            window.status("Nothing to record: the run is over. Press Restart first.");
            return false;
        }
        try {
            Path target = files.unused(ClassroomFiles.stem(current) + "-from-" + current.shownDate(), "gif");
            Files.createDirectories(files.folder());
            gif.start(target, current, scene);
            window.status("Recording a GIF (a frame every " + GIF_EVERY_DAYS + " days) into " + target
                    + ". Press the button again to stop.");
            return true;
        } catch (IOException e) {
            window.status("Cannot record a GIF: " + e.getMessage());
            return false;
        }
    }

    /** Finishes the GIF being recorded, if one is. Swing thread. */
    private void finishGif() {
        if (!gif.recording()) {
            return;
        }
        window.controls().showRecording(false);
        window.status("Finishing the GIF\u2026");
        gif.stop().whenComplete((path, error) -> SwingUtilities.invokeLater(() -> window.status(error == null
                ? "GIF saved: " + path : "The GIF could not be saved: " + cause(error).getMessage())));
    }

    private static Throwable cause(Throwable t) {
        Throwable c = t;
        while ((c instanceof UncheckedIOException || c instanceof CompletionException)
                && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }
}
