package sahelsim.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static sahelsim.scenario.ScenarioFiles.problems;
import static sahelsim.scenario.ScenarioFiles.shape;

import java.util.List;
import org.junit.jupiter.api.Test;
import sahelsim.scenario.ConfigNode;
import sahelsim.scenario.Origin;

/** Reading YAML safely into trees that remember where each key and value was written. */
class YamlTreeTest {

    private static final String TRIPWIRE = "sahelsim.test.tripwire";
    private static final String NO_TAGS = "; tags are not allowed in scenario files";
    private static final String NO_ANCHORS = "; anchors and aliases are not allowed, use extends to share values "
            + "between scenarios";
    private static final String EMPTY = "x.yaml: the file is empty; expected keys such as name, description and "
            + "calendar";

    /** Records in a system property that something loaded or built it, which no scenario file may ever do. */
    public static final class Tripwire {
        static {
            System.setProperty(TRIPWIRE, "class initialised");
        }

        public Tripwire() {
            System.setProperty(TRIPWIRE, "object built");
        }
    }

    private static List<String> problemsOf(String text) {
        return problems(() -> YamlTree.parseDocument("x.yaml", text));
    }

    private static ConfigNode.Scalar scalar(ConfigNode.MapNode map, String key) {
        return (ConfigNode.Scalar) map.get(key);
    }

    @Test
    void aTagNamingAJavaClassIsRefusedAndTheClassIsNeverTouched() throws ClassNotFoundException {
        String tag = "!!" + Tripwire.class.getName();
        assertEquals(List.of("x.yaml:2:9: wagner: expected a plain value, got the YAML tag '" + tag + "'" + NO_TAGS),
                problemsOf("name: x\nwagner: " + tag + " {strength: 5}\n"));
        assertEquals(List.of("x.yaml:1:7: name: expected a plain value, got the YAML tag '" + tag + "'" + NO_TAGS),
                problemsOf("name: " + tag + " []\n"));
        assertNull(System.getProperty(TRIPWIRE), "reading a tag loaded or built the class it names");
        // The wire works: initialising the class trips it.
        Class.forName(Tripwire.class.getName(), true, getClass().getClassLoader());
        assertEquals("class initialised", System.getProperty(TRIPWIRE));
    }

    @Test
    void theKnownYamlGadgetsAreRefusedWhereTheyAreWritten() {
        assertEquals(List.of("x.yaml:2:14: description: expected a plain value, got the YAML tag "
                        + "'!!java.lang.Runtime'" + NO_TAGS),
                problemsOf("name: x\ndescription: !!java.lang.Runtime {}\n"));
        assertEquals(List.of("x.yaml:3:11: factions[1].name: expected a plain value, got the YAML tag "
                        + "'!!javax.script.ScriptEngineManager'" + NO_TAGS),
                problemsOf("""
                        factions:
                          - id: x
                            name: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL \
                        ["http://example.invalid/"]]]]
                        """));
    }

    @Test
    void standardAndLocalTagsAreRefusedOnValuesAndOnKeys() {
        assertEquals(List.of("x.yaml:1:7: name: expected a plain value, got the YAML tag '!!str'" + NO_TAGS),
                problemsOf("name: !!str 5\n"));
        assertEquals(List.of("x.yaml:2:1: name: expected a plain value, got the YAML tag '!local'" + NO_TAGS),
                problemsOf("a: 1\n!local name: x\n"));
    }

    @Test
    void anchorsAndAliasesAreRefused() {
        assertEquals(List.of("x.yaml:1:9: wagner: expected a plain value, got the YAML anchor '&w'" + NO_ANCHORS),
                problemsOf("wagner: &w {strength: 5}\nother: *w\n"));
        assertEquals(List.of("x.yaml:2:14: description: expected a plain value, got the YAML alias '*n'"
                        + NO_ANCHORS),
                problemsOf("name: x\ndescription: *n\n"));
        assertEquals(List.of("x.yaml:1:7: name: expected a plain value, got the YAML anchor '&n'" + NO_ANCHORS),
                problemsOf("name: &n x\ndescription: *n\n"), "an anchor on a plain value, which Jackson drops");
        assertEquals(List.of("x.yaml:3:7: combat.<<: expected a plain value, got the YAML alias '*c'" + NO_ANCHORS),
                problemsOf("combat:\n  surprise: 2\n  <<: *c\n"));
    }

    @Test
    void aKeyWrittenTwiceIsReportedWithItsPathAndTheFirstLine() {
        assertEquals(List.of("x.yaml:4:3: calendar.start: this key is written twice (first at line 2)"),
                problemsOf("calendar:\n  start: 2022-01-01\n  end: 2022-12-31\n  start: 2022-02-01\n"));
        assertEquals(List.of("x.yaml:4:5: factions[2].name: this key is written twice (first at line 3)"),
                problemsOf("factions:\n  - id: a\n  - {id: b, name: B,\n    name: C}\n"));
    }

