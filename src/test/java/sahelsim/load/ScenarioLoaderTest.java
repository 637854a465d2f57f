package sahelsim.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static sahelsim.scenario.ScenarioFiles.FACTIONS;
import static sahelsim.scenario.ScenarioFiles.HEADER;
import static sahelsim.scenario.ScenarioFiles.load;
import static sahelsim.scenario.ScenarioFiles.problems;
import static sahelsim.scenario.ScenarioFiles.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sahelsim.scenario.FactionSpec;
import sahelsim.scenario.Scenario;
import sahelsim.scenario.TimelineEvent;

/** Loading files: extends chains, cycles, missing files and --set overrides. */
class ScenarioLoaderTest {

    /** A base scenario: lines 1-9 header and factions, then Wagner and two timeline events. */
    private static final String BASE = HEADER + FACTIONS + """
            wagner: {faction: fama, arrival: 2022-01-01, strength: 1000, abuse: 0.1, bases: [gao]}
            timeline:
              - {id: grows, date: 2022-06-01, action: reinforce, faction: fama, troops: 500}
              - {id: truce, date: 2023-01-01, action: truce, between: [fama, jnim]}
            """;

    @TempDir
    Path dir;

    private static List<String> ids(Scenario scenario) {
        return scenario.timeline().stream().map(TimelineEvent::id).toList();
    }

    @Test
    void aMissingFileIsNamed() {
        Path file = dir.resolve("nothere.yaml");
        assertEquals(List.of(file + ": no such file: " + file), problems(() -> load(file)));
    }

