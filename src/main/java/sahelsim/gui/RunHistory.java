package sahelsim.gui;

import java.util.ArrayList;
import java.util.List;
import sahelsim.map.Grid;

/**
 * The map of a run day by day, kept so that after a Restart the class can flip the map back to the earlier run
 * on the date the new run has reached. Every day is kept on the usual grids; on a fine grid a long run would
 * take too much memory, so then only every few days are, and the nearest kept day before is shown.
 */
final class RunHistory {

    /** What the map of one run may take in memory. */
    private static final long BUDGET_BYTES = 64L << 20;

    private final int everyDays;
    private final List<MapDay> days = new ArrayList<>();

    RunHistory(Grid grid, int totalDays) {
        long perRun = MapDay.bytesPerDay(grid) * Math.max(1, totalDays);
        this.everyDays = (int) Math.max(1, (perRun + BUDGET_BYTES - 1) / BUDGET_BYTES);
    }

    /** Keeps the day when it is one to keep. Model's thread, after each day. */
    synchronized void add(MapDay day) {
        if (days.isEmpty() || day.daysDone() - days.get(days.size() - 1).daysDone() >= everyDays) {
            days.add(day);
        }
    }

    /** The map on the last kept day at or before {@code daysDone}, or null before the first kept day. */
    synchronized MapDay at(int daysDone) {
        MapDay found = null;
        for (MapDay d : days) {
            if (d.daysDone() > daysDone) {
                break;
            }
            found = d;
        }
        return found;
    }

    synchronized int lastDay() {
        return days.isEmpty() ? -1 : days.get(days.size() - 1).daysDone();
    }
}
