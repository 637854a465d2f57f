package sahelsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static sahelsim.scenario.ScenarioFiles.FACTIONS;
import static sahelsim.scenario.ScenarioFiles.HEADER;
import static sahelsim.scenario.ScenarioFiles.build;
import static sahelsim.scenario.ScenarioFiles.problems;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The lesson keys, read by the classroom window only, are checked like every other key. */
class LessonKeysTest {

    @Test
    void aQuestionThatIsNotTextAndANoteWithoutASourceAreReported() {
        assertEquals(List.of(
                        "x.yaml:12:5: lesson.questions: expected a list of texts, got the item a section",
                        "x.yaml:14:7: lesson.notes.early.source: missing; expected a text"),
                problems(() -> build(HEADER + FACTIONS + """
                        lesson:
                          questions:
                            - {who: holds Gao}
                          notes:
                            - {id: early, date: 2022-03-01, text: Something happened.}
                        """)));
    }

    @Test
    void aNoteOutsideTheCalendarIsNoError() {
        // A scenario that extends a classroom one over a shorter period keeps the notes it inherits.
        Scenario scenario = build(HEADER + FACTIONS + """
                lesson:
                  notes:
                    - {id: late, date: 2030-01-01, text: Too late., source: mali-facts 3}
                """);
        ConfigNode.MapNode lesson = (ConfigNode.MapNode) scenario.tree().get("lesson");
        assertEquals(1, ((ConfigNode.ListNode) lesson.get("notes")).items().size());
    }

    @Test
    void aScenarioWithoutALessonHasNoQuestionsNoNotesAndStopsAtNotes() {
        Scenario scenario = build(HEADER + FACTIONS);
        ConfigNode.MapNode lesson = (ConfigNode.MapNode) scenario.tree().get("lesson");
        assertEquals(0, ((ConfigNode.ListNode) lesson.get("questions")).items().size());
        assertEquals(0, ((ConfigNode.ListNode) lesson.get("notes")).items().size());
        assertEquals(Boolean.TRUE, ((ConfigNode.Scalar) lesson.get("pauseAtNotes")).value());
    }
}
