package sahelsim.gui;

import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.util.Hashtable;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;
import javax.swing.JToggleButton;
import javax.swing.Timer;
import sim.display.Console;

/**
 * The run's controls in words rather than MASON's small icons: Play, Pause, Step a day, Restart, a speed
 * slider, and the scenario, snapshot and GIF buttons. Play, Pause and Step drive MASON's Console, so its own
 * buttons stay in step.
 */
final class RunControls extends JPanel {

    private static final long serialVersionUID = 1L;
    /** Pause between two days in milliseconds, from slow to as fast as the computer goes. */
    private static final long[] SLEEP = {600, 250, 80, 20, 0};

    /** What the other buttons do; the window provides them. */
    interface Actions {
        void chooseScenario();

        void snapshot();

        /** Starts or stops recording; says whether it records now. */
        boolean toggleGif();
    }

    private final transient Console console;
    private final JButton play = ClassroomLook.big(new JButton("\u25B6  Play"));
    private final JButton pause = ClassroomLook.big(new JButton("\u23F8  Pause"));
    private final JButton step = ClassroomLook.big(new JButton("Step a day"));
    private final JButton restart = ClassroomLook.big(new JButton("\u27F2  Restart"));
    private final JToggleButton gif = ClassroomLook.big(new JToggleButton("\u25CF  Record GIF"));
    private final Timer refresh;

    RunControls(Console console, Actions actions) {
        super(new FlowLayout(FlowLayout.LEFT, 8, 6));
        this.console = console;
        add(play);
        add(pause);
        add(step);
        add(restart);
        JLabel speedLabel = new JLabel("   Speed");
        speedLabel.setFont(ClassroomLook.font(Font.BOLD, 17f));
        add(speedLabel);
        add(speedSlider());
        JButton scenario = ClassroomLook.big(new JButton("Scenario\u2026"));
        JButton snapshot = ClassroomLook.big(new JButton("Snapshot"));
        snapshot.setToolTipText("Save the map as it is now as a PNG picture");
        add(scenario);
        add(snapshot);
        add(gif);
        play.addActionListener(e -> play());
        pause.addActionListener(e -> pause());
        step.addActionListener(e -> step());
        restart.addActionListener(e -> restart());
        scenario.addActionListener(e -> actions.chooseScenario());
        snapshot.addActionListener(e -> actions.snapshot());
        gif.addActionListener(e -> gif.setSelected(actions.toggleGif()));
        refresh = new Timer(250, e -> updateButtons());
        refresh.start();
        updateButtons();
    }

    void play() {
        switch (console.getPlayState()) {
            case Console.PS_STOPPED -> console.pressPlay();
            // MASON's pause button is a toggle: pressing it again resumes.
            case Console.PS_PAUSED -> console.pressPause();
            default -> { }
        }
        updateButtons();
    }

    void pause() {
        if (console.getPlayState() == Console.PS_PLAYING) {
            console.pressPause();
        }
        updateButtons();
    }

    /** Simulates one day; MASON's play button steps when the run is paused. */
    void step() {
        if (console.getPlayState() == Console.PS_PAUSED) {
            console.pressPlay();
        }
        updateButtons();
    }

    /** A new run of the same scenario, paused on its first day. */
    void restart() {
        console.pressStop();
        console.pressPause();
        updateButtons();
    }

    /** The GIF button shows whether a recording is going on (it also stops when a run ends or restarts). */
    void showRecording(boolean recording) {
        gif.setSelected(recording);
    }

    private void updateButtons() {
        int state = console.getPlayState();
        play.setEnabled(state != Console.PS_PLAYING);
        pause.setEnabled(state == Console.PS_PLAYING);
        step.setEnabled(state == Console.PS_PAUSED);
    }

    void stopRefreshing() {
        refresh.stop();
    }

    private JSlider speedSlider() {
        JSlider s = new JSlider(0, SLEEP.length - 1, 2);
        Hashtable<Integer, JLabel> labels = new Hashtable<>();
        labels.put(0, label("slow"));
        labels.put(SLEEP.length - 1, label("fast"));
        s.setLabelTable(labels);
        s.setPaintLabels(true);
        s.setSnapToTicks(true);
        s.setMajorTickSpacing(1);
        s.setPaintTicks(true);
        s.setPreferredSize(new Dimension(ClassroomLook.pixels(150), s.getPreferredSize().height));
        s.addChangeListener(e -> console.setPlaySleep(SLEEP[s.getValue()]));
        console.setPlaySleep(SLEEP[s.getValue()]);
        return s;
    }

    private static JLabel label(String text) {
        JLabel l = new JLabel(text);
        l.setFont(ClassroomLook.font(Font.PLAIN, 14f));
        return l;
    }
}
