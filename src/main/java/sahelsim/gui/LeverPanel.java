package sahelsim.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSlider;
import javax.swing.border.CompoundBorder;
import javax.swing.border.TitledBorder;
import sahelsim.scenario.TimelineEvent;

/**
 * The levers, in one row: a button for each foreign force, the contractors and each coalition, and two sliders
 * (the state's legitimacy, the contractors' abuses). Each group's title says how things stand ("MINUSMA: in
 * 12 bases"), its button what a pull does ("Leave now"); the line under the row says, for the lever under the
 * mouse (or else the last one pulled), what it does on which day and what stays scheduled. Each pull goes
 * through {@link Levers}, a timeline event for the next day.
 */
final class LeverPanel extends JPanel {

    private static final long serialVersionUID = 1L;
    private static final String NEXT_DAY = "A lever acts on ";
    /** A pull waiting for the next day. */
    private static final Color PENDING = new Color(0xFFD27A);

    /** Pulls a lever on the current run and says what was done, on the line under the levers. */
    interface Puller {
        void pull(Function<Levers, TimelineEvent> lever, String explanation);
    }

    private final transient Puller puller;
    private final JPanel row = new JPanel(new FlowLayout(FlowLayout.LEFT, ClassroomLook.pixels(8), 0));
    private final JSlider legitimacy = percentSlider();
    private final JSlider abuse = percentSlider();
    private final JPanel legitimacyBox = sliderBox(legitimacy);
    private final JPanel abuseBox = sliderBox(abuse);
    private final JLabel line = new JLabel(" ");
    private final List<JButton> buttons = new ArrayList<>();
    private final List<JPanel> groups = new ArrayList<>();
    private transient LeverState state;
    private String said = " ";
    private String hovered;

    LeverPanel(Puller puller) {
        super(new BorderLayout());
        this.puller = puller;
        setBorder(BorderFactory.createEmptyBorder(0, ClassroomLook.pixels(6), 0, ClassroomLook.pixels(6)));
        row.setOpaque(false);
        add(row, BorderLayout.CENTER);
        line.setFont(ClassroomLook.font(Font.PLAIN, ClassroomLook.LINE));
        line.setBorder(BorderFactory.createEmptyBorder(ClassroomLook.pixels(2), ClassroomLook.pixels(4),
                ClassroomLook.pixels(4), 0));
        add(line, BorderLayout.SOUTH);
        legitimacy.addChangeListener(e -> released(legitimacy, state == null ? 0 : state.legitimacy(),
                v -> l -> l.setLegitimacy(v), v -> "The state's legitimacy becomes " + Percent.of(v) + " on "
                        + next() + ": grievance grows where the state is seen as illegitimate."));
        abuse.addChangeListener(e -> released(abuse, state == null ? 0 : state.abuse(),
                v -> l -> l.setWagnerAbuse(v), v -> "From " + next() + " an operation of the contractors turns into "
                        + "a massacre " + Percent.of(v) + " of the time."));
        hover(legitimacy, () -> "Drag and let go: the state's legitimacy in the eyes of civilians, from the next "
                + "day.");
        hover(abuse, () -> "Drag and let go: how often the contractors' operations turn into massacres, from the "
                + "next day.");
    }

    /** Shows what the levers can do now. Swing thread. */
    void show(LeverState now) {
        if (now.equals(state)) {
            return;
        }
        boolean rebuild = state == null || state.buttons().size() != now.buttons().size();
        state = now;
        if (rebuild) {
            rebuild(now);
        }
        for (int i = 0; i < now.buttons().size(); i++) {
            LeverState.Button b = now.buttons().get(i);
            JButton button = buttons.get(i);
            button.setText(b.action());
            button.setEnabled(b.enabled());
            button.setBackground(b.pending() ? PENDING : null);
            title(groups.get(i), b.name() + ": " + b.status());
        }
        title(legitimacyBox, "Legitimacy " + Percent.of(now.legitimacy()));
        title(abuseBox, "Wagner's abuses " + Percent.of(now.abuse()));
        setSlider(legitimacy, now.legitimacy(), now.open());
        setSlider(abuse, now.abuse(), now.open() && now.abuseOpen());
        abuseBox.setVisible(now.abuseOpen());
        row.revalidate();
        if (!now.open()) {
            said = "The run is over: press Restart to pull levers again.";
        } else if (said.isBlank() || said.startsWith("The run is over") || said.startsWith(NEXT_DAY)) {
            said = NEXT_DAY + LeverReading.DAY.format(now.nextDate()) + ", the next day simulated; point at one to "
                    + "see what it does.";
        }
        refreshLine();
    }

    /** Says what was just done, on the line under the levers. */
    void said(String text) {
        said = text;
        refreshLine();
    }

    private void refreshLine() {
        String text = said;
        if (hovered != null && state != null) {
            text = hovered;
        }
        line.setText(text);
    }

