package sahelsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static sahelsim.scenario.ScenarioFiles.problems;
import static sahelsim.scenario.ScenarioFiles.shape;

import java.util.List;
import org.junit.jupiter.api.Test;
import sahelsim.load.YamlTree;

/** Setting one value by key path, as --set and sweeps do. */
class OverridesTest {

    private static final ConfigNode TREE = YamlTree.parseDocument("x.yaml", """
            wagner: {strength: 1000}
            factions:
              - {id: fama, behaviour: {aggression: 0.6}}
              - {id: jnim, behaviour: {aggression: 0.6}}
            """);

    private static ConfigNode value(String setting, String text) {
        return YamlTree.parseValue("--set " + setting, text);
    }

    @Test
    void aPathReplacesTheValueAndLeavesTheRestAlone() {
        ConfigNode out = Overrides.set(TREE, "wagner.strength", value("wagner.strength=3000", "3000"));
        assertEquals("{wagner={strength=3000}, factions=[{id=fama, behaviour={aggression=0.6}}, "
                + "{id=jnim, behaviour={aggression=0.6}}]}", shape(out));
        assertEquals(new Origin("--set wagner.strength=3000", 0, 0), Overrides.get(out, "wagner.strength").origin());
    }

    @Test
    void aStepIntoAListNamesTheItemById() {
        ConfigNode out = Overrides.set(TREE, "factions.jnim.behaviour.aggression", value("s", "0.9"));
        assertEquals("0.9", ((ConfigNode.Scalar) Overrides.get(out, "factions.jnim.behaviour.aggression")).text());
        assertEquals("0.6", ((ConfigNode.Scalar) Overrides.get(out, "factions.fama.behaviour.aggression")).text());
    }

    @Test
    void missingSectionsAreCreatedSoTheSchemaCheckCanJudgeTheKey() {
        ConfigNode out = Overrides.set(TREE, "combat.surprise", value("s", "3"));
        assertEquals("{surprise=3}", shape(Overrides.get(out, "combat")));
    }

    @Test
    void anUnknownItemIdSuggestsTheNearestId() {
        assertEquals(List.of("--set factions.jmin.strength=5: factions.jmin.strength: no item with id 'jmin' in "
                        + "factions; did you mean 'jnim'?"),
                problems(() -> Overrides.set(TREE, "factions.jmin.strength", value("factions.jmin.strength=5", "5"))));
    }

    @Test
    void aPathThatNamesAWholeItemIsRefused() {
        assertEquals(List.of("--set factions.jnim=5: factions.jnim: names a whole item; set one of its keys instead, "
                        + "such as factions.jnim.<key>"),
                problems(() -> Overrides.set(TREE, "factions.jnim", value("factions.jnim=5", "5"))));
    }

    @Test
    void anEmptyStepOrAnEmptyPathIsRefused() {
        assertEquals(List.of("--set wagner..strength=1: wagner..strength: empty step in the key path"),
                problems(() -> Overrides.set(TREE, "wagner..strength", value("wagner..strength=1", "1"))));
        assertEquals(List.of("--set =1: expected a key path such as wagner.strength"),
                problems(() -> Overrides.set(TREE, "", value("=1", "1"))));
    }

    @Test
    void getFindsNothingOnAPathThatIsNotThere() {
        assertNull(Overrides.get(TREE, "wagner.abuse"));
        assertNull(Overrides.get(TREE, "factions.issp.strength"));
        assertNull(Overrides.get(TREE, "wagner.strength.more"));
    }
}
