package sahelsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every citation of the research notes in the code, scenarios, sweeps and docs ({@code mali-facts 2.4},
 * {@code mali-facts 5, fact 8}, {@code mali-facts section 1.5}, {@code mali-facts 3, 5 fact 7}) leads to a
 * heading of docs/sources.md, so a reader can check each number without the notes themselves.
 */
class SourcesDocumentTest {

    private static final Path DOC = Path.of("docs/sources.md");
    private static final List<Path> CITING = List.of(
            Path.of("src"), Path.of("scenarios"), Path.of("sweeps"), Path.of("docs"), Path.of("README.md"),
            Path.of(".ci"));
    private static final Path THIS_TEST = Path.of("src/test/java/sahelsim/SourcesDocumentTest.java");

    private static final String REF = "\\d+(?:\\.\\d+)?(?:,?\\s+fact\\s+\\d+)?";
    private static final Pattern CITATION = Pattern.compile(
            "mali-facts(?:\\.md)?`?,?\\s+(?:section\\s+)?(" + REF + "(?:,\\s*" + REF + ")*)");
    private static final Pattern ONE_REF = Pattern.compile("(\\d+(?:\\.\\d+)?)(?:,?\\s+fact\\s+(\\d+))?");
    /** A heading's id: "1.1", "2", or "5, fact 8". */
    private static final Pattern HEADING_ID = Pattern.compile("^#{2,3} (\\d+(?:\\.\\d+)?(?:, fact \\d+)?)(?:\\s|$)");

    @Test
    void everyCitationLeadsToASectionOfSources() throws IOException {
        Set<String> sections = sections();
        List<String> unresolved = new ArrayList<>();
        int citations = 0;
        for (Path root : CITING) {
            if (!Files.exists(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    if (file.normalize().equals(THIS_TEST)) {
                        continue;
                    }
                    List<String> lines = textLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        for (String id : citedIds(lines.get(i))) {
                            citations++;
                            if (!sections.contains(id)) {
                                unresolved.add(file + ":" + (i + 1) + ": mali-facts " + id);
                            }
                        }
                    }
                }
            }
        }
        assertTrue(citations > 100, "only " + citations + " citations found: is the pattern still right?");
        assertTrue(unresolved.isEmpty(), "citations with no section in " + DOC + ":\n" + String.join("\n", unresolved));
    }

    @Test
    void aCitationIsReadAsTheSectionsItNames() {
        assertEquals(List.of("2.4"), citedIds("a contract for 1,000 (Reuters, mali-facts 2.4)"));
        assertEquals(List.of("5, fact 8"), citedIds("(mali-facts 5, fact 8)"));
        assertEquals(List.of("5, fact 2"), citedIds("(mali-facts section 5, fact 2)"));
        assertEquals(List.of("3", "5, fact 7"), citedIds("(mali-facts 3, 5 fact 7)"));
        assertEquals(List.of("1.2"), citedIds("shared research mali-facts.md section 1.2"));
        assertEquals(List.of(), citedIds("the shared research notes (mali-facts.md, cited by section)"));
    }

    @Test
    void anUnknownSectionIsNotASection() throws IOException {
        Set<String> sections = sections();
        assertTrue(sections.contains("2.4") && sections.contains("5, fact 8") && sections.contains("6"),
                "sections read from " + DOC + ": " + sections);
        assertTrue(!sections.contains("4.2") && !sections.contains("5, fact 13"), "sections: " + sections);
    }

    private static List<String> citedIds(String line) {
        List<String> ids = new ArrayList<>();
        Matcher citation = CITATION.matcher(line);
        while (citation.find()) {
            Matcher ref = ONE_REF.matcher(citation.group(1));
            while (ref.find()) {
                ids.add(ref.group(2) == null ? ref.group(1) : ref.group(1) + ", fact " + ref.group(2));
            }
        }
        return ids;
    }

    private static Set<String> sections() throws IOException {
        Set<String> ids = new TreeSet<>();
        for (String line : Files.readAllLines(DOC, StandardCharsets.UTF_8)) {
            Matcher heading = HEADING_ID.matcher(line);
            if (heading.find()) {
                ids.add(heading.group(1));
            }
        }
        return ids;
    }

    /** A file's lines, or none for a file that is not UTF-8 text (an image, a jar). */
    private static List<String> textLines(Path file) throws IOException {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException binary) {
            return List.of();
        }
    }
}
