package sahelsim.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Insets;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.Icon;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ListCellRenderer;
import javax.swing.plaf.basic.BasicHTML;
import javax.swing.text.View;
import sahelsim.chart.FactionPalette;

/**
 * The news of the run, newest on top in large type, each line marked with the colour of the faction that acted.
 */
final class EventTicker extends JPanel {

    private static final long serialVersionUID = 1L;
    /** Lines kept: a screenful and more to scroll back to; the run's events.csv has every event. */
    private static final int KEPT = 60;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final DefaultListModel<NewsLines.Line> lines = new DefaultListModel<>();
    /** As wide as the panel, so that a headline wraps instead of running off to the right. */
    private final JList<NewsLines.Line> list = new JList<>(lines) {
        @Override
        public boolean getScrollableTracksViewportWidth() {
            return true;
        }
    };
    private transient FactionPalette palette;

    EventTicker() {
        super(new BorderLayout());
        setBackground(Color.WHITE);
        JLabel title = new JLabel("News");
        title.setFont(ClassroomLook.font(Font.BOLD, ClassroomLook.TITLE));
        title.setBorder(BorderFactory.createEmptyBorder(6, 8, 4, 8));
        add(title, BorderLayout.NORTH);
        list.setCellRenderer(new Renderer());
        list.setFocusable(false);
        list.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                // The list keeps each line's height; a new width changes how headlines wrap, so measure again.
                list.setFixedCellHeight(1);
                list.setFixedCellHeight(-1);
            }
        });
        JScrollPane scroll = new JScrollPane(list, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED,
                JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        add(scroll, BorderLayout.CENTER);
    }

    /** Clears the ticker for a new run. */
    void reset(ClassroomRun newRun) {
        palette = newRun.palette();
        lines.clear();
    }

    void add(List<DayReport> days) {
        for (DayReport d : days) {
            for (NewsLines.Line h : d.news()) {
                lines.add(0, h);
            }
        }
        while (lines.size() > KEPT) {
            lines.remove(lines.size() - 1);
        }
    }

    /** The shown lines, newest first. */
    List<NewsLines.Line> shown() {
        return Collections.list(lines.elements());
    }

    /** The date, then the text wrapped to the list's width. */
    private final class Renderer implements ListCellRenderer<NewsLines.Line> {

        private final JLabel label = new JLabel();

        Renderer() {
            label.setFont(ClassroomLook.font(Font.PLAIN, ClassroomLook.NEWS));
            label.setIconTextGap(10);
            label.setVerticalTextPosition(JLabel.TOP);
            label.setBorder(BorderFactory.createEmptyBorder(5, 8, 5, 8));
            label.setOpaque(true);
        }

        @Override
        public Component getListCellRendererComponent(JList<? extends NewsLines.Line> owner,
                                                      NewsLines.Line h, int index, boolean selected,
                                                      boolean focused) {
            label.setText("<html><span style='color:#505050'>" + DATE.format(h.date()) + ":</span> "
                    + escape(h.text()) + "</html>");
            label.setIcon(new Chip(palette == null ? Color.GRAY : palette.colour(h.faction())));
            label.setBackground(index % 2 == 0 ? Color.WHITE : new Color(0xF4F4F4));
            // Wrap the text to the list's width: lay the label's HTML out at that width and take its height.
            Insets in = label.getInsets();
            int textWidth = Math.max(100, owner.getWidth() - in.left - in.right - label.getIconTextGap() - 16);
            View html = (View) label.getClientProperty(BasicHTML.propertyKey);
            html.setSize(textWidth, 0);
            int height = (int) Math.ceil(html.getPreferredSpan(View.Y_AXIS)) + in.top + in.bottom + 2;
            label.setPreferredSize(new Dimension(owner.getWidth(), height));
            return label;
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A small square in a faction's colour. */
    private record Chip(Color colour) implements Icon {

        private static final int SIDE = ClassroomLook.pixels(20);

        @Override
        public void paintIcon(Component c, Graphics g, int x, int y) {
            g.setColor(colour);
            g.fillRect(x, y + 4, SIDE, SIDE);
            g.setColor(FactionPalette.outline(colour).equals(Color.WHITE) ? Color.DARK_GRAY : new Color(0x707070));
            g.drawRect(x, y + 4, SIDE, SIDE);
        }

        @Override
        public int getIconWidth() {
            return SIDE;
        }

        @Override
        public int getIconHeight() {
            return SIDE + 8;
        }
    }
}
