package sahelsim.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import sahelsim.io.AtomicFiles;
import sahelsim.io.CsvTable;
import sahelsim.io.NumberText;
import sahelsim.model.Phase;

/**
 * bench.csv: one tidy row per figure, appended bench after bench, so that figures taken before and after a
 * change sit in one table (tell them apart by {@code taken} and {@code commit}). The file is rewritten whole
 * and atomically: an interrupted bench leaves the previous table as it was.
 */
public final class BenchCsv {

    public static final List<String> COLUMNS = List.of("taken", "commit", "processors", "java", "scenario",
            "subject", "resolution", "threads", "measure", "value", "unit");

    private BenchCsv() {
    }

    /** Appends the bench's rows to {@code file}, creating it with its header when new; returns the rows added. */
    public static int append(Path file, BenchResult result, Instant taken) throws IOException {
        List<List<String>> rows = rows(result, taken);
        StringBuilder text = new StringBuilder();
        if (Files.exists(file)) {
            String old = Files.readString(file, StandardCharsets.UTF_8);
            String header = old.lines().findFirst().orElse("");
            if (!header.equals(String.join(",", COLUMNS))) {
                throw new IOException(file + ": line 1: expected the header " + String.join(",", COLUMNS)
                        + " of a bench table; move the file aside or use another --out");
            }
            text.append(old);
            if (!old.endsWith("\n")) {
                text.append('\n');
            }
        } else {
            text.append(CsvTable.line(COLUMNS));
        }
        rows.forEach(r -> text.append(CsvTable.line(r)));
        AtomicFiles.writeString(file, text.toString());
        return rows.size();
    }

    static List<List<String>> rows(BenchResult r, Instant taken) {
        Rows rows = new Rows(taken.toString(), r);
        for (ResolutionTimes t : r.resolutions()) {
            String res = NumberText.format(t.resolution());
            rows.add("sahelsim", res, 1, "land_cells", t.landCells(), "cells");
            rows.add("sahelsim", res, 1, "grid_build", t.gridSeconds(), "s");
            rows.add("sahelsim", res, 1, "run_median", t.medianSeconds(), "s");
            rows.add("sahelsim", res, 1, "run_min", t.minSeconds(), "s");
            rows.add("sahelsim", res, 1, "run_max", t.maxSeconds(), "s");
            rows.add("sahelsim", res, 1, "run_median_vs_first_resolution",
                    t.medianSeconds() / r.reference().medianSeconds(), "ratio");
            rows.add("sahelsim", res, 1, "simulated_days_per_second", t.daysPerSecond(), "days/s");
            rows.add("sahelsim", res, 1, "setup_median", t.medianSetupSeconds(), "s");
            for (Phase p : Phase.values()) {
                rows.add("sahelsim", res, 1, "phase_" + p.name().toLowerCase(Locale.ROOT), t.phaseSeconds(p), "s/run");
            }
            rows.add("sahelsim", res, 1, "heap_live_end_of_run", mb(t.liveBytesAtEnd()), "MB");
            rows.add("sahelsim", res, 1, "heap_held_by_run", mb(t.runBytes()), "MB");
            rows.add("sahelsim", res, 1, "heap_live_before_runs", mb(t.liveBytesBefore()), "MB");
            rows.add("sahelsim", res, 1, "heap_live_after_runs", mb(t.liveBytesAfter()), "MB");
        }
        String first = NumberText.format(r.reference().resolution());
        for (Throughput t : r.throughputs()) {
            rows.add("sahelsim", first, t.threads(), "runs_per_minute", t.runsPerMinute(), "runs/min");
            rows.add("sahelsim", first, t.threads(), "speed_up_vs_one_thread", r.speedUp(t), "ratio");
        }
        if (!Double.isNaN(r.heatBugsStepsPerSecond())) {
            rows.add("heatbugs", "", 1, "steps_per_second", r.heatBugsStepsPerSecond(), "steps/s");
            rows.add("sahelsim", first, 1, "simulated_days_per_heatbugs_step", r.daysPerHeatBugsStep(), "ratio");
        }
        return rows.list;
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    /** Rows that share the bench's leading cells. */
    private static final class Rows {

        private final List<String> lead;
        private final List<List<String>> list = new ArrayList<>();

        Rows(String taken, BenchResult r) {
            lead = List.of(taken, r.machine().build(), Integer.toString(r.machine().processors()), r.machine().java(),
                    r.scenario());
        }

        void add(String subject, String resolution, int threads, String measure, double value, String unit) {
            List<String> row = new ArrayList<>(lead);
            row.addAll(List.of(subject, resolution, Integer.toString(threads), measure, NumberText.format(value), unit));
            list.add(row);
        }
    }
}
