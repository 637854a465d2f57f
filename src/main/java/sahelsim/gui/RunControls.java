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
 * The run's controls in words rather than MASON's small icons: Play, Pause, Step a day, Restart, a speed slider,
 * and the button that flips the map to the run before the last Restart and back. Play, Pause and Step drive
 * MASON's Console, so its own buttons stay in step.
 */
final class RunControls extends JPanel {

    private static final long serialVersionUID = 1L;
    /** Pause between two days in milliseconds, from slow to as fast as the computer goes. */
    private static final long[] SLEEP = {600, 250, 80, 20, 0};

    /** Shows the run before the last Restart on the map (true) or the run going on (false). */
    interface Flip {
        void showBefore(boolean before);
    }

    private static final String NOW = "Map: this run";
    private static final String BEFORE = "Map: run before";

    private final transient Console console;
    private final transient Runnable beforePlay;
    private final JButton play = ClassroomLook.big(new JButton("\u25B6  Play"));
    private final JButton pause = ClassroomLook.big(new JButton("\u23F8  Pause"));
    private final JButton step = ClassroomLook.big(new JButton("Step a day"));
    private final JButton restart = ClassroomLook.big(new JButton("\u27F2  Restart"));
    private final JToggleButton before = ClassroomLook.big(new JToggleButton(NOW));
    private final Timer refresh;

    /** @param beforePlay runs before each Play (the lesson sets the day to stop at) */
    RunControls(Console console, Flip flip, Runnable beforePlay) {
        super(new FlowLayout(FlowLayout.LEFT, ClassroomLook.pixels(8), ClassroomLook.pixels(6)));
        this.console = console;
        this.beforePlay = beforePlay;
        add(play);
        add(pause);
        add(step);
        add(restart);
        JLabel speedLabel = new JLabel("   Speed");
        speedLabel.setFont(ClassroomLook.font(Font.BOLD, ClassroomLook.LINE));
        add(speedLabel);
        add(speedSlider());
        add(before);
        before.setEnabled(false);
        before.setToolTipText("Flip the map between this run and the run before the last Restart, on the same date");
        play.addActionListener(e -> play());
        pause.addActionListener(e -> pause());
        step.addActionListener(e -> step());
        restart.addActionListener(e -> restart());
        before.addActionListener(e -> {
            before.setText(before.isSelected() ? BEFORE : NOW);
            flip.showBefore(before.isSelected());
        });
        refresh = new Timer(250, e -> updateButtons());
        refresh.start();
        updateButtons();
    }

    void play() {
        beforePlay.run();
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

    /** The flip button, usable once there is a run before; back on this run after a Restart. */
    void beforeAvailable(boolean available) {
        before.setEnabled(available);
        before.setSelected(false);
        before.setText(NOW);
    }

    JToggleButton flipButton() {
        return before;
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
        s.setPreferredSize(new Dimension(ClassroomLook.pixels(170), s.getPreferredSize().height));
        s.addChangeListener(e -> console.setPlaySleep(SLEEP[s.getValue()]));
        console.setPlaySleep(SLEEP[s.getValue()]);
        return s;
    }

    private static JLabel label(String text) {
        JLabel l = new JLabel(text);
        l.setFont(ClassroomLook.font(Font.PLAIN, ClassroomLook.LINE));
        return l;
    }
}
