package sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static sahelsim.scenario.ScenarioFiles.FACTIONS;
import static sahelsim.scenario.ScenarioFiles.HEADER;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import sahelsim.load.ShippedGeography;
import sahelsim.scenario.ScenarioFiles;
import sahelsim.scenario.ScenarioReference;

/**
 * {@code sahelsim validate} through the real command line: each bad input of issue 3 gives exactly its
 * message (file:line:column: key.path: what was expected, got what), exit code 2 and no stack trace.
 * In file names and expected lines, "@/" stands for the test's temporary folder.
 */
class ValidateCommandTest {

    private static final String ONE_BAD = "1 of 1 file(s) have errors";
    private static final String WAGNER_KEYS = "(known keys here: faction, arrival, strength, abuse, exit, bases, "
            + "garrisonShare)";

    @TempDir
    Path dir;

    /** A case whose files are checked one by one: its expected lines end with the count of bad files. */
    private static Arguments bad(String name, Map<String, String> files, List<String> args, String... lines) {
        List<String> expected = new ArrayList<>(List.of(lines));
        expected.add(ONE_BAD);
        return Arguments.of(name, files, args, expected);
    }

    /** A case with one file, x.yaml, checked alone. */
    private static Arguments bad(String name, String text, String... lines) {
        return bad(name, Map.of("x.yaml", text), List.of("@/x.yaml"), lines);
    }

