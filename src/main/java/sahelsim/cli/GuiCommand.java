package sahelsim.cli;

import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.swing.SwingUtilities;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import sahelsim.chart.ImageSize;
import sahelsim.gui.ClassroomApp;
import sahelsim.gui.SahelModelWithUI;
import sahelsim.gui.WindowScreenshot;
import sahelsim.load.ScenarioLoader;
import sahelsim.scenario.Scenario;

/**
 * Opens the classroom window. The only command that needs a display; it returns while the window stays open,
 * except with --screenshot, which saves the window after some days and ends.
 */
@Command(name = "gui", header = "Open the classroom window.",
        description = {"Open the classroom window: a live map of Mali with play and pause, levers that act on the "
                + "running model, live charts and a ticker of what happens.",
            "Without a SCENARIO, a chooser lists the scenarios with their descriptions. Levers pulled are "
                + "recorded as dated timeline events in a replay scenario under --out, with the seed: running "
                + "that file headless gives the same results as the run in the window.",
            "With --screenshot, the window runs --days days and is saved as a PNG, then the program ends; "
                + "without a screen it runs under a virtual one (Xvfb) of --size."})
final class GuiCommand extends SahelsimCommand {

    /** A classroom projector's size, for screenshots. */
    private static final Dimension DEFAULT_SHOT = new Dimension(1280, 720);

    @Parameters(paramLabel = "SCENARIO", arity = "0..1", description = "Scenario file to open.")
    private Path scenario;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seed of the first run (default: ${DEFAULT-VALUE}); the Console can change it.")
    private long seed;

    @Option(names = "--scenarios", paramLabel = "DIR", defaultValue = "scenarios",
            description = "Folder the scenario chooser lists (default: ${DEFAULT-VALUE}).")
    private Path scenarios;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "results/gui",
            description = "Folder for snapshots, GIFs and replay scenarios (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--size", paramLabel = "WxH", converter = WindowSizeConverter.class,
            description = "The window's size in pixels, such as 1280x720 (default: the whole screen).")
    private Dimension size;

    @Option(names = "--full-screen", description = "Full screen, without a title bar (F11 toggles it).")
    private boolean fullScreen;

    @Option(names = "--screenshot", paramLabel = "FILE",
            description = "Run --days days, save the window as a PNG picture in FILE and quit.")
    private Path screenshot;

    @Option(names = "--levers", paramLabel = "FILE",
            description = "With --screenshot: run the days, press Restart and run them again pulling the levers "
                    + "of FILE (a replay scenario the window wrote) on their dates.")
    private Path levers;

    @Option(names = "--days", paramLabel = "N", defaultValue = "0",
            description = "Days to simulate before --screenshot (default: ${DEFAULT-VALUE}).")
    private int days;

    @Override
    public Integer call() throws Exception {
        // Bad input is reported before any window opens, like every other command.
        Scenario loaded = scenario == null ? null : ScenarioLoader.shipped().load(scenario);
        if (scenario == null && !Files.isDirectory(scenarios)) {
            throw new UserError("no SCENARIO given and no folder " + scenarios + " to choose from; give a scenario "
                    + "file or --scenarios DIR");
        }
        if (days < 0) {
            throw new UserError("--days must be 0 or more, got " + days);
        }
        if (screenshot != null && loaded == null) {
            throw new UserError("--screenshot needs a SCENARIO");
        }
        if (levers != null) {
            // Bad input is reported here, before any window opens.
            ScenarioLoader.shipped().load(levers);
        }
        if (screenshot != null && WindowScreenshot.needsVirtualScreen()) {
            Dimension shot = size == null ? DEFAULT_SHOT : size;
            List<String> args = new ArrayList<>(List.of("gui", scenario.toString(), "--seed", Long.toString(seed),
                    "--out", out.toString(), "--size", shot.width + "x" + shot.height, "--days",
                    Integer.toString(days), "--screenshot", screenshot.toString()));
            if (levers != null) {
                args.addAll(List.of("--levers", levers.toString()));
            }
            return WindowScreenshot.underVirtualScreen(args, shot.width, shot.height) == 0 ? ExitCodes.OK
                    : ExitCodes.FAILURE;
        }
        if (GraphicsEnvironment.isHeadless()) {
            throw new UserError("the gui command needs a display, and none was found (is DISPLAY set?). On a "
                    + "machine without a screen, run it under a virtual one: xvfb-run ./sahelsim gui");
        }
        ClassroomApp app = new ClassroomApp(seed, out, scenarios, size, fullScreen);
        SahelModelWithUI[] opened = new SahelModelWithUI[1];
        SwingUtilities.invokeAndWait(() -> {
            if (loaded != null) {
                opened[0] = app.open(scenario, loaded);
            } else {
                app.choose(null);
            }
        });
        if (screenshot != null) {
            WindowScreenshot.take(opened[0], days, screenshot, levers);
        }
        return ExitCodes.OK;
    }

    /** "1280x720", written as every --size is ({@link ImageSize}), and large enough for the window's panels. */
    static final class WindowSizeConverter implements CommandLine.ITypeConverter<Dimension> {
        @Override
        public Dimension convert(String value) {
            return ImageSize.parse(value)
                    .filter(s -> s.width() >= 640 && s.height() >= 400 && s.width() <= 8000 && s.height() <= 8000)
                    .map(s -> new Dimension(s.width(), s.height()))
                    .orElseThrow(() -> new CommandLine.TypeConversionException("expected a size such as 1280x720 "
                            + "(at least 640x400), got '" + value + "'"));
        }
    }
}
