package sahelsim.gui;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import sahelsim.load.RecordsByName;
import sahelsim.scenario.ConfigNode;
import sahelsim.scenario.Scenario;

/**
 * A scenario's lesson (its {@code lesson} keys): questions for the class, and notes on what happened
 * historically that the window shows on their dates, stopping the run there unless the teacher turned that
 * off. The model never reads these keys, so they are read here from the scenario's checked key tree, by name.
 */
record Lesson(List<String> questions, List<Note> notes, boolean pauseAtNotes) {

    private static final RecordsByName RECORDS = new RecordsByName();

    Lesson {
        questions = List.copyOf(questions);
        notes = List.copyOf(notes);
    }

    /** What happened on a date, and where that comes from. */
    record Note(String id, LocalDate date, String text, String source) {
    }

    static Lesson of(Scenario scenario) {
        Lesson written = RECORDS.read((ConfigNode.MapNode) scenario.tree().get("lesson"), "lesson", Lesson.class);
        // A scenario that extends a classroom one over a shorter period keeps its notes: those outside the period
        // are not shown.
        List<Note> shown = written.notes().stream()
                .filter(n -> !n.date().isBefore(scenario.start()) && !n.date().isAfter(scenario.end()))
                .sorted(Comparator.comparing(Note::date))
                .toList();
        return new Lesson(written.questions(), shown, written.pauseAtNotes());
    }

    boolean isEmpty() {
        return questions.isEmpty() && notes.isEmpty();
    }

    /** The notes dated after {@code from} and up to {@code to}: those a run passed in its last days. */
    List<Note> between(LocalDate from, LocalDate to) {
        return notes.stream().filter(n -> n.date().isAfter(from) && !n.date().isAfter(to)).toList();
    }
}
