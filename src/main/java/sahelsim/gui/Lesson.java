package sahelsim.gui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import sahelsim.scenario.ConfigNode;
import sahelsim.scenario.Scenario;

/**
 * A scenario's lesson (its {@code lesson} keys): questions for the class, and notes on what happened
 * historically that the window shows on their dates, stopping the run there unless the teacher turned that
 * off. The model never reads these keys, so they are read here from the scenario's checked key tree.
 */
record Lesson(List<String> questions, List<Note> notes, boolean pauseAtNotes) {

    Lesson {
        questions = List.copyOf(questions);
        notes = List.copyOf(notes);
    }

    /** What happened on a date, and where that comes from. */
    record Note(LocalDate date, String text, String source) {
    }

    static Lesson of(Scenario scenario) {
        ConfigNode.MapNode lesson = (ConfigNode.MapNode) scenario.tree().get("lesson");
        List<String> questions = new ArrayList<>();
        for (ConfigNode q : ((ConfigNode.ListNode) lesson.get("questions")).items()) {
            questions.add(((ConfigNode.Scalar) q).text());
        }
        List<Note> notes = new ArrayList<>();
        for (ConfigNode n : ((ConfigNode.ListNode) lesson.get("notes")).items()) {
            ConfigNode.MapNode note = (ConfigNode.MapNode) n;
            LocalDate date = LocalDate.parse(text(note, "date"));
            // A scenario that extends a classroom one over a shorter period keeps its notes: those outside the
            // period are not shown.
            if (!date.isBefore(scenario.start()) && !date.isAfter(scenario.end())) {
                notes.add(new Note(date, text(note, "text"), text(note, "source")));
            }
        }
        notes.sort((a, b) -> a.date().compareTo(b.date()));
        return new Lesson(questions, notes, (Boolean) ((ConfigNode.Scalar) lesson.get("pauseAtNotes")).value());
    }

    boolean isEmpty() {
        return questions.isEmpty() && notes.isEmpty();
    }

    /** The notes dated after {@code from} and up to {@code to}: those a run passed in its last days. */
    List<Note> between(LocalDate from, LocalDate to) {
        return notes.stream().filter(n -> n.date().isAfter(from) && !n.date().isAfter(to)).toList();
    }

    private static String text(ConfigNode.MapNode m, String key) {
        return ((ConfigNode.Scalar) m.get(key)).text();
    }
}
