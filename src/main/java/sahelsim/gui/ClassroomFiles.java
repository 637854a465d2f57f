package sahelsim.gui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import sahelsim.io.AtomicFiles;

/**
 * Where the window writes: snapshots, GIFs and replay scenarios go to one folder (results/gui by default), each
 * under a name that says what it is and never overwrites an earlier file.
 */
final class ClassroomFiles {

    private final Path folder;

    ClassroomFiles(Path folder) {
        this.folder = folder;
    }

    Path folder() {
        return folder;
    }

    /** {@code stem.extension} in the folder, or {@code stem-2.extension}, ... if that exists already. */
    Path unused(String stem, String extension) {
        Path p = folder.resolve(stem + "." + extension);
        for (int n = 2; Files.exists(p); n++) {
            p = folder.resolve(stem + "-" + n + "." + extension);
        }
        return p;
    }

    /** The stem of a run's files: scenario name and seed. */
    static String stem(ClassroomRun run) {
        return run.scenario().name() + "-seed" + run.seed();
    }

    Path writePng(BufferedImage image, String stem) throws IOException {
        Files.createDirectories(folder);
        Path target = unused(stem, "png");
        AtomicFiles.write(target, out -> ImageIO.write(image, "png", out));
        return target;
    }
}
