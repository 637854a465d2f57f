package sahelsim.gui;

import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.swing.SwingUtilities;
import sahelsim.map.Grid;
import sahelsim.model.SahelModel;
import sahelsim.scenario.Scenario;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;

/**
 * The classroom window on a scenario, for MASON's Console. Every start (Play after a stop, or Restart) builds a
 * fresh model with its observer exactly as a headless run does, with the seed shown in the Console; the window
 * only reads the model, between days, and changes it only through levers that become dated timeline events.
 * It never draws from the model's random generator, so a run in the window gives the results of the same run
 * headless. The run before a Restart is kept, for its faint lines on the charts and for the map to flip to.
 */
public final class SahelModelWithUI extends GUIState {

    /** A GIF gets a frame every week of simulated time. */
    static final int GIF_EVERY_DAYS = 7;
    /** Snapshots are wide enough for a slide. */
    static final int SNAPSHOT_WIDTH = 1800;

    private final Scenario scenario;
    private final Optional<LeverCoalition.Declared> coalitionLever;
    private final Path scenarioFile;
    private final Grid grid;
    private final ClassroomFiles files;
    private final Runnable chooseScenario;
    private final MapScene scene;
    private final Lesson lesson;
    private final GifRecorder gif;
    private volatile ClassroomRun run;
    private volatile MapDay liveDay;
    private volatile RunHistory history;
    private volatile RunHistory before;
    private volatile boolean showBefore;
    private volatile boolean stopAtNotes;
    private String beforeLabel;
    /** The levers of the run before, in a few words ("no lever"). */
    private String beforeLevers;
    /** The day the lesson last asked the Console to stop at. */
    private long armedStop = Long.MAX_VALUE;
    private int runs;
    private Path replayFile;
    private Console console;
    private Display2D display;
    private ClassroomWindow window;
    private EdtQueue<DayReport> reports;

    /**
     * @param scenarioFile   the file the scenario was loaded from (replay scenarios extend it)
     * @param chooseScenario opens the scenario chooser (the Run menu's Another scenario)
     */
    public SahelModelWithUI(Scenario scenario, Path scenarioFile, Grid grid, long seed, Path outputFolder,
                            Runnable chooseScenario) {
        this(LeverCoalition.withLever(scenario), LeverCoalition.declaration(scenario), scenarioFile, grid, seed,
                outputFolder, chooseScenario);
    }

    private SahelModelWithUI(Scenario scenario, Optional<LeverCoalition.Declared> coalitionLever, Path scenarioFile, Grid grid,
                             long seed, Path outputFolder, Runnable chooseScenario) {
        super(new SahelModel(scenario, grid, seed));
        this.scenario = scenario;
        this.coalitionLever = coalitionLever;
        this.scenarioFile = scenarioFile;
        this.grid = grid;
        this.files = new ClassroomFiles(outputFolder);
        this.chooseScenario = chooseScenario;
        this.scene = new MapScene(grid, scenario);
        this.gif = new GifRecorder(GIF_EVERY_DAYS, scene);
        this.lesson = Lesson.of(scenario);
        this.stopAtNotes = lesson.pauseAtNotes();
    }

    /** The Console's title (MASON reads it by reflection). */
    public static String getName() {
        return "sahelsim";
    }

