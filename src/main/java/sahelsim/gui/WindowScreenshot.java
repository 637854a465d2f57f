package sahelsim.gui;

import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import sahelsim.io.AtomicFiles;
import sahelsim.load.ScenarioLoader;
import sahelsim.scenario.TimelineEvent;
import sim.display.Console;

/**
 * A picture of the window after a number of simulated days, for the docs and the tests: the window runs the days
 * as fast as it can (the lesson does not stop it), then the screen under it is saved as a PNG. Without a screen
 * the command runs itself again under a private virtual one (Xvfb) of the window's size.
 */
public final class WindowScreenshot {

    /** Set in the environment of the program that runs under the virtual screen, so that it does not do it again. */
    public static final String ON_VIRTUAL_SCREEN = "SAHELSIM_ON_VIRTUAL_SCREEN";
    private static final long DAYS_TIMEOUT_SECONDS = 600;

    private WindowScreenshot() {
    }

    /** Plays until the run has simulated {@code day} days, as fast as it goes. */
    private static void runTo(SahelModelWithUI gui, int day) throws Exception {
        Console console = (Console) gui.controller;
        if (Edt.call(() -> gui.run().daysDone()) >= day) {
            return;
        }
        Edt.call(() -> {
            console.setWhenShouldPause(day);
            gui.window().controls().play();
            return null;
        });
        Edt.waitFor("day " + day, DAYS_TIMEOUT_SECONDS, () -> console.getPlayState() == Console.PS_PAUSED
                && gui.run().daysDone() == day);
    }

    /** Whether this program should run the command again under a virtual screen. */
    public static boolean needsVirtualScreen() {
        return System.getenv(ON_VIRTUAL_SCREEN) == null && VirtualDisplay.xvfbProgram() != null;
    }

    /**
     * Runs {@code sahelsim <args>} in a new Java under a private Xvfb screen of {@code width} x {@code height},
     * its output passed through; returns its exit code.
     */
    public static int underVirtualScreen(List<String> args, int width, int height) throws IOException,
            InterruptedException {
        File xvfb = VirtualDisplay.xvfbProgram();
        try (VirtualDisplay screen = VirtualDisplay.start(xvfb, width, height)) {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-cp", System.getProperty("java.class.path"), "sahelsim.cli.Main"));
            command.addAll(args);
            ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
            pb.environment().put("DISPLAY", screen.name());
            pb.environment().put(ON_VIRTUAL_SCREEN, "1");
            Process p = pb.start();
            if (!p.waitFor(DAYS_TIMEOUT_SECONDS + 60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("the window did not finish within " + DAYS_TIMEOUT_SECONDS + " seconds");
            }
            return p.exitValue();
        }
    }

    /**
     * Runs the window's first run for {@code days} days, saves the window as a PNG and closes it. With levers
     * (read from a replay scenario), it then presses Restart and runs the days again pulling them on their
     * dates, so that the picture shows the run with the levers against the run without them. Not on the Swing
     * thread: it waits for the runs.
     */
    public static void take(SahelModelWithUI gui, int days, Path file, Path leversFile) throws Exception {
        Console console = (Console) gui.controller;
        Edt.call(() -> {
            gui.stopAtNotes(false);
            console.setPlaySleep(0);
            return null;
        });
        Edt.waitFor("the first run", DAYS_TIMEOUT_SECONDS, () -> gui.run() != null
                && console.getPlayState() == Console.PS_PAUSED);
        int target = Math.min(days, Edt.call(() -> gui.run().totalDays()));
        runTo(gui, target);
        if (leversFile != null) {
            List<TimelineEvent> levers = ReplayScenario.levers(ScenarioLoader.shipped().load(leversFile));
            Edt.call(() -> {
                gui.window().controls().restart();
                return null;
            });
            Edt.waitFor("the run after Restart", DAYS_TIMEOUT_SECONDS, () -> gui.run().number() == 2
                    && console.getPlayState() == Console.PS_PAUSED);
            LocalDate start = Edt.call(() -> gui.run().scenario().start());
            for (TimelineEvent e : levers) {
                runTo(gui, (int) Math.min(target, ChronoUnit.DAYS.between(start, e.date())));
                Edt.call(() -> {
                    gui.pull(l -> l.again(e), "");
                    return null;
                });
            }
            runTo(gui, target);
        }
        Edt.settle();
        Rectangle bounds = Edt.call(() -> {
            Rectangle r = gui.window().getBounds();
            r.setLocation(gui.window().getLocationOnScreen());
            return r;
        });
        BufferedImage image = new Robot(GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice())
                .createScreenCapture(bounds);
        AtomicFiles.write(file, out -> ImageIO.write(image, "png", out));
        Edt.call(() -> {
            console.doClose();
            return null;
        });
    }
}
