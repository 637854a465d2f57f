package sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sahelsim.bench.BenchCsv;
import sahelsim.io.CsvTable;

/** The bench command through the real parser, on a four-month scenario and coarse grids. */
class BenchCommandTest {

    private static final String SCENARIO = "src/test/resources/short-2022.yaml";

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static Cli first;
    private static List<String> lines;

    @BeforeAll
    static void benchOnce() throws IOException {
        first = Cli.run("bench", "--scenario", SCENARIO, "--runs", "2", "--warmup", "1", "--resolution", "0.2,0.1",
                "--threads", "1,2", "--no-yardstick", "--out", shared.toString());
        assertEquals(ExitCodes.OK, first.exitCode, first.toString());
        lines = Files.readAllLines(shared.resolve("bench.csv"));
    }

    /** measure@resolution@threads to value, from the bench's rows. */
    private static Map<String, Double> figures(List<String> rows) {
        Map<String, Double> figures = new HashMap<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = CsvTable.cells(row);
            figures.put(cells[8] + "@" + cells[6] + "@" + cells[7], cells[9].isEmpty() ? Double.NaN : Double.parseDouble(cells[9]));
        }
        return figures;
    }

    @Test
    void eachResolutionHasItsTimesPhasesAndHeap() {
        assertEquals(String.join(",", BenchCsv.COLUMNS), lines.get(0));
        Map<String, Double> f = figures(lines);
        for (String r : List.of("0.2", "0.1")) {
            double median = f.get("run_median@" + r + "@1");
            assertTrue(f.get("run_min@" + r + "@1") <= median && median <= f.get("run_max@" + r + "@1"), r);
            double phases = 0;
            for (String p : List.of("timeline", "garrisons", "units", "civilians", "resolution", "observation")) {
                double s = f.get("phase_" + p + "@" + r + "@1");
                assertTrue(s > 0, p + " at " + r);
                phases += s;
            }
            assertTrue(phases <= f.get("run_max@" + r + "@1"), "the phases fit inside a run at " + r);
            assertTrue(f.get("heap_held_by_run@" + r + "@1") > 0, r);
            assertTrue(f.get("simulated_days_per_second@" + r + "@1") > 0, r);
        }
        // Half the cell size, about four times the land cells.
        double ratio = f.get("land_cells@0.1@1") / f.get("land_cells@0.2@1");
        assertTrue(ratio > 3.5 && ratio < 4.5, "cells ratio " + ratio);
        assertEquals(1.0, f.get("run_median_vs_first_resolution@0.2@1"));
        assertEquals(1.0, f.get("speed_up_vs_one_thread@0.2@1"));
        assertTrue(f.get("runs_per_minute@0.2@2") > 0);
        assertTrue(first.out.contains("phase s/run") && first.out.contains("speed-up"), first.out);
    }

    @Test
    void aSecondBenchIsAppendedUnderTheSameHeader() throws IOException {
        Path csv = dir.resolve("bench.csv");
        Files.copy(shared.resolve("bench.csv"), csv);
        Cli again = Cli.run("bench", "--scenario", SCENARIO, "--runs", "1", "--warmup", "0", "--resolution", "0.2",
                "--threads", "0", "--out", dir.toString(), "--quiet");
        assertEquals(ExitCodes.OK, again.exitCode, again.toString());
        List<String> now = Files.readAllLines(csv);
        assertEquals(lines, now.subList(0, lines.size()), "the earlier figures are kept as they were");
        assertEquals(1, now.stream().filter(l -> l.startsWith("taken,")).count());
        assertTrue(figures(now.subList(lines.size() - 1, now.size())).get("steps_per_second@@1") > 0,
                "the HeatBugs yardstick ran");
        assertEquals("", again.out);
    }

    @Test
    void aFileThatIsNotABenchTableIsLeftAlone() throws IOException {
        Path csv = dir.resolve("bench.csv");
        Files.writeString(csv, "run,seed\n1,2\n");
        Cli cli = Cli.run("bench", "--scenario", SCENARIO, "--runs", "1", "--warmup", "0", "--resolution", "0.2",
                "--threads", "0", "--no-yardstick", "--out", dir.toString(), "--quiet");
        assertEquals(ExitCodes.FAILURE, cli.exitCode, cli.toString());
        assertTrue(cli.err.contains("bench.csv: line 1: expected the header"), cli.err);
        assertEquals("run,seed\n1,2\n", Files.readString(csv));
    }

    @Test
    void badOptionsAreRefusedBeforeAnyRun() {
        for (String[] args : List.of(new String[] {"--runs", "0"}, new String[] {"--warmup", "-1"},
                new String[] {"--resolution", "0"}, new String[] {"--threads", "0,2"}, new String[] {"--threads", "-1"})) {
            Cli cli = Cli.run("bench", "--scenario", SCENARIO, args[0], args[1], "--out", dir.toString());
            assertEquals(ExitCodes.BAD_INPUT, cli.exitCode, cli.toString());
            assertTrue(cli.err.contains(args[0] + ":"), cli.err);
            assertTrue(!cli.err.contains("Exception"), cli.err);
        }
        assertTrue(!Files.exists(dir.resolve("bench.csv")));
    }
}