    @Override
    public void init(Controller controller) {
        super.init(controller);
        console = (Console) controller;
        display = MapDisplay.create(this, scene, this::shownView, () -> run, this::inspected);
        ClassroomMenus menus = new ClassroomMenus(new Menus(), !lesson.isEmpty(), stopAtNotes);
        RunControls controls = new RunControls(console, this::flip, this::armLessonStop);
        window = new ClassroomWindow("sahelsim \u2014 " + scenario.name(), controls, menus, display,
                new LeverPanel(this::pull), new LessonPanel(this::goOn));
        window.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                console.doClose();
            }
        });
        reports = new EdtQueue<>(window::show);
        controller.registerFrame(window);
    }

    @Override
    public void start() {
        finishGif();
        ClassroomRun last = run;
        if (last != null && history != null && history.lastDay() > 0) {
            before = history;
            beforeLevers = last.levers().inShort();
            beforeLabel = "Before: " + beforeLevers;
        }
        // An observer records one run: each start gets a fresh model, seeded with the Console's seed.
        run = new ClassroomRun(++runs, scenario, grid, state.seed());
        replayFile = null;
        state = run.model();
        super.start();
        ClassroomRun current = run;
        history = new RunHistory(grid, current.totalDays());
        liveDay = MapDay.of(current);
        history.add(liveDay);
        showBefore = false;
        DayReporter reporter = new DayReporter(current);
        RunHistory kept = history;
        scheduleRepeatingImmediatelyAfter(s -> afterDay(current, reporter, kept));
        display.reset();
        display.repaint();
        window.newRun(current, beforeLabel);
        window.lesson().setVisible(false);
        window.status(" ");
        armLessonStop();
    }

    /** In the model's thread after each step, while it holds the schedule. */
    private void afterDay(ClassroomRun current, DayReporter reporter, RunHistory kept) {
        DayReport report = reporter.next();
        if (report != null) {
            MapDay day = MapDay.of(current);
            liveDay = day;
            kept.add(day);
            gif.afterDay(current, view(day));
            reports.offer(report);
            List<Lesson.Note> notes = lesson.between(day.date().minusDays(1), day.date());
            if (!notes.isEmpty()) {
                boolean stopping = stopAtNotes;
                SwingUtilities.invokeLater(() -> window.lesson().showNotes(notes, stopping));
            }
            display.repaint();
        }
        if (current.over()) {
            SwingUtilities.invokeLater(() -> {
                finishGif();
                if (!lesson.questions().isEmpty()) {
                    window.lesson().showQuestions(lesson.questions());
                }
            });
        }
    }

    /**
     * Makes MASON's Console stop the run after the day of the next note, when the lesson stops at notes: set
     * before each Play, since the Console keeps the day it last stopped at. A stop asked for earlier by someone
     * else (a test, a screenshot) is kept.
     */
    void armLessonStop() {
        ClassroomRun current = run;
        if (current == null || lesson.notes().isEmpty()) {
            return;
        }
        long next = Long.MAX_VALUE;
        if (stopAtNotes) {
            for (Lesson.Note n : lesson.notes()) {
                long after = ChronoUnit.DAYS.between(scenario.start(), n.date()) + 1;
                if (after > current.daysDone()) {
                    next = after;
                    break;
                }
            }
        }
        long asked = console.getWhenShouldPause();
        boolean theirs = asked != armedStop && asked > current.daysDone();
        armedStop = next;
        console.setWhenShouldPause(theirs ? Math.min(asked, next) : next);
    }

    /** The lesson's Go on: the run goes on to the next note. */
    private void goOn() {
        window.controls().play();
    }

    /** What the map shows: the run going on, or the run before on the date this one has reached. */
    MapView shownView() {
        MapDay day = liveDay;
        if (day == null) {
            return null;
        }
        RunHistory earlier = before;
        if (showBefore && earlier != null) {
            MapDay then = earlier.at(day.daysDone());
            if (then != null) {
                return new MapView(then, run.palette(), beforeLabel);
            }
        }
        return view(day);
    }

    private MapView view(MapDay day) {
        return new MapView(day, run.palette(), null);
    }

    private void flip(boolean toBefore) {
        showBefore = toBefore;
        display.repaint();
        window.status(toBefore ? "The map shows the run before the Restart (" + beforeLevers + ") on the same date. "
                + "Press the button again to come back." : "The map shows this run.");
    }

    /** A click picked garrisons or bands: say what they are on the line, for when MASON's console is hidden. */
    private void inspected(List<Inspectable> picked) {
        if (!picked.isEmpty() && !console.isVisible()) {
            Inspectable first = picked.get(0);
            window.status(first + ": " + first.properties().text().stream().skip(2).limit(3)
                    .collect(Collectors.joining("; ")) + ". More under View \u203A MASON console.");
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

    Lesson lesson() {
        return lesson;
    }

    /** Whether the run stops at the lesson's notes; the command that takes screenshots turns it off. */
    void stopAtNotes(boolean stop) {
        stopAtNotes = stop;
        armLessonStop();
    }

    /** Pulls a lever on the current run and rewrites the run's replay scenario. Swing thread. */
    void pull(Function<Levers, sahelsim.scenario.TimelineEvent> lever, String explanation) {
        ClassroomRun current = run;
        if (current == null) {
            return;
        }
        try {
            lever.apply(current.levers());
            if (replayFile == null) {
                replayFile = files.unused(ClassroomFiles.stem(current) + "-levers", "yaml");
            }
            ReplayScenario.write(scenarioFile, replayFile, scenario, current.seed(), current.levers().pulled(),
                    coalitionLever);
            window.status((explanation.isBlank() ? "" : explanation + " ") + "Replay: ./sahelsim run " + replayFile
                    + " --seed " + current.seed());
        } catch (IOException e) {
            window.status(explanation + " (The replay file could not be written: " + e.getMessage() + ")");
        } catch (IllegalStateException | IllegalArgumentException e) {
            window.status(e.getMessage());
        }
        window.levers().show(current.levers().state());
    }

    /** Saves the map as it is shown now as a PNG. Swing thread. */
    void snapshot() {
        ClassroomRun current = run;
        MapView view = shownView();
        if (current == null || view == null) {
            return;
        }
        try {
            BufferedImage image = scene.render(view, SNAPSHOT_WIDTH);
            Path saved = files.writePng(image, ClassroomFiles.stem(current) + "-" + view.day().date()
                    + (view.live() ? "" : "-before"));
            window.status("Picture of the map saved: " + saved);
        } catch (IOException e) {
            window.status("The picture could not be saved: " + e.getMessage());
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
            gif.start(target, current, this::shownView);
            window.status("Recording a GIF (a picture every " + GIF_EVERY_DAYS + " days) into " + target
                    + ". Run \u203A Record a GIF again to stop.");
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
        window.menus().showRecording(false);
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

    /** The menu items' actions. */
    private final class Menus implements ClassroomMenus.Actions {

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

        @Override
        public void quit() {
            console.doClose();
        }

        @Override
        public void fullScreen(boolean on) {
            GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice()
                    .setFullScreenWindow(on ? window : null);
        }

        @Override
        public void masonControls(boolean shown) {
            if (shown) {
                Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
                console.setBounds(screen.x, screen.y, Math.min(Console.DEFAULT_WIDTH, screen.width / 3),
                        screen.height);
            }
            console.setVisible(shown);
            window.masonMapOptions(shown);
        }

        @Override
        public void questions() {
            window.lesson().showQuestions(lesson.questions());
        }

        @Override
        public void stopAtNotes(boolean stop) {
            SahelModelWithUI.this.stopAtNotes(stop);
        }
    }
}