    @Test
    void aFolderIsNotAScenarioFile() {
        assertEquals(List.of(dir + ": " + dir + " is a folder; expected a scenario file"), problems(() -> load(dir)));
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() throws IOException {
        Path file = Files.write(dir.resolve("latin1.yaml"), new byte[] {'n', 'a', 'm', 'e', ':', ' ', (byte) 0xE9});
        assertEquals(List.of(file + ": " + file + " is not UTF-8 text"), problems(() -> load(file)));
    }

    @Test
    void aMissingParentIsReportedAtTheExtendsLine() {
        Path child = write(dir, "child.yaml", "name: child\nextends: nowhere.yaml\n");
        assertEquals(List.of(child + ":2:10: extends: no such file: " + dir.resolve("nowhere.yaml")),
                problems(() -> load(child)));
    }

    @Test
    void extendsMustNameAFile() {
        Path child = write(dir, "child.yaml", "extends: [a.yaml, b.yaml]\n");
        assertEquals(List.of(child + ":1:10: extends: expected the path of another scenario file, got a list"),
                problems(() -> load(child)));
    }

    @Test
    void aCycleOfTwoFilesIsRefusedWithTheWholeCycle() {
        Path a = write(dir, "a.yaml", "extends: b.yaml\nname: a\n");
        write(dir, "b.yaml", "name: b\nextends: a.yaml\n");
        assertEquals(List.of(dir.resolve("b.yaml") + ":2:10: extends: extends goes round in a cycle: a.yaml -> b.yaml "
                + "-> a.yaml"), problems(() -> load(a)));
    }

    @Test
    void aCycleOfThreeFilesIsRefusedWithTheWholeCycle() {
        Path one = write(dir, "one.yaml", "extends: two.yaml\n");
        write(dir, "two.yaml", "extends: sub/three.yaml\n");
        write(dir, "sub/three.yaml", "extends: ../one.yaml\n");
        assertEquals(List.of(dir.resolve("sub/three.yaml") + ":1:10: extends: extends goes round in a cycle: "
                + "one.yaml -> two.yaml -> three.yaml -> one.yaml"), problems(() -> load(one)));
    }

    @Test
    void aFileThatExtendsItselfIsACycle() {
        Path self = write(dir, "self.yaml", "extends: ./self.yaml\n");
        assertEquals(List.of(self + ":1:10: extends: extends goes round in a cycle: self.yaml -> self.yaml"),
                problems(() -> load(self)));
    }

    @Test
    void aChainOfThreeMergesDeeplyWithTheNearestFileWinning() {
        write(dir, "base.yaml", BASE);
        write(dir, "middle/middle.yaml", """
                extends: ../base.yaml
                name: middle
                wagner: {strength: 2000, abuse: 0.2}
                timeline:
                  - {id: grows, troops: 800}
                """);
        Path top = write(dir, "top.yaml", """
                extends: middle/middle.yaml
                name: top
                wagner: {abuse: 0.3}
                factions:
                  - {id: jnim, strength: 4000}
                  - {id: issp, name: ISSP, kind: jihadist, side: insurgent, colour: "#CC79A7"}
                timeline:
                  - {id: truce, remove: true}
                """);
        Scenario scenario = load(top);
        assertEquals("top", scenario.name());
        assertEquals("A scenario for tests.", scenario.description());
        assertEquals(2000, scenario.wagner().strength());
        assertEquals(0.3, scenario.wagner().abuse());
        assertEquals(List.of("gao"), scenario.wagner().bases());
        assertEquals(List.of("fama", "barkhane", "jnim", "issp"),
                scenario.factions().stream().map(FactionSpec::id).toList());
        assertEquals(4000, scenario.faction("jnim").orElseThrow().strength());
        assertEquals("JNIM", scenario.faction("jnim").orElseThrow().name());
        assertEquals(List.of("grows"), ids(scenario));
        assertEquals(800, scenario.timeline().get(0).troops());
        assertEquals("fama", scenario.timeline().get(0).faction());
    }

    @Test
    void aProblemInAnInheritedValueIsReportedInTheFileThatWroteIt() {
        write(dir, "base.yaml", BASE.replace("strength: 1000", "strength: lots"));
        Path child = write(dir, "child.yaml", "extends: base.yaml\ncombat: {attrition: 2}\n");
        assertEquals(List.of(dir.resolve("base.yaml") + ":10:56: wagner.strength: expected a whole number between 0 "
                        + "and 100000, got \"lots\"",
                        child + ":2:21: combat.attrition: expected a number between 0 and 1, got 2"),
                problems(() -> load(child)));
    }

    @Test
    void aMisspeltIdInAFileThatExtendsAnotherIsNamedBeforeTheKeysTheNewItemLacks() {
        write(dir, "base.yaml", BASE);
        Path child = write(dir, "child.yaml", "extends: base.yaml\ntimeline:\n  - {id: grow, troops: 900}\n");
        assertEquals(List.of(
                        child + ":3:5: timeline.grow: expected the id of an existing item or a complete new item, got "
                                + "'grow'; did you mean 'grows'?",
                        child + ":3:5: timeline.grow.date: missing; expected a date YYYY-MM-DD",
                        child + ":3:5: timeline.grow.action: missing; expected one of withdraw, reinforce, set, "
                                + "hostility, truce, breakTruce, formCoalition, breakCoalition, wagnerArrives, "
                                + "wagnerLeaves, objective"),
                problems(() -> load(child)));
    }

    @Test
    void settingsApplyAfterExtendsAndReachIntoListsById() {
        write(dir, "base.yaml", BASE);
        Path child = write(dir, "child.yaml", "extends: base.yaml\nwagner: {strength: 2000}\n");
        Scenario scenario = load(child, "wagner.strength=3000", "factions.jnim.behaviour.aggression=0.9",
                "timeline.grows.troops=700");
        assertEquals(3000, scenario.wagner().strength());
        assertEquals(0.9, scenario.faction("jnim").orElseThrow().behaviour().aggression());
        assertEquals(0.5, scenario.faction("fama").orElseThrow().behaviour().aggression());
        assertEquals(700, scenario.timeline().get(0).troops());
    }

    @Test
    void aSettingThatBreaksACrossCheckIsReportedAtTheSetting() {
        Path file = write(dir, "x.yaml", BASE);
        assertEquals(List.of("--set timeline.grows.faction=jnmi: timeline.grows.faction: expected a faction id, got "
                        + "'jnmi'; did you mean 'jnim'?"),
                problems(() -> load(file, "timeline.grows.faction=jnmi")));
    }

    @Test
    void anUnknownSettingPathGetsASuggestion() {
        Path file = write(dir, "x.yaml", BASE);
        assertEquals(List.of("--set wagner.strenght=5: wagner.strenght: unknown key; did you mean 'strength'? "
                        + "(known keys here: faction, arrival, strength, abuse, exit, bases, garrisonShare)"),
                problems(() -> load(file, "wagner.strenght=5")));
        assertEquals(List.of("--set factions.jmin.strength=5: factions.jmin.strength: no item with id 'jmin' in "
                        + "factions; did you mean 'jnim'?"),
                problems(() -> load(file, "factions.jmin.strength=5")));
    }

    @Test
    void aSettingWithoutAnEqualsSignIsRefused() {
        assertEquals(List.of("--set wagner.strength: expected key.path=value, such as wagner.strength=2000"),
                problems(() -> load(dir.resolve("x.yaml"), "wagner.strength")));
        assertEquals(List.of("--set =5: expected key.path=value, such as wagner.strength=2000"),
                problems(() -> load(dir.resolve("x.yaml"), "=5")));
    }
}
