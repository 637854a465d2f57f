package sahelsim.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.GridLayout;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSplitPane;
import javax.swing.WindowConstants;
import sim.display.Display2D;

/**
 * The classroom window: the run's controls on top, the map in the middle with the live charts and the
 * headlines beside it, the levers and a status line at the bottom.
 */
final class ClassroomWindow extends JFrame {

    private static final long serialVersionUID = 1L;
    private static final int SIDE_WIDTH = 440;

    private final RunControls controls;
    private final transient LiveCharts charts = new LiveCharts();
    private final EventTicker ticker = new EventTicker();
    private final LeverPanel levers;
    private final JLabel status = new JLabel(" ");
    private int run = -1;

    ClassroomWindow(String title, RunControls controls, Display2D display, LeverPanel levers) {
        super(title);
        this.controls = controls;
        this.levers = levers;
        setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);

        JPanel side = new JPanel(new GridLayout(3, 1, 0, 6));
        side.setBackground(Color.WHITE);
        side.add(charts.controlPanel());
        side.add(charts.deathsPanel());
        side.add(ticker);
        side.setMinimumSize(new Dimension(300, 300));
        JSplitPane middle = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, display, side);
        middle.setResizeWeight(1.0);
        middle.setContinuousLayout(true);
        middle.setBorder(null);
        middle.addComponentListener(new ComponentAdapter() {
            private boolean placed;

            @Override
            public void componentResized(ComponentEvent e) {
                // Once the window has its size: the charts get about 440 pixels, enough for their labels, and the
                // map the rest; later the teacher can drag the divider, and resizing changes the map's share.
                if (!placed && middle.getWidth() > 0) {
                    placed = true;
                    int side = ClassroomLook.pixels(SIDE_WIDTH);
                    middle.setDividerLocation(Math.max(middle.getWidth() / 2, middle.getWidth() - side));
                }
            }
        });

        status.setFont(ClassroomLook.font(Font.PLAIN, 15f));
        status.setBorder(BorderFactory.createEmptyBorder(2, 10, 4, 10));
        JPanel bottom = new JPanel(new BorderLayout());
        bottom.add(levers, BorderLayout.CENTER);
        bottom.add(status, BorderLayout.SOUTH);

        getContentPane().setLayout(new BorderLayout());
        getContentPane().add(controls, BorderLayout.NORTH);
        getContentPane().add(middle, BorderLayout.CENTER);
        getContentPane().add(bottom, BorderLayout.SOUTH);
    }

    /** Empties the charts and the ticker for a new run and shows its levers. */
    void newRun(ClassroomRun newRun) {
        run = newRun.number();
        charts.reset(newRun);
        ticker.reset(newRun);
        levers.show(newRun.levers().state());
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

    void status(String message) {
        status.setText(message);
    }

    RunControls controls() {
        return controls;
    }

    LeverPanel levers() {
        return levers;
    }

    EventTicker ticker() {
        return ticker;
    }

    @Override
    public void dispose() {
        controls.stopRefreshing();
        super.dispose();
    }
}
