package sahelsim.gui;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.Window;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.List;
import java.util.Optional;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTextArea;
import javax.swing.ListSelectionModel;

/** Lets the teacher pick a scenario from a list, reading each one's description before opening it. */
final class ScenarioChooser {

    private static final String FIRST_CHOICE = "historical-2022";

    private ScenarioChooser() {
    }

    /** Shows the list; the chosen scenario, or empty when the teacher cancels. Swing thread. */
    static Optional<ScenarioCatalog.Entry> choose(Window owner, List<ScenarioCatalog.Entry> entries, String folder) {
        JDialog dialog = new JDialog(owner, "sahelsim \u2014 choose a scenario", JDialog.DEFAULT_MODALITY_TYPE);
        JList<ScenarioCatalog.Entry> list = new JList<>(entries.toArray(ScenarioCatalog.Entry[]::new));
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setFont(ClassroomLook.font(Font.BOLD, 19f));
        list.setCellRenderer(new DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Component getListCellRendererComponent(JList<?> l, Object value, int index,
                                                                   boolean selected, boolean focused) {
                JLabel label = (JLabel) super.getListCellRendererComponent(l, ((ScenarioCatalog.Entry) value).title(),
                        index, selected, focused);
                label.setBorder(BorderFactory.createEmptyBorder(6, 10, 6, 10));
                return label;
            }
        });
        JTextArea description = new JTextArea();
        description.setEditable(false);
        description.setLineWrap(true);
        description.setWrapStyleWord(true);
        description.setFont(ClassroomLook.font(Font.PLAIN, 19f));
        description.setBorder(BorderFactory.createEmptyBorder(12, 14, 12, 14));
        JButton open = ClassroomLook.big(new JButton("Open"));
        JButton cancel = ClassroomLook.big(new JButton("Cancel"));
        ScenarioCatalog.Entry[] chosen = new ScenarioCatalog.Entry[1];
        list.addListSelectionListener(e -> {
            ScenarioCatalog.Entry entry = list.getSelectedValue();
            description.setText(entry == null ? "" : entry.text());
            description.setCaretPosition(0);
            open.setEnabled(entry != null && entry.scenario() != null);
        });
        Runnable accept = () -> {
            chosen[0] = list.getSelectedValue();
            dialog.dispose();
        };
        open.addActionListener(e -> accept.run());
        cancel.addActionListener(e -> dialog.dispose());
        list.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2 && open.isEnabled()) {
                    accept.run();
                }
            }
        });
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, new JScrollPane(list),
                new JScrollPane(description));
        split.setResizeWeight(0.35);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 10, 8));
        buttons.add(cancel);
        buttons.add(open);
        JLabel heading = new JLabel(entries.isEmpty() ? "No scenario files (*.yaml) in " + folder
                : "Choose a scenario (files in " + folder + ")");
        heading.setFont(ClassroomLook.font(Font.BOLD, 19f));
        heading.setBorder(BorderFactory.createEmptyBorder(10, 12, 6, 12));
        dialog.getContentPane().add(heading, BorderLayout.NORTH);
        dialog.getContentPane().add(split, BorderLayout.CENTER);
        dialog.getContentPane().add(buttons, BorderLayout.SOUTH);
        dialog.setSize(new Dimension(ClassroomLook.pixels(1100), ClassroomLook.pixels(640)));
        dialog.setLocationRelativeTo(owner);
        if (!entries.isEmpty()) {
            // The historical scenario first: every other one is a variation of it.
            int historical = 0;
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i).scenario() != null && entries.get(i).scenario().name().equals(FIRST_CHOICE)) {
                    historical = i;
                }
            }
            list.setSelectedIndex(historical);
        } else {
            open.setEnabled(false);
        }
        dialog.setVisible(true);
        return Optional.ofNullable(chosen[0]);
    }
}
