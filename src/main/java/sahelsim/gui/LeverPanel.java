package sahelsim.gui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;
import sahelsim.scenario.TimelineEvent;

/**
 * The levers, as big buttons and two sliders: a foreign force leaves now, Wagner arrives or leaves, a
 * coalition forms or breaks, the state's legitimacy, Wagner's abuse rate. Each pull goes through
 * {@link Levers} (a timeline event for the next day); the panel then shows what the levers can do next.
 */
final class LeverPanel extends JPanel {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** Pulls a lever on the current run, records it, and says what was done (for the status line). */
    interface Puller {
        void pull(Function<Levers, TimelineEvent> lever);
    }

    private final transient Puller puller;
    private final JPanel forces = ClassroomLook.group(new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 2)),
            "Foreign forces");
    private final JButton wagner = ClassroomLook.big(new JButton("Wagner"));
    private final JLabel wagnerAfter = new JLabel(" ", JLabel.CENTER);
    private final JPanel coalitions = ClassroomLook.group(new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 2)),
            "Rebel coalition");
    private final JSlider legitimacy = percentSlider();
    private final JSlider abuse = percentSlider();
    private final JLabel when = new JLabel(" ");
    private final List<JButton> forceButtons = new ArrayList<>();
    private final List<JButton> coalitionButtons = new ArrayList<>();
    private transient LeverState state;

    LeverPanel(Puller puller) {
        super(new BorderLayout());
        this.puller = puller;
        setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
        Box row = Box.createHorizontalBox();
        row.add(forces);
        JPanel wagnerBox = ClassroomLook.group(new JPanel(new BorderLayout(0, 2)), "Russian contractors");
        wagnerBox.add(wagner, BorderLayout.CENTER);
        wagnerAfter.setFont(ClassroomLook.font(Font.PLAIN, 14f));
        wagnerBox.add(wagnerAfter, BorderLayout.SOUTH);
        row.add(wagnerBox);
        row.add(coalitions);
        row.add(sliderBox("State legitimacy", legitimacy));
        row.add(sliderBox("Wagner abuses", abuse));
        row.add(Box.createHorizontalGlue());
        add(row, BorderLayout.CENTER);
        when.setFont(ClassroomLook.font(Font.PLAIN, 15f));
        add(when, BorderLayout.SOUTH);
        wagner.addActionListener(e -> {
            if (state != null) {
                puller.pull(state.wagner().present() ? Levers::wagnerLeaves : Levers::wagnerArrives);
            }
        });
        legitimacy.addChangeListener(e -> released(legitimacy, state == null ? 0 : state.legitimacy(),
                v -> l -> l.setLegitimacy(v)));
        abuse.addChangeListener(e -> released(abuse, state == null ? 0 : state.abuse(),
                v -> l -> l.setWagnerAbuse(v)));
    }

    /** Shows what the levers can do now. Swing thread. */
    void show(LeverState now) {
        if (now.equals(state)) {
            return;
        }
        boolean rebuild = state == null || state.forces().size() != now.forces().size()
                || state.coalitions().size() != now.coalitions().size();
        state = now;
        if (rebuild) {
            rebuildButtons(now);
        }
        String on = now.open() ? " on " + DAY.format(now.nextDate()) : "";
        for (int i = 0; i < now.forces().size(); i++) {
            LeverState.Force f = now.forces().get(i);
            JButton b = forceButtons.get(i);
            b.setText(f.pending() ? f.name() + " leaves" + on : f.present() ? f.name() + " leaves now"
                    : f.name() + " has left");
            b.setEnabled(now.open() && f.present() && !f.pending());
        }
        LeverState.Wagner w = now.wagner();
        String move = w.present() ? " leaves" : " arrives";
        wagner.setText(!w.available() ? "Not in this scenario" : w.name() + move + (w.pending() ? on : " now"));
        wagner.setEnabled(now.open() && w.available() && !w.pending());
        wagnerAfter.setText(w.present() && now.open() ? afterLeaving(w) : " ");
        for (int i = 0; i < now.coalitions().size(); i++) {
            LeverState.Coalition c = now.coalitions().get(i);
            JButton b = coalitionButtons.get(i);
            b.setText(c.pending() ? c.members() + (c.active() ? " breaks" : " forms") + on
                    : (c.active() ? "Break " : "Form ") + c.members());
            b.setEnabled(now.open() && !c.pending());
        }
        setSlider(legitimacy, now.legitimacy(), now.open());
        setSlider(abuse, now.abuse(), now.open() && w.available());
        when.setText(now.open() ? "A lever takes effect on " + DATE.format(now.nextDate()) + ", the next simulated "
                + "day, and is recorded so that the run can be replayed." : "The run is over: press Restart to pull "
                + "levers again.");
    }

    /**
     * What follows the contractors' departure: a departure cancels their later reinforcements, except those
     * the scenario marks as coming anyway.
     */
    static String afterLeaving(LeverState.Wagner w) {
        if (w.stillComing().isEmpty()) {
            return "no reinforcements follow";
        }
        List<String> parts = new ArrayList<>();
        for (LeverState.Reinforcement r : w.stillComing()) {
            parts.add(String.format(Locale.ENGLISH, "%,d on %s", r.troops(), SHORT_DATE.format(r.date())));
        }
        return "only " + String.join(", ", parts) + " still come";
    }

    private void rebuildButtons(LeverState now) {
        forces.removeAll();
        forceButtons.clear();
        for (LeverState.Force f : now.forces()) {
            JButton b = ClassroomLook.big(new JButton(f.name()));
            String id = f.factionId();
            b.addActionListener(e -> puller.pull(l -> l.withdraw(id)));
            forces.add(b);
            forceButtons.add(b);
        }
        coalitions.removeAll();
        coalitionButtons.clear();
        for (LeverState.Coalition c : now.coalitions()) {
            JButton b = ClassroomLook.big(new JButton(c.members()));
            String id = c.id();
            b.addActionListener(e -> {
                boolean active = state.coalitions().stream().anyMatch(k -> k.id().equals(id) && k.active());
                puller.pull(active ? l -> l.breakCoalition(id) : l -> l.formCoalition(id));
            });
            coalitions.add(b);
            coalitionButtons.add(b);
        }
        coalitions.setVisible(!now.coalitions().isEmpty());
        revalidate();
    }

    /** A slider pulls its lever when let go at a new value, not at every step of a drag. */
    private void released(JSlider slider, double current, Function<Double, Function<Levers, TimelineEvent>> lever) {
        if (slider.getValueIsAdjusting() || !slider.isEnabled() || state == null) {
            return;
        }
        double value = slider.getValue() / 100.0;
        if (Math.round(current * 100) != slider.getValue()) {
            puller.pull(lever.apply(value));
        }
    }

    private static void setSlider(JSlider slider, double value, boolean enabled) {
        if (!slider.getValueIsAdjusting()) {
            slider.setValue((int) Math.round(value * 100));
        }
        slider.setEnabled(enabled);
    }

    private static JSlider percentSlider() {
        JSlider s = new JSlider(0, 100, 50);
        s.setMajorTickSpacing(25);
        s.setPaintTicks(true);
        Hashtable<Integer, JLabel> labels = new Hashtable<>();
        for (int v : new int[] {0, 100}) {
            JLabel l = new JLabel(v + "%");
            l.setFont(ClassroomLook.font(Font.PLAIN, 14f));
            labels.put(v, l);
        }
        s.setLabelTable(labels);
        s.setPaintLabels(true);
        s.setPreferredSize(new Dimension(ClassroomLook.pixels(150), s.getPreferredSize().height));
        s.setMinimumSize(s.getPreferredSize());
        return s;
    }

    private static JPanel sliderBox(String title, JSlider slider) {
        JPanel box = ClassroomLook.group(new JPanel(new BorderLayout()), title);
        JLabel value = new JLabel(slider.getValue() + "%", JLabel.CENTER);
        value.setFont(ClassroomLook.font(Font.BOLD, 18f));
        slider.addChangeListener(e -> value.setText(slider.getValue() + "%"));
        box.add(value, BorderLayout.NORTH);
        box.add(slider, BorderLayout.CENTER);
        return box;
    }

    List<JButton> forceButtons() {
        return forceButtons;
    }

    JButton wagnerButton() {
        return wagner;
    }

    JLabel wagnerAfterLeaving() {
        return wagnerAfter;
    }

    List<JButton> coalitionButtons() {
        return coalitionButtons;
    }

    JSlider legitimacySlider() {
        return legitimacy;
    }
}
