package sahelsim.gui;

import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import sahelsim.io.AtomicFiles;
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
     * Runs the window's first run for {@code days} days, saves the window as a PNG and closes it. Not on the
     * Swing thread: it waits for the run.
     */
    public static void take(SahelModelWithUI gui, int days, Path file) throws Exception {
        Console console = (Console) gui.controller;
        onEdt(() -> {
            gui.stopAtNotes(false);
            console.setPlaySleep(0);
            return null;
        });
        waitFor(() -> gui.run() != null && console.getPlayState() == Console.PS_PAUSED);
        int target = Math.min(days, onEdt(() -> gui.run().totalDays()));
        if (target > 0) {
            onEdt(() -> {
                console.setWhenShouldPause(target);
                gui.window().controls().play();
                return null;
            });
            waitFor(() -> console.getPlayState() == Console.PS_PAUSED && gui.run().daysDone() == target);
        }
        settle();
        Rectangle bounds = onEdt(() -> {
            Rectangle r = gui.window().getBounds();
            r.setLocation(gui.window().getLocationOnScreen());
            return r;
        });
        BufferedImage image = new Robot(GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice())
                .createScreenCapture(bounds);
        AtomicFiles.write(file, out -> ImageIO.write(image, "png", out));
        onEdt(() -> {
            console.doClose();
            return null;
        });
    }

    /** Lets the Swing thread show everything the model reported, and the charts redraw. */
    private static void settle() throws Exception {
        for (int i = 0; i < 4; i++) {
            onEdt(() -> null);
            Thread.sleep(150);
        }
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(DAYS_TIMEOUT_SECONDS);
        while (!onEdt(condition)) {
            if (System.nanoTime() > deadline) {
                throw new IOException("the window's run did not reach its day within " + DAYS_TIMEOUT_SECONDS
                        + " seconds");
            }
            Thread.sleep(50);
        }
    }

    private static <T> T onEdt(Callable<T> work) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                result.set(work.call());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }
}
