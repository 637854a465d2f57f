package sahelsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chooser lists every scenario with its description, and says why a file cannot be opened. */
class ScenarioCatalogTest {

    @Test
    void theShippedScenariosAreListedByFileWithTheirDescriptions() {
        List<ScenarioCatalog.Entry> entries = ScenarioCatalog.list(Path.of("scenarios"));
        assertTrue(entries.size() >= 10, "found " + entries.size());
        ScenarioCatalog.Entry historical = entries.stream()
                .filter(e -> e.file().getFileName().toString().equals("historical-2022.yaml")).findFirst()
                .orElseThrow();
        assertEquals("historical-2022", historical.title());
        assertTrue(historical.text().startsWith("Mali from January 2022"), historical.text());
        assertTrue(historical.text().endsWith("From 2022-01-01 to 2025-12-31."), historical.text());
        assertTrue(entries.stream().allMatch(e -> e.scenario() != null), "a shipped scenario does not load");
    }

    @Test
    void aBrokenFileIsListedWithItsProblem(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.yaml"), "name: broken\n");
        Files.writeString(dir.resolve("notes.txt"), "not a scenario");
        List<ScenarioCatalog.Entry> entries = ScenarioCatalog.list(dir);
        assertEquals(1, entries.size());
        assertNull(entries.get(0).scenario());
        assertEquals("broken.yaml (cannot be opened)", entries.get(0).title());
        assertTrue(entries.get(0).text().contains("description"), entries.get(0).text());
    }

    @Test
    void aMissingFolderListsNothing(@TempDir Path dir) {
        assertTrue(ScenarioCatalog.list(dir.resolve("nowhere")).isEmpty());
    }
}
