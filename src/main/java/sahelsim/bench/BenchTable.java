package sahelsim.bench;

import java.util.Locale;
import sahelsim.model.Phase;

/** The bench's figures as the terminal shows them. */
public final class BenchTable {

    private static final double MB = 1024.0 * 1024.0;

    private BenchTable() {
    }

    public static String text(BenchResult r) {
        StringBuilder out = new StringBuilder();
        BenchResult.Machine m = r.machine();
        line(out, "sahelsim bench: %s, %d simulated days a run; %d warm-up and %d timed runs per resolution, one "
                + "thread, seeds derived from %d", r.scenario(), r.days(), r.warmUp(), r.runs(), r.seed());
        line(out, "machine: %d processors, %s, max heap %,d MB; %s", m.processors(), m.java(),
                Math.round(m.maxHeapBytes() / MB), m.build());
        out.append('\n');
        line(out, "%-10s %9s %9s %8s %8s %9s %9s %9s %12s", "resolution", "cells", "median s", "min s", "max s",
                "x first", "days/s", "set-up s", "run heap MB");
        for (ResolutionTimes t : r.resolutions()) {
            line(out, "%-10s %,9d %9.3f %8.3f %8.3f %9.2f %,9.0f %9.3f %12.1f", t.resolution() + "°", t.landCells(),
                    t.medianSeconds(), t.minSeconds(), t.maxSeconds(), t.medianSeconds() / r.reference().medianSeconds(),
                    t.daysPerSecond(), t.medianSetupSeconds(), t.runBytes() / MB);
        }
        out.append('\n');
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-10s", "phase s/run"));
        for (Phase p : Phase.values()) {
            header.append(String.format(Locale.ROOT, " %11s", p.name().toLowerCase(Locale.ROOT)));
        }
        out.append(header).append('\n');
        for (ResolutionTimes t : r.resolutions()) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-10s", t.resolution() + "°"));
            for (Phase p : Phase.values()) {
                row.append(String.format(Locale.ROOT, " %11.3f", t.phaseSeconds(p)));
            }
            out.append(row).append('\n');
        }
        out.append('\n');
        for (ResolutionTimes t : r.resolutions()) {
            line(out, "heap at %s°: %.1f MB live at the end of a run (the run's own %.1f MB); between runs %.1f MB "
                    + "before the timed runs, %.1f MB after", t.resolution(), t.liveBytesAtEnd() / MB, t.runBytes() / MB,
                    t.liveBytesBefore() / MB, t.liveBytesAfter() / MB);
        }
        if (!r.throughputs().isEmpty()) {
            out.append('\n');
            line(out, "%-8s %6s %9s %10s %9s   (%s°, whole runs on a pool of threads)", "threads", "runs", "wall s",
                    "runs/min", "speed-up", r.reference().resolution());
            for (Throughput t : r.throughputs()) {
                line(out, "%-8d %6d %9.2f %10.1f %8.2fx", t.threads(), t.runs(), t.seconds(), t.runsPerMinute(),
                        r.speedUp(t));
            }
        }
        if (!Double.isNaN(r.heatBugsStepsPerSecond())) {
            out.append('\n');
            line(out, "yardstick: MASON HeatBugs %,.0f steps/s; sahelsim at %s° %,.0f simulated days/s = %.3f days "
                    + "per HeatBugs step", r.heatBugsStepsPerSecond(), r.reference().resolution(),
                    r.reference().daysPerSecond(), r.daysPerHeatBugsStep());
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
