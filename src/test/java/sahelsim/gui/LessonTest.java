package sahelsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import sahelsim.scenario.Scenario;

/** Each classroom scenario carries a lesson: questions for the class and sourced notes within its calendar. */
class LessonTest {

    private static final List<Path> CLASSROOM = List.of(Path.of("scenarios/class-2022-vacuum.yaml"),
            Path.of("scenarios/class-2023-bases.yaml"), Path.of("scenarios/class-2024-one-flag.yaml"));

    @Test
    void everyClassroomScenarioHasThreeOrFourQuestionsAndSourcedNotesInItsCalendar() {
        for (Path file : CLASSROOM) {
            Scenario scenario = GuiTestScenarios.load(file);
            Lesson lesson = Lesson.of(scenario);
            assertTrue(lesson.questions().size() >= 3 && lesson.questions().size() <= 4, file + ": "
                    + lesson.questions());
            assertTrue(lesson.notes().size() >= 3, file + ": " + lesson.notes());
            assertTrue(lesson.pauseAtNotes(), file.toString());
            for (Lesson.Note n : lesson.notes()) {
                assertTrue(n.source().startsWith("mali-facts "), file + ": " + n);
                assertTrue(!n.date().isBefore(scenario.start()) && !n.date().isAfter(scenario.end()), file + ": " + n);
            }
        }
    }

    @Test
    void theLeverFileOfTheDocsPictureIsAReplayScenarioOfItsLesson() {
        Scenario replay = GuiTestScenarios.load(Path.of("docs/lessons/class-2022-barkhane-leaves.yaml"));
        assertEquals(List.of("2022-01-15 withdraw barkhane"), ReplayScenario.levers(replay).stream()
                .map(e -> e.date() + " " + e.action().fileName() + " " + e.faction()).toList());
        assertEquals(Lesson.of(GuiTestScenarios.load(CLASSROOM.get(0))), Lesson.of(replay));
    }

    @Test
    void aScenarioOverAShorterPeriodShowsOnlyTheNotesWithinIt() {
        Scenario shorter = GuiTestScenarios.load(Path.of("src/test/resources/scenarios/vacated-base.yaml"));
        Lesson lesson = Lesson.of(shorter);
        assertTrue(lesson.notes().stream().allMatch(n -> !n.date().isAfter(shorter.end())), lesson.notes().toString());
        assertEquals(5, lesson.notes().size(), "the notes of class-2022-vacuum up to 30 September: " + lesson.notes());
    }

    @Test
    void aScenarioWithoutALessonHasAnEmptyOneAndTheNotesOfADayAreFoundByDate() {
        assertTrue(Lesson.of(GuiTestScenarios.load(GuiTestScenarios.SHORT)).isEmpty());
        Lesson lesson = Lesson.of(GuiTestScenarios.load(GuiTestScenarios.LESSON));
        assertEquals(2, lesson.questions().size());
        LocalDate fifth = LocalDate.of(2022, 1, 5);
        assertEquals(1, lesson.between(fifth.minusDays(1), fifth).size());
        assertTrue(lesson.between(fifth, fifth.plusDays(3)).isEmpty());
    }
}
