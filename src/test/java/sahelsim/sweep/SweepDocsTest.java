package sahelsim.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sahelsim.scenario.Key;

/** docs/sweeps.md stays true to the loader: every key is documented, and its example sweep file loads. */
class SweepDocsTest {

    private static final Path DOC = Path.of("docs/sweeps.md");

    @Test
    void everyKeyOfTheSweepFileIsDocumented() throws IOException {
        String doc = Files.readString(DOC);
        List<String> keys = new ArrayList<>();
        for (Key key : SweepSchema.ROOT.keys()) {
            if (key instanceof Key.Section section) {
                section.names().forEach(n -> keys.add(key.name() + "." + n));
            } else {
                keys.add(key.name());
            }
        }
        for (String key : keys) {
            assertTrue(doc.contains("| `" + key + "` |"), "docs/sweeps.md has no row for `" + key + "`");
        }
    }

    @Test
    void theExampleOfTheDocLoads(@TempDir Path dir) throws IOException {
        String doc = Files.readString(DOC);
        int start = doc.indexOf("```yaml\n") + "```yaml\n".length();
        String example = doc.substring(start, doc.indexOf("```", start));
        Files.createDirectories(dir.resolve("scenarios"));
        Files.copy(Path.of("scenarios/historical-2022.yaml"), dir.resolve("scenarios/historical-2022.yaml"));
        Path file = Files.createDirectories(dir.resolve("sweeps")).resolve("wagner-small.yaml");
        SweepSpec spec = SweepFiles.LOADER.load(Files.writeString(file, example));
        assertEquals(List.of(), spec.warnings());
        assertEquals(32, SweepPlan.of(spec).runCount());
    }
}