    private static Map<String, String> files(String... namesAndTexts) {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            files.put(namesAndTexts[i], namesAndTexts[i + 1]);
        }
        return files;
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                bad("unknown key, with a suggestion", HEADER + "wagner:\n  strenght: 2000\n",
                        "@/x.yaml:7:3: wagner.strenght: unknown key; did you mean 'strength'? " + WAGNER_KEYS),
                bad("wrong type", HEADER + "wagner:\n  strength: many\n",
                        "@/x.yaml:7:13: wagner.strength: expected a whole number between 0 and 100000, got \"many\""),
                bad("value out of range", HEADER + "wagner:\n  abuse: 1.5\n",
                        "@/x.yaml:7:10: wagner.abuse: expected a number between 0 and 1, got 1.5"),
                bad("quoted number", HEADER + "combat:\n  attrition: \"0.05\"\n",
                        "@/x.yaml:7:14: combat.attrition: expected a number between 0 and 1, got the text \"0.05\" "
                                + "(write numbers without quotes)"),
                bad("end before start", HEADER.replace("2023-12-31", "2021-12-31"),
                        "@/x.yaml:5:8: calendar.end: expected a date after calendar.start (2022-01-01), got "
                                + "2021-12-31"),
                bad("withdrawal outside the calendar", HEADER + FACTIONS + "foreignForces:\n"
                                + "  - {id: barkhane-gao, faction: barkhane, base: gao, troops: 1000, withdrawal: 2024-08-15}\n",
                        "@/x.yaml:11:80: foreignForces.barkhane-gao.withdrawal: expected a date within the calendar "
                                + "(2022-01-01 to 2023-12-31), got 2024-08-15; use null for never"),
                bad("unknown town", HEADER + FACTIONS + "garrisons:\n  - {id: g, town: gaoo, faction: fama, troops: 100}\n",
                        "@/x.yaml:11:19: garrisons.g.town: expected a town id, got 'gaoo'; did you mean 'gao'?"),
                bad("unknown faction", HEADER + FACTIONS + "garrisons:\n  - {id: g, town: gao, faction: jnmi, troops: 100}\n",
                        "@/x.yaml:11:33: garrisons.g.faction: expected a faction id, got 'jnmi'; did you mean 'jnim'?"),
                bad("duplicate ids", HEADER + FACTIONS
                                + "  - {id: jnim, name: JNIM again, kind: jihadist, side: insurgent, colour: \"#D55E00\"}\n",
                        "@/x.yaml:10:5: factions.jnim: duplicate id 'jnim'"),
                bad("a cycle of two files in extends", files("a.yaml", "extends: b.yaml\n", "b.yaml", "extends: a.yaml\n"),
                        List.of("@/a.yaml"),
                        "@/b.yaml:1:10: extends: extends goes round in a cycle: a.yaml -> b.yaml -> a.yaml"),
                bad("a cycle of three files in extends", files("a.yaml", "extends: b.yaml\n", "b.yaml", "extends: c.yaml\n",
                                "c.yaml", "name: c\nextends: a.yaml\n"), List.of("@/a.yaml"),
                        "@/c.yaml:2:10: extends: extends goes round in a cycle: a.yaml -> b.yaml -> c.yaml -> a.yaml"),
                bad("missing file", Map.of(), List.of("@/nothere.yaml"), "@/nothere.yaml: no such file: @/nothere.yaml"),
                bad("missing file named by extends", "name: x\nextends: base.yaml\n",
                        "@/x.yaml:2:10: extends: no such file: @/base.yaml"),
                bad("malformed YAML", HEADER + "wagner: {strength: 1000\n",
                        "@/x.yaml:7:1: malformed YAML: expected ',' or '}', but got <stream end> (while parsing a flow "
                                + "mapping that starts at line 6, column 9)"),
                bad("empty file", "", "@/x.yaml: the file is empty; expected keys such as name, description and calendar"),
                bad("a YAML tag naming java.lang.Runtime", HEADER + "wagner: !!java.lang.Runtime {}\n",
                        "@/x.yaml:6:9: wagner: expected a plain value, got the YAML tag '!!java.lang.Runtime'; tags are "
                                + "not allowed in scenario files"),
                bad("a YAML tag building a ScriptEngineManager", "name: !!javax.script.ScriptEngineManager "
                                + "[!!java.net.URLClassLoader [[!!java.net.URL [\"http://example.invalid/\"]]]]\n",
                        "@/x.yaml:1:7: name: expected a plain value, got the YAML tag "
                                + "'!!javax.script.ScriptEngineManager'; tags are not allowed in scenario files"),
                bad("a YAML anchor", HEADER + "combat: &c {attrition: 0.1}\n",
                        "@/x.yaml:6:9: combat: expected a plain value, got the YAML anchor '&c'; anchors and aliases "
                                + "are not allowed, use extends to share values between scenarios"),
                bad("a YAML alias", HEADER + "combat:\n  attrition: *a\n",
                        "@/x.yaml:7:14: combat.attrition: expected a plain value, got the YAML alias '*a'; anchors and "
                                + "aliases are not allowed, use extends to share values between scenarios"),
                bad("a key written twice", HEADER + "wagner:\n  strength: 1000\n  strength: 2000\n",
                        "@/x.yaml:8:3: wagner.strength: this key is written twice (first at line 7)"),
                bad("--set with an unknown key path", Map.of("x.yaml", HEADER),
                        List.of("@/x.yaml", "--set", "wagner.strenght=5"),
                        "--set wagner.strenght=5: wagner.strenght: unknown key; did you mean 'strength'? " + WAGNER_KEYS),
                bad("--set with an unknown list id", Map.of("x.yaml", HEADER + FACTIONS),
                        List.of("@/x.yaml", "--set", "factions.jmin.strength=5"),
                        "--set factions.jmin.strength=5: factions.jmin.strength: no item with id 'jmin' in factions; "
                                + "did you mean 'jnim'?"),
                bad("a YAML anchor on a plain value", HEADER + "combat: {attrition: &a 0.1}\n",
                        "@/x.yaml:6:21: combat.attrition: expected a plain value, got the YAML anchor '&a'; anchors "
                                + "and aliases are not allowed, use extends to share values between scenarios"),
                bad("--set with a YAML anchor", Map.of("x.yaml", HEADER),
                        List.of("@/x.yaml", "--set", "wagner.abuse=&a 0.3"),
                        "--set wagner.abuse=&a 0.3: expected a plain value, got the YAML anchor '&a'; anchors and "
                                + "aliases are not allowed in --set values"),
                bad("--set giving a key twice", Map.of("x.yaml", HEADER),
                        List.of("@/x.yaml", "--set", "wagner.abuse=0.3", "--set", "wagner.abuse=0.4"),
                        "--set wagner.abuse=0.4: wagner.abuse: this key is set twice (first by --set wagner.abuse=0.3); "
                                + "give each key once"),
                bad("--set with a value that is not YAML", Map.of("x.yaml", HEADER),
                        List.of("@/x.yaml", "--set", "wagner.strength=[1"),
                        "--set wagner.strength=[1: expected a YAML value, got '[1'"),
                Arguments.of("--set without key.path=value", Map.of("x.yaml", HEADER),
                        List.of("@/x.yaml", "--set", "wagner.strength"),
                        List.of("sahelsim validate: --set wagner.strength: expected key.path=value, such as "
                                + "wagner.strength=2000")));
    }

    private String inDir(String text) {
        return text.replace("@/", dir + File.separator);
    }

    private Cli validate(List<String> args) {
        return Cli.run(Stream.concat(Stream.of("validate"), args.stream().map(this::inDir)).toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void eachBadInputGivesItsMessageAndExitCode2(String name, Map<String, String> files, List<String> args,
                                                 List<String> expected) {
        files.forEach((file, text) -> ScenarioFiles.write(dir, file, text));
        Cli cli = validate(args);
        assertEquals(ExitCodes.BAD_INPUT, cli.exitCode, cli.toString());
        assertFalse(cli.err.contains("\tat ") || cli.err.contains("Exception"), "stack trace printed:\n" + cli);
        assertEquals(expected.stream().map(this::inDir).toList(), cli.err.lines().toList());
        assertEquals("", cli.out);
    }

    @Test
    void everyErrorInAFileIsPrintedInTheOrderOfTheFile() {
        ScenarioFiles.write(dir, "x.yaml", HEADER.replace("2023-12-31", "2021-12-31") + FACTIONS + """
                garrisons:
                  - {id: g, town: gaoo, faction: fama, troops: 100}
                wagner:
                  strenght: 2000
                  abuse: 1.5
                """);
        Cli cli = validate(List.of("@/x.yaml"));
        assertEquals(ExitCodes.BAD_INPUT, cli.exitCode, cli.toString());
        assertEquals(List.of(
                inDir("@/x.yaml:13:3: wagner.strenght: unknown key; did you mean 'strength'? " + WAGNER_KEYS),
                inDir("@/x.yaml:14:10: wagner.abuse: expected a number between 0 and 1, got 1.5"),
                ONE_BAD), cli.err.lines().toList());
        ScenarioFiles.write(dir, "x.yaml", HEADER.replace("2023-12-31", "2021-12-31") + FACTIONS + """
                garrisons:
                  - {id: g, town: gaoo, faction: fama, troops: 100}
                """);
        assertEquals(List.of(
                inDir("@/x.yaml:5:8: calendar.end: expected a date after calendar.start (2022-01-01), got 2021-12-31"),
                inDir("@/x.yaml:11:19: garrisons.g.town: expected a town id, got 'gaoo'; did you mean 'gao'?"),
                ONE_BAD), validate(List.of("@/x.yaml")).err.lines().toList());
    }

    @Test
    void severalFilesAreEachCheckedAndTheBadOnesCounted() {
        ScenarioFiles.write(dir, "good.yaml", HEADER);
        ScenarioFiles.write(dir, "bad.yaml", HEADER + "wagner: {strength: many}\n");
        Cli cli = validate(List.of("@/good.yaml", "@/bad.yaml", "@/missing.yaml", "@/good.yaml"));
        assertEquals(ExitCodes.BAD_INPUT, cli.exitCode, cli.toString());
        assertEquals(List.of(inDir("@/good.yaml: ok"), inDir("@/good.yaml: ok")), cli.out.lines().toList());
        assertEquals(List.of(
                inDir("@/bad.yaml:6:20: wagner.strength: expected a whole number between 0 and 100000, got \"many\""),
                inDir("@/missing.yaml: no such file: @/missing.yaml"),
                "2 of 4 file(s) have errors"), cli.err.lines().toList());
    }

    @Test
    void everyShippedScenarioIsOk() throws IOException {
        List<String> files;
        try (Stream<Path> list = Files.list(Path.of("scenarios"))) {
            files = list.map(Path::toString).filter(f -> f.endsWith(".yaml")).sorted().toList();
        }
        Cli cli = Cli.run(Stream.concat(Stream.of("validate"), files.stream()).toArray(String[]::new));
        assertEquals(ExitCodes.OK, cli.exitCode, cli.toString());
        assertEquals(files.stream().map(f -> f + ": ok").toList(), cli.out.lines().toList());
        assertEquals("", cli.err);
    }

    @Test
    void referencePrintsTheGeneratedPage() {
        Cli cli = Cli.run("validate", "--reference");
        assertEquals(ExitCodes.OK, cli.exitCode, cli.toString());
        assertEquals(ScenarioReference.markdown(ShippedGeography.geography()), cli.out);
    }

    @Test
    void noFileIsBadInput() {
        Cli cli = Cli.run("validate");
        assertEquals(ExitCodes.BAD_INPUT, cli.exitCode);
        assertEquals(List.of("sahelsim validate: expected at least one scenario FILE to check"), cli.err.lines().toList());
    }
}
