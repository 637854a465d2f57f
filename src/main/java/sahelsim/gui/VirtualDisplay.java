package sahelsim.gui;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * A virtual X display: a private Xvfb started on a free display number (Xvfb picks it and writes it to its
 * standard output), stopped when closed. The window's screenshots and its tests run under one.
 */
public final class VirtualDisplay implements AutoCloseable {

    private final Process xvfb;
    private final String name;

    private VirtualDisplay(Process xvfb, String name) {
        this.xvfb = xvfb;
        this.name = name;
    }

    /** The Xvfb program on the PATH, or null when it is not installed. */
    public static File xvfbProgram() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            File f = new File(dir, "Xvfb");
            if (f.canExecute()) {
                return f;
            }
        }
        return null;
    }

    /** Starts Xvfb with a screen of the given size. */
    public static VirtualDisplay start(File program, int width, int height) throws IOException,
            InterruptedException {
        Process p = new ProcessBuilder(program.getPath(), "-displayfd", "1", "-screen", "0",
                width + "x" + height + "x24", "-nolisten", "tcp").redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String number = out.readLine();
        if (number == null || !number.strip().matches("\\d+")) {
            p.destroy();
            p.waitFor(5, TimeUnit.SECONDS);
            throw new IOException("Xvfb did not start (it printed " + number + ")");
        }
        return new VirtualDisplay(p, ":" + number.strip());
    }

    /** The value for DISPLAY, such as ":1". */
    public String name() {
        return name;
    }

    @Override
    public void close() throws InterruptedException {
        xvfb.destroy();
        if (!xvfb.waitFor(10, TimeUnit.SECONDS)) {
            xvfb.destroyForcibly();
        }
    }
}
