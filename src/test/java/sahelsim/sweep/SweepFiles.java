package sahelsim.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import sahelsim.scenario.Problem;
import sahelsim.scenario.ScenarioError;

/**
 * Writes small sweep files over the shipped historical scenario for tests. The header fills lines 1 to 6, so
 * the first parameter is on line 7 (indented by two spaces) and lines after the parameters follow on.
 */
final class SweepFiles {

    static final SweepLoader LOADER = SweepLoader.shipped();
    static final Path HISTORICAL = Path.of("scenarios/historical-2022.yaml").toAbsolutePath();

    private final Path dir;

    SweepFiles(Path dir) {
        this.dir = dir;
    }

    /** A sweep file with this design and these parameter lines (each indented by two spaces), then more lines. */
    Path write(String design, List<String> parameters, String... more) {
        StringBuilder text = new StringBuilder()
                .append("name: test\n")
                .append("base: ").append(HISTORICAL).append('\n')
                .append("design: ").append(design).append('\n')
                .append("seed: 7\n")
                .append("outcomes: [fatalities_total]\n")
                .append("parameters:\n");
        parameters.forEach(p -> text.append("  ").append(p).append('\n'));
        for (String line : more) {
            text.append(line).append('\n');
        }
        return file("sweep.yaml", text.toString());
    }

    Path file(String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    SweepSpec load(String design, List<String> parameters, String... more) {
        return LOADER.load(write(design, parameters, more));
    }

    /** The problems loading such a file reports, each as "line:column: path: message" (the folder left out). */
    List<String> problems(String design, List<String> parameters, String... more) {
        return problems(write(design, parameters, more));
    }

    static List<String> problems(Path file) {
        try {
            LOADER.load(file);
        } catch (ScenarioError e) {
            return e.problems().stream().map(p -> shown(p, file)).toList();
        }
        throw new AssertionError("expected " + file + " to be refused");
    }

    static String shown(Problem p, Path file) {
        return p.toString().replace(file + ":", "").strip();
    }
}