    @Test
    void aFileHoldsOneDocumentOfKeys() {
        assertEquals(List.of("x.yaml:3:1: expected one YAML document per file, found another"),
                problemsOf("name: a\n---\nname: b\n"));
        assertEquals(List.of("x.yaml:1:1: expected a section of keys at the top of the file, got a list"),
                problemsOf("- name: a\n"));
        assertEquals(List.of("x.yaml:1:1: expected a section of keys at the top of the file, got \"scenario\""),
                problemsOf("scenario\n"));
    }

    @Test
    void anEmptyFileIsReportedAsEmpty() {
        for (String text : List.of("", "\n\n", "# only a comment\n", "---\n", "~\n")) {
            assertEquals(List.of(EMPTY), problemsOf(text), "for '" + text + "'");
        }
    }

    @Test
    void malformedYamlIsReportedWhereTheParserStoppedWithWhatItExpected() {
        assertEquals(List.of("x.yaml:3:9: malformed YAML: expected ',' or ']', but got : (while parsing a flow "
                        + "sequence that starts at line 2, column 14)"),
                problemsOf("name: x\ndescription: [y\ncalendar: {start: 2022-01-01}\n"));
        assertEquals(List.of("x.yaml:3:1: malformed YAML: found unexpected end of stream (while scanning a quoted "
                        + "scalar that starts at line 2, column 14)"),
                problemsOf("name: x\ndescription: 'unclosed\n"));
        assertEquals(List.of("x.yaml:3:7: malformed YAML: mapping values are not allowed here"),
                problemsOf("calendar:\n  start: 2022-01-01\n   end: 2022-12-31\n"));
        assertEquals(List.of("x.yaml:2:1: malformed YAML: found character '\\t(TAB)' that cannot start any token. "
                        + "(Do not use \\t(TAB) for indentation)"),
                problemsOf("name: x\n\tdescription: y\n"));
    }

    @Test
    void scalarsKeepTheirTypeAndWhetherTheyWereQuoted() {
        ConfigNode.MapNode map = YamlTree.parseDocument("x.yaml", """
                whole: 5
                real: 0.5
                quoted: "5"
                flag: true
                quotedFlag: "true"
                yes: yes
                date: 2022-01-01
                none: null
                """);
        assertEquals(5L, scalar(map, "whole").value());
        assertEquals(0.5, scalar(map, "real").value());
        assertEquals("5", scalar(map, "quoted").value());
        assertTrue(scalar(map, "quoted").quoted());
        assertFalse(scalar(map, "whole").quoted());
        assertEquals(Boolean.TRUE, scalar(map, "flag").value());
        assertTrue(scalar(map, "quotedFlag").quoted());
        assertEquals("yes", scalar(map, "yes").value(), "only true and false are booleans");
        assertEquals("2022-01-01", scalar(map, "date").value());
        assertTrue(scalar(map, "none").isNull());
    }

    @Test
    void everyKeyAndValueRemembersItsLineAndColumn() {
        ConfigNode.MapNode map = YamlTree.parseDocument("x.yaml", "# a comment\nwagner:\n  strength:   3000\n");
        ConfigNode.MapNode wagner = (ConfigNode.MapNode) map.get("wagner");
        assertEquals(new Origin("x.yaml", 2, 1), map.keyOrigin("wagner"));
        assertEquals(new Origin("x.yaml", 3, 3), wagner.keyOrigin("strength"));
        assertEquals(new Origin("x.yaml", 3, 15), wagner.get("strength").origin());
    }

    @Test
    void aCommandLineValueIsReadAsYamlAndPlacedAtTheOverride() {
        Origin set = Origin.of("--set wagner.bases=[gao, kidal]");
        ConfigNode list = YamlTree.parseValue(set.source(), "[gao, kidal]");
        assertEquals("[gao, kidal]", shape(list));
        assertEquals(set, list.origin());
        assertEquals(set, ((ConfigNode.ListNode) list).items().get(1).origin());
        assertEquals(2000L, ((ConfigNode.Scalar) YamlTree.parseValue("s", "2000")).value());
        assertTrue(((ConfigNode.Scalar) YamlTree.parseValue("s", "")).isNull());
    }

    @Test
    void aCommandLineValueThatIsNotOneYamlValueIsRefused() {
        assertEquals(List.of("--set wagner.strength=[1: expected a YAML value, got '[1'"),
                problems(() -> YamlTree.parseValue("--set wagner.strength=[1", "[1")));
        assertEquals(List.of("--set name=!!java.lang.Runtime {}: expected a plain value, got the YAML tag "
                        + "'!!java.lang.Runtime'; tags are not allowed in --set values"),
                problems(() -> YamlTree.parseValue("--set name=!!java.lang.Runtime {}", "!!java.lang.Runtime {}")));
    }
}
