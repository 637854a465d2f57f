package sahelsim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import sahelsim.load.ShippedGeography;
import sahelsim.scenario.ScenarioReference;

/**
 * docs/ODD.md stays true to the code: every {@code sahelsim.…} name it gives exists (package, class, nested
 * class, field or method), and its parameter table (section 8) lists every scenario key path that
 * {@code ./sahelsim validate --reference} documents. No simulation is run.
 */
class OddDocumentTest {

    private static final Path DOC = Path.of("docs/ODD.md");
    private static final Path SOURCES = Path.of("src/main/java");

    /** A name beginning with the root package, not part of a file path or a longer word. */
    private static final Pattern QUALIFIED_NAME =
            Pattern.compile("(?<![\\w/.-])sahelsim(?:\\.[A-Za-z_][A-Za-z0-9_]*)+");

    private static final String PARAMETERS_HEADING = "## 8.";

    private static String document() throws IOException {
        return Files.readString(DOC, StandardCharsets.UTF_8);
    }

    /** Every distinct fully qualified name in a text, in sorted order. */
    static Set<String> qualifiedNames(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = QUALIFIED_NAME.matcher(text);
        while (m.find()) {
            names.add(m.group());
        }
        return names;
    }

    /**
     * Why a {@code sahelsim.…} name does not resolve, or null when it does: lower-case steps name packages
     * (a source folder must exist), the first capitalised step a top-level class, and each later step a
     * nested class, a field (enum constants included) or a method of the class before it.
     */
    static String unresolved(String name) {
        String[] steps = name.split("\\.");
        int first = 1;
        while (first < steps.length && !Character.isUpperCase(steps[first].charAt(0))) {
            first++;
        }
        String pkg = String.join(".", Arrays.copyOf(steps, first));
        if (!Files.isDirectory(SOURCES.resolve(pkg.replace('.', '/')))) {
            return "no package " + pkg;
        }
        if (first == steps.length) {
            return null;
        }
        Class<?> type;
        String className = pkg + "." + steps[first];
        try {
            type = Class.forName(className, false, OddDocumentTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return "no class " + className;
        }
        for (int k = first + 1; k < steps.length; k++) {
            String step = steps[k];
            Class<?> nested = nestedClass(type, step);
            if (nested != null) {
                type = nested;
                continue;
            }
            if (k == steps.length - 1 && hasMember(type, step)) {
                return null;
            }
            return "no nested class, field or method " + step + " in " + type.getName();
        }
        return null;
    }

    private static Class<?> nestedClass(Class<?> type, String simpleName) {
        for (Class<?> c : type.getDeclaredClasses()) {
            if (c.getSimpleName().equals(simpleName)) {
                return c;
            }
        }
        return null;
    }

    private static boolean hasMember(Class<?> type, String name) {
        for (Field f : type.getDeclaredFields()) {
            if (f.getName().equals(name)) {
                return true;
            }
        }
        for (Method m : type.getDeclaredMethods()) {
            if (m.getName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The key paths the scenario reference documents, read from the page {@code ValidateCommand --reference}
     * prints: the first cell of every table row between "Top level" and the town and region ids, sections
     * left out (they hold no value).
     */
    static List<String> referenceKeyPaths() {
        String page = ScenarioReference.markdown(ShippedGeography.geography());
        int from = page.indexOf("\n## Top level");
        int to = page.indexOf("\n## Town and region ids");
        List<String> paths = new ArrayList<>();
        Pattern row = Pattern.compile("^\\| `([^`]+)` \\| ([^|]*)\\|");
        for (String line : page.substring(from, to).split("\n")) {
            Matcher m = row.matcher(line);
            if (m.find() && !m.group(2).strip().equals("section")) {
                paths.add(m.group(1));
            }
        }
        return paths;
    }

    /** The text of the document's parameter section (section 8), up to the next top-level section. */
    static String parameterSection(String document) {
        int from = document.indexOf("\n" + PARAMETERS_HEADING);
        if (from < 0) {
            return "";
        }
        int to = document.indexOf("\n## ", from + 1);
        return to < 0 ? document.substring(from) : document.substring(from, to);
    }

    /** Key paths that no table row of the parameter section names in backticks. */
    static List<String> missingFromTable(String parameterSection, List<String> paths) {
        List<String> rows = parameterSection.lines().filter(l -> l.startsWith("|")).toList();
        List<String> missing = new ArrayList<>();
        for (String path : paths) {
            String cell = "| `" + path + "` |";
            if (rows.stream().noneMatch(r -> r.startsWith(cell))) {
                missing.add(path);
            }
        }
        return missing;
    }

    @Test
    void everyQualifiedNameInTheDocumentExists() throws IOException {
        Set<String> names = qualifiedNames(document());
        assertTrue(names.size() > 40, "found only " + names.size() + " qualified names in " + DOC);
        List<String> problems = new ArrayList<>();
        for (String name : names) {
            String why = unresolved(name);
            if (why != null) {
                problems.add(name + ": " + why);
            }
        }
        assertEquals(List.of(), problems, DOC + " names classes or members that do not exist");
    }

    @Test
    void theParameterTableListsEveryScenarioKey() throws IOException {
        List<String> paths = referenceKeyPaths();
        assertTrue(paths.size() > 100, "the scenario reference gave only " + paths.size() + " key paths");
        assertTrue(paths.contains("factions.<id>.behaviour.aims.expand") && paths.contains("extends"),
                "unexpected key paths from the scenario reference: " + paths);
        String section = parameterSection(document());
        assertFalse(section.isEmpty(), DOC + " has no section starting with '" + PARAMETERS_HEADING + "'");
        assertEquals(List.of(), missingFromTable(section, paths),
                DOC + " section 8 has no table row for these scenario keys");
    }

    @Test
    void theChecksCatchWhatIsWrong() {
        assertEquals(null, unresolved("sahelsim.model.mechanics.Combat"));
        assertEquals(null, unresolved("sahelsim.model.mechanics.Combat.Battle"));
        assertEquals(null, unresolved("sahelsim.model.Phase.TIMELINE"));
        assertEquals(null, unresolved("sahelsim.model.Seeds.derive"));
        assertEquals(null, unresolved("sahelsim.observe"));
        assertEquals("no class sahelsim.model.mechanics.Teleportation",
                unresolved("sahelsim.model.mechanics.Teleportation"));
        assertEquals("no package sahelsim.magic", unresolved("sahelsim.magic"));
        assertTrue(unresolved("sahelsim.model.mechanics.Combat.Siege") != null);
        assertTrue(unresolved("sahelsim.model.Seeds.derive.again") != null);

        assertEquals(Set.of("sahelsim.map.Grid", "sahelsim.model.mechanics.Teleportation"),
                qualifiedNames("See `sahelsim.map.Grid`, sahelsim.model.mechanics.Teleportation. "
                        + "Not target/sahelsim.jar nor ./sahelsim run."));

        String table = "\n## 8. Parameters\n\n| key | default |\n|---|---|\n| `combat.attrition` | 0.05 |\n"
                + "\n## 9. Known limits\n\n| `combat.surprise` | 2.0 |\n";
        assertEquals(List.of("combat.surprise", "wagner.abuse"), missingFromTable(parameterSection(table),
                List.of("combat.attrition", "combat.surprise", "wagner.abuse")));
    }
}
