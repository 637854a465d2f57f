package sahelsim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The hand-made run folders of src/test/resources/sahelsim/runs (their README gives every value). */
public final class RunFixtures {

    public static final Path ROOT = Path.of("src/test/resources/sahelsim/runs");

    private RunFixtures() {
    }

    public static Path smallRun() {
        return ROOT.resolve("small-run");
    }

    public static Path smallSet() {
        return ROOT.resolve("small-set");
    }

    /** A copy of a fixture folder under {@code into}, to damage or to write charts into. */
    public static Path copy(Path fixture, Path into) {
        Path target = into.resolve(fixture.getFileName());
        try (Stream<Path> files = Files.walk(fixture)) {
            for (Path f : files.sorted().toList()) {
                Path t = target.resolve(fixture.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}