    private void rebuild(LeverState now) {
        row.removeAll();
        buttons.clear();
        groups.clear();
        for (LeverState.Button b : now.buttons()) {
            JPanel group = ClassroomLook.group(new TitledGroup(), b.name());
            JButton button = ClassroomLook.big(new JButton(b.action()));
            LeverState.Target target = b.target();
            String id = b.id();
            button.addActionListener(e -> pull(target, id));
            hover(button, () -> {
                LeverState.Button current = state == null ? null : state.button(target, id);
                return current == null ? null : current.explanation();
            });
            group.add(button, BorderLayout.CENTER);
            row.add(group);
            buttons.add(button);
            groups.add(group);
        }
        row.add(Box.createHorizontalStrut(ClassroomLook.pixels(6)));
        row.add(legitimacyBox);
        row.add(abuseBox);
        revalidate();
    }

    private void pull(LeverState.Target target, String id) {
        LeverState.Button b = state == null ? null : state.button(target, id);
        if (b == null || !b.enabled()) {
            return;
        }
        Function<Levers, TimelineEvent> lever = switch (target) {
            case FORCE -> l -> l.withdraw(id);
            case WAGNER -> b.on() ? Levers::wagnerLeaves : Levers::wagnerArrives;
            case COALITION -> b.on() ? l -> l.breakCoalition(id) : l -> l.formCoalition(id);
        };
        puller.pull(lever, b.explanation());
    }

    /** The line under the levers tells what the component under the mouse does. */
    private void hover(JComponent c, Supplier<String> explanation) {
        c.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseEntered(MouseEvent e) {
                hovered = explanation.get();
                refreshLine();
            }

            @Override
            public void mouseExited(MouseEvent e) {
                hovered = null;
                refreshLine();
            }
        });
    }

    private String next() {
        return state == null || state.nextDate() == null ? "" : LeverReading.DAY.format(state.nextDate());
    }

    /** A slider pulls its lever when let go at a new value, not at every step of a drag. */
    private void released(JSlider slider, double current, DoubleFunction<Function<Levers, TimelineEvent>> lever,
                          DoubleFunction<String> explanation) {
        if (slider.getValueIsAdjusting() || !slider.isEnabled() || state == null) {
            return;
        }
        double value = slider.getValue() / 100.0;
        if (Math.round(current * 100) != slider.getValue()) {
            puller.pull(lever.apply(value), explanation.apply(value));
        }
    }

    private static void setSlider(JSlider slider, double value, boolean enabled) {
        if (!slider.getValueIsAdjusting()) {
            slider.setValue((int) Math.round(value * 100));
        }
        slider.setEnabled(enabled);
    }

    private static void title(JPanel box, String text) {
        titled(box).setTitle(text);
        box.repaint();
    }

    /** The title of a group made by {@link ClassroomLook#group}. */
    private static TitledBorder titled(JComponent group) {
        return (TitledBorder) ((CompoundBorder) group.getBorder()).getOutsideBorder();
    }

    private static JSlider percentSlider() {
        JSlider s = new JSlider(0, 100, 50);
        s.setMajorTickSpacing(25);
        s.setPaintTicks(true);
        Hashtable<Integer, JLabel> labels = new Hashtable<>();
        for (int v : new int[] {0, 100}) {
            JLabel l = new JLabel(String.format(Locale.ENGLISH, "%d%%", v));
            l.setFont(ClassroomLook.font(Font.PLAIN, ClassroomLook.LINE));
            labels.put(v, l);
        }
        s.setLabelTable(labels);
        s.setPaintLabels(true);
        s.setOpaque(false);
        s.setPreferredSize(new Dimension(ClassroomLook.pixels(230), s.getPreferredSize().height));
        return s;
    }

    private static JPanel sliderBox(JSlider slider) {
        JPanel box = ClassroomLook.group(new TitledGroup(), " ");
        box.add(slider, BorderLayout.CENTER);
        return box;
    }

    /** A group at least as wide as its title, which says how the lever stands and must not be cut. */
    private static final class TitledGroup extends JPanel {

        private static final long serialVersionUID = 1L;

        TitledGroup() {
            super(new BorderLayout());
        }

        @Override
        public Dimension getPreferredSize() {
            Dimension d = super.getPreferredSize();
            TitledBorder title = titled(this);
            int w = getFontMetrics(title.getTitleFont()).stringWidth(title.getTitle()) + ClassroomLook.pixels(34);
            return new Dimension(Math.max(d.width, w), d.height);
        }
    }

    List<JButton> buttons() {
        return buttons;
    }

    /** The button of a lever, or null. */
    JButton button(LeverState.Target target, String id) {
        for (int i = 0; state != null && i < state.buttons().size(); i++) {
            LeverState.Button b = state.buttons().get(i);
            if (b.target() == target && b.id().equals(id)) {
                return buttons.get(i);
            }
        }
        return null;
    }

    /** A group's title, "MINUSMA: in 12 bases", for tests. */
    String groupTitle(JButton button) {
        return titled(groups.get(buttons.indexOf(button))).getTitle();
    }

    JLabel line() {
        return line;
    }

    JSlider legitimacySlider() {
        return legitimacy;
    }
}
