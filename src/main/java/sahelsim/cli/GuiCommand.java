package sahelsim.cli;

import java.awt.GraphicsEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.swing.SwingUtilities;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import sahelsim.gui.ClassroomApp;
import sahelsim.load.ScenarioLoader;
import sahelsim.scenario.Scenario;

/** Opens the classroom window. The only command that needs a display; it returns while the window stays open. */
@Command(name = "gui", header = "Open the classroom window.",
        description = {"Open the classroom window: a live map of Mali with play and pause, levers that act on the "
                + "running model, live charts and a ticker of what happens.",
            "Without a SCENARIO, a chooser lists the scenarios with their descriptions. Levers pulled are "
                + "recorded as dated timeline events in a replay scenario under --out, with the seed: running "
                + "that file headless gives the same results as the run in the window."})
final class GuiCommand extends SahelsimCommand {

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

    @Override
    public Integer call() throws Exception {
        // Bad input is reported before any window opens, like every other command.
        Scenario loaded = scenario == null ? null : ScenarioLoader.shipped().load(scenario);
        if (scenario == null && !Files.isDirectory(scenarios)) {
            throw new UserError("no SCENARIO given and no folder " + scenarios + " to choose from; give a scenario "
                    + "file or --scenarios DIR");
        }
        if (GraphicsEnvironment.isHeadless()) {
            throw new UserError("the gui command needs a display, and none was found (is DISPLAY set?). On a "
                    + "machine without a screen, run it under a virtual one: xvfb-run ./sahelsim gui");
        }
        ClassroomApp app = new ClassroomApp(seed, out, scenarios);
        SwingUtilities.invokeAndWait(() -> {
            if (loaded != null) {
                app.open(scenario, loaded);
            } else {
                app.choose(null);
            }
        });
        return ExitCodes.OK;
    }
}
