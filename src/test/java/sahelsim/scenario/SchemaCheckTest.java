package sahelsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static sahelsim.scenario.ScenarioFiles.FACTIONS;
import static sahelsim.scenario.ScenarioFiles.HEADER;
import static sahelsim.scenario.ScenarioFiles.build;
import static sahelsim.scenario.ScenarioFiles.problems;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The schema check: every key known, typed and in range, every list item with its own id. */
class SchemaCheckTest {

    @Test
    void anUnknownKeySuggestsTheKnownKeyItResembles() {
        assertEquals(List.of("x.yaml:7:3: wagner.strenght: unknown key; did you mean 'strength'? (known keys here: "
                        + "faction, arrival, strength, abuse, exit, bases, garrisonShare)"),
                problems(() -> build(HEADER + """
                        wagner:
                          strenght: 2000
                        """)));
    }

    @Test
    void anUnknownKeyLikeNoKnownKeyListsTheKnownKeys() {
        assertEquals(List.of("x.yaml:7:3: map.zoom: unknown key (known keys here: resolution)"),
                problems(() -> build(HEADER + """
                        map:
                          zoom: 3
                        """)));
    }

    @Test
    void aWrongTypeSaysWhatWasExpectedAndWhatWasWritten() {
        assertEquals(List.of("x.yaml:7:13: wagner.strength: expected a whole number between 0 and 100000, got \"many\""),
                problems(() -> build(HEADER + """
                        wagner:
                          strength: many
                        """)));
    }

    @Test
    void aValueWhereASectionBelongsIsAWrongType() {
        assertEquals(List.of("x.yaml:6:9: combat: expected a section of keys, got 0.05"),
                problems(() -> build(HEADER + "combat: 0.05\n")));
    }

    @Test
    void valuesOutOfRangeGiveTheRange() {
        assertEquals(List.of(
                        "x.yaml:7:15: map.resolution: expected a number between 0.02 and 0.5, got 2",
                        "x.yaml:9:13: wagner.strength: expected a whole number between 0 and 100000, got -5",
                        "x.yaml:10:10: wagner.abuse: expected a number between 0 and 1, got 1.5",
                        "x.yaml:12:18: combat.maxBattleDays: expected a whole number between 1 and 60, got 2.5"),
                problems(() -> build(HEADER + """
                        map:
                          resolution: 2
                        wagner:
                          strength: -5
                          abuse: 1.5
                        combat:
                          maxBattleDays: 2.5
                        """)));
    }

    @Test
    void aQuotedNumberIsTextAndTheMessageSaysToDropTheQuotes() {
        assertEquals(List.of("x.yaml:7:14: combat.attrition: expected a number between 0 and 1, got the text \"0.05\" "
                        + "(write numbers without quotes)"),
                problems(() -> build(HEADER + """
                        combat:
                          attrition: "0.05"
                        """)));
    }

    @Test
    void aQuotedNumberWhereADateBelongsGetsNoHintAboutNumbers() {
        assertEquals(List.of("x.yaml:7:12: wagner.arrival: expected a date YYYY-MM-DD or null (never), got \"2022\""),
                problems(() -> build(HEADER + """
                        wagner:
                          arrival: "2022"
                        """)));
    }

    @Test
    void onlyTrueAndFalseAreBooleansSoYesIsAWrongTypeAndNoIsText() {
        assertEquals(List.of("x.yaml:14:12: relations.truce-1.truce: expected true or false, got \"yes\""),
                problems(() -> build(HEADER + FACTIONS + """
                        relations:
                          - id: truce-1
                            between: [fama, jnim]
                            hostility: 0.5
                            truce: yes
                        """)));
        assertEquals("No", build(HEADER.replace("name: test", "name: No")).name());
    }

    @Test
    void aMissingRequiredKeyIsReportedWhereItShouldBe() {
        assertEquals(List.of("x.yaml:1:1: name: missing; expected a text"),
                problems(() -> build(HEADER.replace("name: test\n", ""))));
    }

    @Test
    void aMissingSectionIsReportedInTheFileNotAtTheDefaults() {
        assertEquals(List.of("x.yaml:1:1: calendar.start: missing; expected a date YYYY-MM-DD",
                        "x.yaml:1:1: calendar.end: missing; expected a date YYYY-MM-DD"),
                problems(() -> build("name: test\ndescription: No calendar.\n")));
    }

    @Test
    void aDuplicateIdIsReportedAtTheSecondItem() {
        assertEquals(List.of("x.yaml:9:5: factions.fama: duplicate id 'fama'"),
                problems(() -> build(HEADER + """
                        factions:
                          - {id: fama, name: FAMa, kind: state, side: government, colour: "#0072B2"}
                          - {id: jnim, name: JNIM, kind: jihadist, side: insurgent, colour: "#D55E00"}
                          - {id: fama, name: FAMa again, kind: state, side: government, colour: "#0072B2"}
                        """)));
    }

    @Test
    void everyProblemIsReportedInTheOrderOfTheFile() {
        assertEquals(List.of(
                        "x.yaml:1:1: description: missing; expected a text",
                        "x.yaml:5:8: calendar.end: expected a date YYYY-MM-DD, got \"soon\"",
                        "x.yaml:7:3: wagner.strenght: unknown key; did you mean 'strength'? (known keys here: "
                                + "faction, arrival, strength, abuse, exit, bases, garrisonShare)",
                        "x.yaml:8:10: wagner.abuse: expected a number between 0 and 1, got \"high\"",
                        "x.yaml:10:14: combat.attrition: expected a number between 0 and 1, got -1",
                        "x.yaml:11:3: combat.surprize: unknown key; did you mean 'surprise'? (known keys here: "
                                + "attrition, fortification, terrainDefence, surprise, breakLosses, maxBattleDays, "
                                + "engagementKm, clashChance, collateral, killedShare, massacreMedian, massacreSpread)"),
                problems(() -> build("""
                        name: test
                        calendar:
                          start: 2022-01-01
                          # the end is not a date
                          end: soon
                        wagner:
                          strenght: 2000
                          abuse: high
                        combat:
                          attrition: -1
                          surprize: 3
                        """)));
    }

    @Test
    void theCheckedTreeHasEveryKeyInSchemaOrderWithItsDefault() {
        ConfigNode.MapNode tree = build(HEADER + "combat: {surprise: 3}\n").tree();
        assertEquals(ScenarioSchema.ROOT.names(), List.copyOf(tree.entries().keySet()));
        ConfigNode.MapNode combat = (ConfigNode.MapNode) tree.get("combat");
        assertEquals(3.0, ((ConfigNode.Scalar) combat.get("surprise")).value());
        assertEquals(0.05, ((ConfigNode.Scalar) combat.get("attrition")).value());
        assertEquals(Origin.DEFAULT, combat.get("attrition").origin());
    }
}
