package sahelsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static sahelsim.scenario.ScenarioFiles.problems;
import static sahelsim.scenario.ScenarioFiles.shape;

import java.util.List;
import org.junit.jupiter.api.Test;
import sahelsim.load.YamlTree;

/** The rule by which a file that extends another overrides it. */
class TreeMergeTest {

    private static ConfigNode merged(String parent, String child) {
        return TreeMerge.merge(YamlTree.parseDocument("parent.yaml", parent), YamlTree.parseDocument("child.yaml", child));
    }

    @Test
    void sectionsMergeKeyByKeyAtEveryDepth() {
        assertEquals("{wagner={strength=3000, abuse=0.1, bases=[gao]}, name=child}", shape(merged("""
                wagner: {strength: 1000, abuse: 0.1, bases: [gao]}
                name: parent
                """, """
                wagner: {strength: 3000}
                name: child
                """)));
    }

    @Test
    void itemsWithIdsMergeByIdKeepingOrderAndAppendingNewIds() {
        assertEquals("{factions=[{id=fama, strength=5000, colour=#0072B2}, {id=jnim, strength=4000}, "
                + "{id=issp, strength=1000}]}", shape(merged("""
                factions:
                  - {id: fama, strength: 3000, colour: "#0072B2"}
                  - {id: jnim, strength: 4000}
                """, """
                factions:
                  - {id: issp, strength: 1000}
                  - {id: fama, strength: 5000}
                """)));
    }

    @Test
    void removeTrueDeletesTheInheritedItem() {
        assertEquals("{timeline=[{id=b, date=2023-01-01}]}", shape(merged("""
                timeline:
                  - {id: a, date: 2022-01-01}
                  - {id: b, date: 2023-01-01}
                """, """
                timeline:
                  - {id: a, remove: true}
                """)));
    }

    @Test
    void removingAnIdThatIsNotInheritedIsAnErrorWithASuggestion() {
        assertEquals(List.of("child.yaml:2:5: timeline.wagner-grows-2042: expected the id of an inherited item to "
                        + "remove, got 'wagner-grows-2042'; did you mean 'wagner-grows-2024'?"),
                problems(() -> merged("""
                        timeline:
                          - {id: wagner-grows-2024, date: 2024-01-01}
                        """, """
                        timeline:
                          - {id: wagner-grows-2042, remove: true}
                        """)));
    }

    @Test
    void removingFromAListTheParentLacksIsAnError() {
        assertEquals(List.of("child.yaml:2:5: timeline.a: expected the id of an inherited item to remove, got 'a'"),
                problems(() -> merged("name: parent\n", """
                        timeline:
                          - {id: a, remove: true}
                        """)));
    }

    @Test
    void anIdTwiceInTheChildIsAnErrorNotASilentMerge() {
        assertEquals(List.of("child.yaml:3:5: factions.jnim: duplicate id 'jnim'"),
                problems(() -> merged("""
                        factions:
                          - {id: jnim, strength: 4000}
                        """, """
                        factions:
                          - {id: jnim, strength: 10}
                          - {id: jnim, strength: 20}
                        """)));
    }

    @Test
    void otherListsAreReplacedWhole() {
        assertEquals("{homeAreas=[kidal], supply={origins=[gao]}}", shape(merged("""
                homeAreas: [gao, timbuktu]
                supply: {origins: [segou, sevare]}
                """, """
                homeAreas: [kidal]
                supply: {origins: [gao]}
                """)));
    }

    @Test
    void anEmptyListEmptiesTheInheritedList() {
        assertEquals("{timeline=[]}", shape(merged("""
                timeline:
                  - {id: a, date: 2022-01-01}
                """, "timeline: []\n")));
    }

    @Test
    void aValueReplacesASectionAndTheOtherWayRound() {
        assertEquals("{wagner=null, map={resolution=0.05}}", shape(merged("""
                wagner: {strength: 1000}
                map: 0.1
                """, """
                wagner: null
                map: {resolution: 0.05}
                """)));
    }

    @Test
    void theMergedKeyRemembersWhereTheChildWroteIt() {
        ConfigNode.MapNode tree = (ConfigNode.MapNode) merged("name: parent\nwagner: {strength: 1}\n",
                "\nwagner: {strength: 3000}\n");
        assertEquals(new Origin("child.yaml", 2, 1), tree.keyOrigin("wagner"));
        assertEquals(new Origin("parent.yaml", 1, 1), tree.keyOrigin("name"));
        ConfigNode strength = ((ConfigNode.MapNode) tree.get("wagner")).get("strength");
        assertEquals(new Origin("child.yaml", 2, 20), strength.origin());
    }
}
