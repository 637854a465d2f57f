package sahelsim.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.JSplitPane;
import javax.swing.WindowConstants;
import sim.display.Display2D;

/**
 * The classroom window, laid out for a projector: the run's controls on top; the map, with its date and legend,
 * over most of the width; beside it the live charts and the news; the levers and the line that explains them at
 * the bottom. MASON's console, inspectors and map options stay one menu item away (View).
 */
final class ClassroomWindow extends JFrame {

    private static final long serialVersionUID = 1L;
    /** The map's share of the width: never less, so that the charts keep room for their labels, nor more. */
    static final double MIN_MAP_SHARE = 0.6;
    static final double MAX_MAP_SHARE = 0.72;
    /** Each chart's share of the side's height, without and with a lesson's note over the news. */
    private static final double CHART_SHARE = 0.38;
    private static final double CHART_SHARE_WITH_NOTE = 0.32;

    private final RunControls controls;
    private final ClassroomMenus menus;
    private final Display2D display;
    private final transient LiveCharts charts = new LiveCharts();
    private final EventTicker ticker = new EventTicker();
    private final LeverPanel levers;
    private final LessonPanel lesson;
    private final JSplitPane middle;
    private int run = -1;

    ClassroomWindow(String title, RunControls controls, ClassroomMenus menus, Display2D display, LeverPanel levers,
                    LessonPanel lesson) {
        super(title);
        this.controls = controls;
        this.menus = menus;
        this.display = display;
        this.levers = levers;
        this.lesson = lesson;
        setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        setJMenuBar(menus.bar());

        // The charts take more of the height than the news, which scrolls.
        JPanel charts3 = new JPanel(new GridBagLayout());
        charts3.setBackground(Color.WHITE);
        for (JComponent c : List.of(charts.controlPanel(), charts.deathsPanel(), ticker)) {
            // Small preferred sizes, so that the weights alone share the height out.
            c.setPreferredSize(new Dimension(100, 100));
            c.setMinimumSize(new Dimension(50, 50));
        }
        // The lesson's note, when there is one, stands over the news, which then gets more of the height.
        JPanel news = new JPanel(new BorderLayout());
        news.setPreferredSize(new Dimension(100, 100));
        news.add(lesson, BorderLayout.NORTH);
        news.add(ticker, BorderLayout.CENTER);
        charts3.add(charts.controlPanel(), row(0, CHART_SHARE));
        charts3.add(charts.deathsPanel(), row(1, CHART_SHARE));
        charts3.add(news, row(2, 1 - 2 * CHART_SHARE));
        lesson.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentShown(ComponentEvent e) {
                share(charts3, news, CHART_SHARE_WITH_NOTE);
            }

            @Override
            public void componentHidden(ComponentEvent e) {
                share(charts3, news, CHART_SHARE);
            }
        });
        JPanel side = new JPanel(new BorderLayout());
        side.setBackground(Color.WHITE);
        side.add(charts3, BorderLayout.CENTER);
        side.setMinimumSize(new Dimension(200, 200));
        middle = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, display, side);
        middle.setResizeWeight(1.0);
        middle.setContinuousLayout(true);
        middle.setBorder(null);
        middle.setDividerSize(ClassroomLook.pixels(8));
        middle.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                placeDivider();
            }
        });

        getContentPane().setLayout(new BorderLayout());
        getContentPane().add(controls, BorderLayout.NORTH);
        getContentPane().add(middle, BorderLayout.CENTER);
        getContentPane().add(levers, BorderLayout.SOUTH);
    }

    /** Gives each chart {@code share} of the side's height and the news the rest. */
    private void share(JPanel column, JPanel news, double share) {
        GridBagLayout layout = (GridBagLayout) column.getLayout();
        layout.setConstraints(charts.controlPanel(), row(0, share));
        layout.setConstraints(charts.deathsPanel(), row(1, share));
        layout.setConstraints(news, row(2, 1 - 2 * share));
        column.revalidate();
    }

    private static GridBagConstraints row(int y, double weight) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.gridy = y;
        c.weightx = 1;
        c.weighty = weight;
        c.fill = GridBagConstraints.BOTH;
        c.insets = new Insets(0, 0, ClassroomLook.pixels(4), 0);
        return c;
    }

    /**
     * Gives the map the width at which its frame fills the height it has, within 60-72% of the width: the map is
     * taller than it is wide, and the charts need room for their labels.
     */
    private void placeDivider() {
        int width = middle.getWidth();
        if (width <= 0) {
            return;
        }
        int fit = (int) Math.ceil(middle.getHeight() * (double) MapFrame.WIDTH / MapFrame.HEIGHT) + 4;
        int map = (int) Math.max(width * MIN_MAP_SHARE, Math.min(width * MAX_MAP_SHARE, fit));
        middle.setDividerLocation(map);
    }

    /** Starts the charts and the ticker of a new run (the run before stays on the charts) and shows its levers. */
    void newRun(ClassroomRun newRun, String before) {
        run = newRun.number();
        charts.reset(newRun, before);
        ticker.reset(newRun);
        levers.show(newRun.levers().state());
        controls.beforeAvailable(charts.ghostLabel() != null);
    }

    /** Shows the days the model has simulated since the last call; reports of an earlier run are dropped. */
    void show(List<DayReport> reports) {
        List<DayReport> days = reports.stream().filter(d -> d.run() == run).toList();
        if (days.isEmpty()) {
            return;
        }
        charts.add(days);
        ticker.add(days);
        levers.show(days.get(days.size() - 1).levers());
    }

    /** Says something on the line under the levers. */
    void status(String message) {
        levers.said(message);
    }

    /** Shows MASON's own map options (layers, scale, redraw) above the map, or hides them. */
    void masonMapOptions(boolean shown) {
        display.header.setVisible(shown);
        display.revalidate();
    }

    RunControls controls() {
        return controls;
    }

    ClassroomMenus menus() {
        return menus;
    }

    LeverPanel levers() {
        return levers;
    }

    EventTicker ticker() {
        return ticker;
    }

    LiveCharts charts() {
        return charts;
    }

    LessonPanel lesson() {
        return lesson;
    }

    @Override
    public void dispose() {
        controls.stopRefreshing();
        super.dispose();
    }
}
