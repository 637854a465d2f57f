package sahelsim.gui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Records the map as an animated GIF while the run goes on: one frame every few simulated days, rendered in
 * the model's thread between two days (the map must not change while it is drawn) and encoded on a thread of
 * its own, so that recording slows the run as little as possible. At most a few frames wait for encoding;
 * beyond that the run waits, rather than filling the memory.
 */
final class GifRecorder {

    /** Frame width in pixels: legible, and a few megabytes for a year of weekly frames. */
    static final int FRAME_WIDTH = 900;
    /** Each frame shows for this long: a year of weekly frames plays in about eight seconds. */
    static final int FRAME_MILLIS = 150;
    private static final int WAITING_FRAMES = 4;

    private final int everyDays;
    private final MapScene scene;
    private final ExecutorService encoder = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sahelsim GIF encoder");
        t.setDaemon(true);
        return t;
    });
    private final Semaphore waiting = new Semaphore(WAITING_FRAMES);
    private GifWriter writer;
    private Path writing;
    private volatile IOException failure;
    private int lastFrameDay = -1;

    GifRecorder(int everyDays, MapScene scene) {
        this.everyDays = everyDays;
        this.scene = scene;
    }

    synchronized boolean recording() {
        return writer != null;
    }

    /** Starts recording into a file; the first frame is the map as it is shown now. */
    void start(Path target, ClassroomRun run, Supplier<MapView> shown) throws IOException {
        // Locks in the order the model's thread takes them (the schedule, then this recorder).
        synchronized (run.model().schedule) {
            synchronized (this) {
                if (writer != null) {
                    throw new IllegalStateException("already recording");
                }
                failure = null;
                writer = new GifWriter(target, FRAME_MILLIS);
                writing = target;
                frame(run, shown.get());
            }
        }
    }

    /** After each simulated day, in the model's thread: adds a frame of the day's map when one is due. */
    synchronized void afterDay(ClassroomRun run, MapView day) {
        if (writer != null && run.daysDone() - lastFrameDay >= everyDays) {
            frame(run, day);
        }
    }

    private void frame(ClassroomRun run, MapView view) {
        lastFrameDay = run.daysDone();
        BufferedImage image = scene.render(view, FRAME_WIDTH);
        GifWriter target = writer;
        waiting.acquireUninterruptibly();
        encoder.execute(() -> {
            try {
                if (failure == null) {
                    target.add(image);
                }
            } catch (IOException e) {
                failure = e;
            } finally {
                waiting.release();
            }
        });
    }

    /** Lets the encoding thread end once it has finished what it was given (the window is closing). */
    void close() {
        encoder.shutdown();
    }

    /**
     * Stops recording: the file is finished once the waiting frames are encoded.
     *
     * @return the GIF's path, or the reason it could not be written
     */
    synchronized CompletableFuture<Path> stop() {
        GifWriter finishing = writer;
        Path target = writing;
        writer = null;
        if (finishing == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("not recording"));
        }
        return CompletableFuture.supplyAsync(() -> {
            try {
                if (failure != null) {
                    throw failure;
                }
                finishing.finish();
                return target;
            } catch (IOException e) {
                try {
                    finishing.close();
                } catch (IOException closing) {
                    e.addSuppressed(closing);
                }
                throw new UncheckedIOException(e);
            }
        }, encoder);
    }
}
