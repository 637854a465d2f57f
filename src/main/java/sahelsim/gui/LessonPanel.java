package sahelsim.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Font;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;

/**
 * The lesson's box above the charts: on a note's date, what happened historically and its source, in large
 * type; at the end of a run, the questions for the class. Hidden the rest of the time.
 */
final class LessonPanel extends JPanel {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final Color PAPER = new Color(0xFFF4C8);

    private final JLabel text = new JLabel();
    private final JButton goOn = ClassroomLook.big(new JButton("Go on \u25B6"));
    private boolean stopped;

    /** @param goOnAction plays the run again after a note stopped it */
    LessonPanel(Runnable goOnAction) {
        super(new BorderLayout(ClassroomLook.pixels(8), 0));
        setBackground(PAPER);
        setBorder(BorderFactory.createCompoundBorder(BorderFactory.createMatteBorder(0, 0, 3, 0,
                new Color(0xC9A227)), BorderFactory.createEmptyBorder(ClassroomLook.pixels(6),
                ClassroomLook.pixels(10), ClassroomLook.pixels(6), ClassroomLook.pixels(8))));
        text.setFont(ClassroomLook.font(Font.PLAIN, ClassroomLook.NEWS));
        text.setVerticalAlignment(JLabel.TOP);
        add(text, BorderLayout.CENTER);
        JPanel right = new JPanel(new BorderLayout());
        right.setOpaque(false);
        right.add(goOn, BorderLayout.NORTH);
        add(right, BorderLayout.EAST);
        goOn.addActionListener(e -> {
            setVisible(false);
            if (stopped) {
                goOnAction.run();
            }
        });
        setVisible(false);
    }

    /** Shows what happened historically on the notes' date; {@code stopped}: the run waits for Go on. */
    void showNotes(List<Lesson.Note> notes, boolean stopped) {
        StringBuilder b = new StringBuilder("<html><b>What really happened, " + DATE.format(notes.get(0).date())
                + "</b>");
        for (Lesson.Note n : notes) {
            b.append("<br>").append(escape(n.text())).append(" <span style='color:#6b5a1e; font-size:80%'>Source: ")
                    .append(escape(n.source())).append(".</span>");
        }
        show(b.append("</html>").toString(), stopped);
    }

    /** Shows the lesson's questions, numbered. */
    void showQuestions(List<String> questions) {
        StringBuilder b = new StringBuilder("<html><b>Questions for the class</b>");
        for (int i = 0; i < questions.size(); i++) {
            b.append("<br>").append(i + 1).append(". ").append(escape(questions.get(i)));
        }
        show(b.append("</html>").toString(), false);
    }

    private void show(String html, boolean stopping) {
        stopped = stopping;
        text.setText(html);
        goOn.setText(stopping ? "Go on \u25B6" : "Close");
        setVisible(true);
        revalidate();
    }

    String text() {
        return text.getText();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
