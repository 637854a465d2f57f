package sahelsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sahelsim.load.ShippedGeography;

/** docs/scenario-reference.md is the generated page, documents every key, and its example and links work. */
class ScenarioReferenceTest {

    private static final Path DOC = Path.of("docs/scenario-reference.md");
    private static final String REGENERATE = "./sahelsim validate --reference > docs/scenario-reference.md";

    private static String generated() {
        return ScenarioReference.markdown(ShippedGeography.geography());
    }

    @Test
    void theCommittedPageIsTheGeneratedOne() throws IOException {
        List<String> committed = Files.readAllLines(DOC, StandardCharsets.UTF_8);
        List<String> fresh = generated().lines().toList();
        for (int i = 0; i < Math.max(committed.size(), fresh.size()); i++) {
            String was = i < committed.size() ? committed.get(i) : "(end of file)";
            String now = i < fresh.size() ? fresh.get(i) : "(end of file)";
            if (!was.equals(now)) {
                fail(DOC + " is out of date; regenerate it with: " + REGENERATE + "\nfirst difference at line "
                        + (i + 1) + ":\n  committed: " + was + "\n  generated: " + now);
            }
        }
    }

    @Test
    void everyKeyOfTheSchemaHasARow() {
        String page = generated();
        List<String> paths = new ArrayList<>();
        collect(ScenarioSchema.ROOT, "", paths);
        assertTrue(paths.size() > 100, "the schema walk found only " + paths.size() + " keys");
        for (String path : paths) {
            assertTrue(page.contains("| `" + path + "` | "), "no row for " + path);
        }
    }

    private static void collect(Key.Section section, String prefix, List<String> paths) {
        for (Key key : section.keys()) {
            if (key instanceof Key.Value) {
                paths.add(prefix + key.name());
            } else if (key instanceof Key.Section s) {
                collect(s, prefix + s.name() + ".", paths);
            } else if (key instanceof Key.Items items) {
                collect(items.item(), prefix + items.name() + ".<id>.", paths);
            }
        }
    }

    @Test
    void everyLinkOfTheContentsLeadsToAHeading() {
        String page = generated();
        List<String> anchors = page.lines().filter(l -> l.startsWith("#"))
                .map(l -> l.replaceFirst("^#+ ", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 -]", "")
                        .replace(' ', '-'))
                .toList();
        String contents = page.lines().filter(l -> l.startsWith("Contents: ")).findFirst().orElseThrow();
        Matcher link = Pattern.compile("\\]\\(#([^)]+)\\)").matcher(contents);
        int links = 0;
        while (link.find()) {
            links++;
            assertTrue(anchors.contains(link.group(1)), "no heading for #" + link.group(1) + " in " + anchors);
        }
        assertEquals(ScenarioSchema.ROOT.keys().stream().filter(k -> !(k instanceof Key.Value)).count() + 4, links);
    }

    @Test
    void theExampleAndItsVariantAreValidScenarios(@TempDir Path dir) {
        Scenario example = ScenarioFiles.load(ScenarioFiles.write(dir, "small-example.yaml", ScenarioReference.EXAMPLE));
        Scenario variant = ScenarioFiles.load(ScenarioFiles.write(dir, "barkhane-stays.yaml",
                ScenarioReference.EXAMPLE_VARIANT));
        assertEquals("2022-08-15", example.foreignForces().get(0).withdrawal().toString());
        assertNull(variant.foreignForces().get(0).withdrawal());
        assertEquals(3000, variant.faction("jnim").orElseThrow().strength());
        assertEquals("JNIM", variant.faction("jnim").orElseThrow().name());
        assertTrue(variant.timeline().isEmpty());
        assertTrue(generated().contains(ScenarioReference.EXAMPLE) && generated().contains(ScenarioReference.EXAMPLE_VARIANT));
    }
}
