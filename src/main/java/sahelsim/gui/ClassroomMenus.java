package sahelsim.gui;

import java.awt.event.KeyEvent;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.KeyStroke;

/**
 * The window's menus: what a class does not need on screen all the time. Run: another scenario, a PNG of the
 * map, a GIF, quit. View: full screen, and MASON's own console, inspectors and map options for those who want
 * them. Lesson: the questions for the class, and whether the run stops at the lesson's notes.
 */
final class ClassroomMenus {

    /** What the menu items do; the window's owner provides them. */
    interface Actions {
        void chooseScenario();

        void snapshot();

        /** Starts or stops recording; says whether it records now. */
        boolean toggleGif();

        void quit();

        void fullScreen(boolean on);

        /** Shows MASON's console (with its inspectors) and the map's own options, or hides them. */
        void masonControls(boolean shown);

        void questions();

        void stopAtNotes(boolean stop);
    }

    private final JCheckBoxMenuItem gif = new JCheckBoxMenuItem("Record a GIF of the map");
    private final JCheckBoxMenuItem fullScreen = new JCheckBoxMenuItem("Full screen");
    private final JCheckBoxMenuItem mason = new JCheckBoxMenuItem("MASON console, inspectors and map options");
    private final JCheckBoxMenuItem stopAtNotes = new JCheckBoxMenuItem("Stop at the lesson's notes");
    private final JMenuItem questions = new JMenuItem("Questions for the class\u2026");
    private final JMenuBar bar = new JMenuBar();

    ClassroomMenus(Actions actions, boolean lesson, boolean stopping) {
        JMenu run = new JMenu("Run");
        run.setMnemonic(KeyEvent.VK_R);
        JMenuItem scenario = new JMenuItem("Another scenario\u2026");
        scenario.addActionListener(e -> actions.chooseScenario());
        JMenuItem snapshot = new JMenuItem("Save the map as a picture (PNG)");
        snapshot.addActionListener(e -> actions.snapshot());
        gif.addActionListener(e -> gif.setSelected(actions.toggleGif()));
        JMenuItem quit = new JMenuItem("Quit");
        quit.addActionListener(e -> actions.quit());
        run.add(scenario);
        run.add(snapshot);
        run.add(gif);
        run.addSeparator();
        run.add(quit);

        JMenu view = new JMenu("View");
        view.setMnemonic(KeyEvent.VK_V);
        fullScreen.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_F11, 0));
        fullScreen.addActionListener(e -> actions.fullScreen(fullScreen.isSelected()));
        mason.addActionListener(e -> actions.masonControls(mason.isSelected()));
        view.add(fullScreen);
        view.add(mason);

        JMenu lessonMenu = new JMenu("Lesson");
        lessonMenu.setMnemonic(KeyEvent.VK_L);
        questions.addActionListener(e -> actions.questions());
        stopAtNotes.setSelected(stopping);
        stopAtNotes.addActionListener(e -> actions.stopAtNotes(stopAtNotes.isSelected()));
        questions.setEnabled(lesson);
        stopAtNotes.setEnabled(lesson);
        lessonMenu.add(questions);
        lessonMenu.add(stopAtNotes);

        bar.add(run);
        bar.add(view);
        bar.add(lessonMenu);
    }

    JMenuBar bar() {
        return bar;
    }

    /** The GIF item shows whether a recording is going on (it also stops when a run ends or restarts). */
    void showRecording(boolean recording) {
        gif.setSelected(recording);
    }

    void showFullScreen(boolean on) {
        fullScreen.setSelected(on);
    }
}
