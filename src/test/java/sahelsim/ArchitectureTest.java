package sahelsim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The house rules of the model core (map, scenario, model, observe, hindcast, and the epstein reference model): no
 * file I/O, no printing, no GUI or chart or command-line or YAML/JSON libraries, no wall clock, and no random
 * generator but the run's own.
 */
class ArchitectureTest {

    private static final List<String> CORE = List.of("map", "scenario", "model", "observe", "hindcast", "epstein");

    private static final List<Pattern> FORBIDDEN = List.of(
            Pattern.compile("import\\s+java\\.io\\.(?!Serializable;)"),
            Pattern.compile("import\\s+java\\.nio\\.(file|channels)\\."),
            Pattern.compile("import\\s+java\\.awt\\."),
            Pattern.compile("import\\s+javax\\.(swing|imageio)\\."),
            Pattern.compile("import\\s+org\\.jfree\\."),
            Pattern.compile("import\\s+picocli\\."),
            Pattern.compile("import\\s+com\\.fasterxml\\."),
            Pattern.compile("import\\s+org\\.yaml\\."),
            Pattern.compile("import\\s+sim\\.(display|portrayal)\\."),
            Pattern.compile("import\\s+sahelsim\\.(io|cli|chart|gui|sweep)\\."),
            Pattern.compile("System\\.(out|err|currentTimeMillis|nanoTime|exit)"),
            Pattern.compile("(Instant|LocalDate|LocalDateTime|ZonedDateTime|Clock)\\.now\\("),
            Pattern.compile("Math\\.random\\("),
            Pattern.compile("new\\s+(java\\.util\\.)?Random\\("),
            Pattern.compile("import\\s+java\\.util\\.(Random|HashMap|HashSet);"),
            Pattern.compile("new\\s+Hash(Map|Set)<"));

    @Test
    void theModelCoreDoesNoIoPrintsNothingAndReadsNoClock() throws IOException {
        Path root = Path.of("src/main/java/sahelsim");
        List<String> violations = new ArrayList<>();
        int scanned = 0;
        for (String pkg : CORE) {
            Path dir = root.resolve(pkg);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    scanned++;
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        for (Pattern p : FORBIDDEN) {
                            if (p.matcher(lines.get(i)).find()) {
                                violations.add(file + ":" + (i + 1) + ": " + lines.get(i).trim());
                            }
                        }
                    }
                }
            }
        }
        assertTrue(scanned >= 5, "the core sources were not found (scanned " + scanned + ")");
        assertTrue(violations.isEmpty(), "house rules broken:\n" + String.join("\n", violations));
    }

    @Test
    void theRuleCatchesAForbiddenImport() {
        assertTrue(FORBIDDEN.stream().anyMatch(p -> p.matcher("import java.io.FileWriter;").find()));
        assertTrue(FORBIDDEN.stream().anyMatch(p -> p.matcher("long t = System.nanoTime();").find()));
        assertTrue(FORBIDDEN.stream().noneMatch(p -> p.matcher("import java.io.Serializable;").find()));
        assertTrue(FORBIDDEN.stream().noneMatch(p -> p.matcher("new LinkedHashMap<>()").find()));
    }
}
