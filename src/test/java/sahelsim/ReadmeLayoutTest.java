package sahelsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The README's layout table names every package of the program, the model core first. */
class ReadmeLayoutTest {

    private static final Path README = Path.of("README.md");
    private static final Path ROOT_PACKAGE = Path.of("src/main/java/sahelsim");
    private static final List<String> CORE = List.of("map", "scenario", "model", "observe");
    private static final Pattern ROW = Pattern.compile("^\\| `src/main/java/sahelsim/([a-z]+)` \\|");

    @Test
    void theLayoutTableNamesEveryPackageTheCoreFirst() throws IOException {
        List<String> rows = new ArrayList<>();
        for (String line : Files.readAllLines(README, StandardCharsets.UTF_8)) {
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                rows.add(row.group(1));
            }
        }
        TreeSet<String> packages = new TreeSet<>();
        try (Stream<Path> children = Files.list(ROOT_PACKAGE)) {
            children.filter(Files::isDirectory).forEach(p -> packages.add(p.getFileName().toString()));
        }
        assertEquals(packages, new TreeSet<>(rows), "packages named in the README's layout table");
        assertEquals(packages.size(), rows.size(), "a package named twice: " + rows);
        assertTrue(rows.size() >= CORE.size() && rows.subList(0, CORE.size()).equals(CORE),
                "the layout table starts with the model core " + CORE + ": " + rows);
    }

    @Test
    void theReadmeLinksTheLicenceTheCitationAndTheSources() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        for (String target : List.of("LICENSE", "CITATION.cff", "docs/sources.md")) {
            assertTrue(readme.contains("](" + target + ")"), "README links " + target);
            assertTrue(Files.exists(Path.of(target)), target + " exists");
        }
    }
}
