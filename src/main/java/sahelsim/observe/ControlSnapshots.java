package sahelsim.observe;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import sahelsim.model.SahelModel;
import sahelsim.model.mechanics.ControlMap;

/**
 * The control map every {@code everyDays} days and on the last day: per land cell, the dominant faction and
 * the Kalyvas zone, for control maps and animations drawn after the run. Kept only when asked for (the run
 * command), not in sweeps.
 */
public final class ControlSnapshots {

    /** One snapshot: per land cell (index into the grid's land cells), dominant faction index (-1: none) and zone. */
    public record Snapshot(LocalDate date, byte[] dominant, byte[] zone, float[] governmentShare) {
    }

    private final int everyDays;
    private final List<Snapshot> snapshots = new ArrayList<>();

    public ControlSnapshots(int everyDays) {
        if (everyDays < 1) {
            throw new IllegalArgumentException("snapshots need an interval of at least one day");
        }
        this.everyDays = everyDays;
    }

    void observe(SahelModel model) {
        long day = model.day();
        if (day % everyDays != 0 && day != model.calendar().days() - 1) {
            return;
        }
        ControlMap control = model.control();
        int n = model.grid().landCellCount();
        byte[] dominant = new byte[n];
        byte[] zone = new byte[n];
        float[] share = new float[n];
        for (int i = 0; i < n; i++) {
            dominant[i] = (byte) control.dominant(i);
            zone[i] = (byte) control.zone(i);
            share[i] = (float) control.governmentShare(i);
        }
        snapshots.add(new Snapshot(model.date(), dominant, zone, share));
    }

    public List<Snapshot> snapshots() {
        return Collections.unmodifiableList(snapshots);
    }
}
