package sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sahelsim.hindcast.Facts;
import sahelsim.io.CsvTable;

/**
 * hindcast --posterior through the real parser, on a tiny finished calibration (CalibrateCommandTest's: January 2022,
 * four particles, two parameters, targets of an early period fitted and a late one out of sample).
 */
class HindcastPosteriorTest {

    private static final String[] FILES = {"hindcast.csv", "hindcast-runs.csv", "hindcast.md", "hindcast-targets.csv",
        "hindcast-scores.csv"};

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static Path calibration;
    private static Path drawn;
    private static Cli drawnRun;

    @BeforeAll
    static void calibrateAndHindcast() throws IOException {
        calibration = shared.resolve("calibration");
        Cli calibrate = Cli.run("calibrate", CalibrateCommandTest.files(shared, 4, 2).toString(), "--out",
                calibration.toString(), "--quiet");
        assertEquals(ExitCodes.OK, calibrate.exitCode, calibrate.toString());
        drawn = shared.resolve("drawn");
        drawnRun = hindcast(drawn, "--threads", "2");
        assertEquals(ExitCodes.OK, drawnRun.exitCode, drawnRun.toString());
    }

    private static Cli hindcast(Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("hindcast", "--posterior", calibration.toString(), "--reps", "2",
                "--seed", "3", "--out", out.toString(), "--no-charts"));
        args.addAll(Arrays.asList(more));
        return Cli.run(args.toArray(String[]::new));
    }

    private static List<Map<String, String>> rows(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        String[] header = CsvTable.cells(lines.get(0));
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = CsvTable.cells(line);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], i < cells.length ? cells[i] : "");
            }
            rows.add(row);
        }
        return rows;
    }

    /** The final population's particles (the rows of particles.csv of the last generation), by rank. */
    private static List<Map<String, String>> finalParticles() throws IOException {
        List<Map<String, String>> all = rows(calibration.resolve("particles.csv"));
        String last = all.get(all.size() - 1).get("generation");
        return all.stream().filter(r -> r.get("generation").equals(last)).toList();
    }

    @Test
    void eachRunUsesAParticleOfTheFinalPopulationWithWeight() throws IOException {
        List<Map<String, String>> particles = finalParticles();
        List<Map<String, String>> runs = rows(drawn.resolve("hindcast-runs.csv"));
        assertEquals(2 * Facts.all().size(), runs.size());
        for (Map<String, String> run : runs) {
            Map<String, String> particle = particles.get(Integer.parseInt(run.get("particle")));
            assertTrue(Double.parseDouble(particle.get("weight")) > 0, run.toString());
            for (String key : List.of("wagner.abuse", "factions.jnim.behaviour.recruitment")) {
                assertEquals(Double.parseDouble(particle.get(key)), Double.parseDouble(run.get(key)), 0, key);
            }
        }
    }

    @Test
    void theTargetsAreSplitByPeriodAndTheFactsByTheirDates() throws IOException {
        Map<String, String> sample = new HashMap<>();
        rows(drawn.resolve("hindcast-targets.csv")).forEach(r -> sample.put(r.get("target"), r.get("sample")));
        assertEquals(Map.of("jnim-recruits", "in", "civilians-killed", "in", "kidal-rebel", "out",
                "displaced-end", "out"), sample);
        List<String> scores = Files.readAllLines(drawn.resolve("hindcast-scores.csv"));
        assertEquals("period,sample,targets,inside,coverage,error_factor_targets,median_error_factor", scores.get(0));
        assertTrue(scores.get(1).startsWith("early,in,2,") && scores.get(2).startsWith("late,out,2,"),
                String.join("\n", scores));
        Map<String, String> facts = new HashMap<>();
        rows(drawn.resolve("hindcast.csv")).forEach(r -> facts.put(r.get("fact"), r.get("dates_from") + " "
                + r.get("dates_to") + " " + r.get("sample")));
        // The early targets read 2022-01-01 to 2022-01-20, the fitted days.
        assertEquals("2022-06-13 2022-09-30 out", facts.get("menaka_offensive_2022"));
        assertEquals("2022-01-01 2022-12-31 both", facts.get("un_civilian_deaths_2022"));
        assertEquals("  ", facts.get("logistics_chokepoints"));
        String md = Files.readString(drawn.resolve("hindcast.md"));
        assertTrue(md.contains("**Parameters from a calibration.** `calibrate-test` in `" + calibration
                + "`, fitted to the targets of early (the days they read: 2022-01-01 to 2022-01-20)"), md);
        assertTrue(md.contains("| early | in sample | ") && md.contains("| late | out of sample | "), md);
        assertTrue(md.contains("2022-06-13 to 2022-09-30, out of sample |"), md);
        assertTrue(drawnRun.out.contains("Parameters from the calibration calibrate-test in " + calibration
                + ", fitted to early (2022-01-01 to 2022-01-20), generation 1, 2 particles"), drawnRun.out);
        assertTrue(drawnRun.out.contains("late (out of sample): "), drawnRun.out);
    }

    @Test
    void theSameSeedGivesTheSameFilesOnOneThread() throws IOException {
        Path again = dir.resolve("again");
        Cli run = hindcast(again, "--threads", "1", "--quiet");
        assertEquals(ExitCodes.OK, run.exitCode, run.toString());
        for (String f : FILES) {
            assertArrayEquals(Files.readAllBytes(drawn.resolve(f)), Files.readAllBytes(again.resolve(f)), f);
        }
    }

    @Test
    void thePointMeanIsTheWeightedMean() throws IOException {
        Path mean = dir.resolve("mean");
        Cli run = hindcast(mean, "--point", "mean", "--quiet");
        assertEquals(ExitCodes.OK, run.exitCode, run.toString());
        List<Map<String, String>> particles = finalParticles();
        double total = particles.stream().mapToDouble(p -> Double.parseDouble(p.get("weight"))).sum();
        for (String key : List.of("wagner.abuse", "factions.jnim.behaviour.recruitment")) {
            double expected = particles.stream().mapToDouble(p -> Double.parseDouble(p.get("weight"))
                    * Double.parseDouble(p.get(key))).sum() / total;
            for (Map<String, String> r : rows(mean.resolve("hindcast-runs.csv"))) {
                assertEquals("mean", r.get("particle"));
                // particles.csv rounds the weights it writes; the runs use the exact ones.
                assertEquals(expected, Double.parseDouble(r.get(key)), 1e-4 * expected, key);
            }
        }
    }

    @Test
    void aFolderThatIsNotAFinishedCalibrationIsRefused() throws IOException {
        Path none = dir.resolve("none");
        Cli missingFolder = Cli.run("hindcast", "--posterior", none.toString(), "--out", dir.resolve("a").toString());
        assertEquals(ExitCodes.BAD_INPUT, missingFolder.exitCode, missingFolder.toString());
        assertTrue(missingFolder.err.contains("--posterior: " + none + " is not a folder"), missingFolder.err);
        Path unfinished = dir.resolve("unfinished");
        Files.createDirectories(unfinished);
        Files.writeString(unfinished.resolve("calibration.json"), Files.readString(calibration
                .resolve("calibration.json")).replace("\"complete\"", "\"running\""));
        Cli running = Cli.run("hindcast", "--posterior", unfinished.toString(), "--out", dir.resolve("b").toString());
        assertEquals(ExitCodes.BAD_INPUT, running.exitCode, running.toString());
        assertTrue(running.err.contains("--posterior: " + unfinished + " holds a calibration that is not finished"),
                running.err);
        Cli empty = Cli.run("hindcast", "--posterior", dir.toString(), "--out", dir.resolve("c").toString());
        assertEquals(ExitCodes.BAD_INPUT, empty.exitCode, empty.toString());
        assertTrue(empty.err.contains(dir + " holds no calibration: its calibration.json is missing"), empty.err);
        assertFalse(Files.exists(dir.resolve("a")) || Files.exists(dir.resolve("b")) || Files.exists(dir.resolve("c")));
    }

    @Test
    void optionsAtOddsWithThePosteriorAreRefused() {
        Cli set = hindcast(dir.resolve("a"), "--set", "wagner.abuse=0.5");
        assertEquals(ExitCodes.BAD_INPUT, set.exitCode, set.toString());
        assertTrue(set.err.contains("--set wagner.abuse=0.5: the posterior of " + calibration + " sets wagner.abuse"),
                set.err);
        Cli holding = hindcast(dir.resolve("b"), "--set", "wagner={strength: 1}");
        assertEquals(ExitCodes.BAD_INPUT, holding.exitCode, holding.toString());
        assertTrue(holding.err.contains("sets wagner.abuse"), holding.err);
        Cli scenario = hindcast(dir.resolve("c"), "--scenario", "scenarios/historical-2022.yaml");
        assertEquals(ExitCodes.BAD_INPUT, scenario.exitCode, scenario.toString());
        assertTrue(scenario.err.contains("--scenario: scenarios/historical-2022.yaml is not the base scenario of the "
                + "calibration in " + calibration), scenario.err);
        Cli point = Cli.run("hindcast", "--point", "mean", "--out", dir.resolve("d").toString());
        assertEquals(ExitCodes.BAD_INPUT, point.exitCode, point.toString());
        assertTrue(point.err.contains("--point: takes a point of a posterior"), point.err);
        Cli word = hindcast(dir.resolve("e"), "--point", "mode");
        assertEquals(ExitCodes.BAD_INPUT, word.exitCode, word.toString());
        assertTrue(word.err.contains("--point: expected mean or median, got 'mode'"), word.err);
        for (String f : List.of("a", "b", "c", "d", "e")) {
            assertFalse(Files.exists(dir.resolve(f)), f);
        }
    }
}
