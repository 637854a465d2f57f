package sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analyze command on small sweeps of each kind: its tables, their numbers and its charts. */
class AnalyzeCommandTest {

    private static Path sweep(Path file, Path dir) {
        Path out = dir.resolve("out");
        Cli cli = Cli.run("sweep", file.toString(), "--out", out.toString(), "--quiet");
        assertEquals(ExitCodes.OK, cli.exitCode, cli.toString());
        return out;
    }

    @Test
    void aSobolSweepGetsIndicesWithIntervalsAndBarCharts(@TempDir Path dir) throws IOException {
        Path out = sweep(TestSweeps.sobol(dir), dir);
        Cli cli = Cli.run("analyze", out.toString());
        assertEquals(ExitCodes.OK, cli.exitCode, cli.toString());
        assertTrue(cli.out.contains("no confidence intervals: no design point has two runs with a value, and an "
                + "interval needs two or more"), "one replication gives no interval to call wide: " + cli.out);
        assertFalse(cli.out.contains("are wide"), cli.out);
        assertTrue(cli.err.contains("sahelsim analyze: warning: samples: with N = 4 base samples Sobol indices are not "
                + "to be trusted"), cli.err);
        List<String> sobol = Files.readAllLines(out.resolve("analysis/sobol.csv"));
        assertEquals("outcome,parameter,first_order,first_order_low,first_order_high,total,total_low,total_high,"
                + "base_samples_used,total_noise_floor,total_rank_kept,note", sobol.get(0));
        assertEquals(5, sobol.size(), "two outcomes x two parameters");
        for (String row : sobol.subList(1, 5)) {
            String[] cells = row.split(",", -1);
            double total = Double.parseDouble(cells[5]);
            assertTrue(Double.isFinite(total) && total >= 0, row);
            assertTrue(Double.parseDouble(cells[6]) <= Double.parseDouble(cells[7]), "an interval: " + row);
            assertEquals("4", cells[8], row);
            double kept = Double.parseDouble(cells[10]);
            assertTrue(kept >= 0 && kept <= 1, "a share of resamples: " + row);
            assertEquals("noise floor unknown: one replication per point", cells[11], row);
        }
        assertTrue(sobol.get(1).startsWith("fatalities_total,wagner.strength,"), sobol.get(1));
        for (String chart : List.of("sensitivity-fatalities_total.png", "sensitivity-fatalities_total.svg",
                "sensitivity-armed_group_population_share_end.svg")) {
            assertTrue(Files.size(out.resolve("analysis").resolve(chart)) > 1000, chart);
        }
        assertEquals(1 + 16 * 2, Files.readAllLines(out.resolve("analysis/points.csv")).size());
    }

    @Test
    void aMorrisSweepGetsMuStarMuAndSigma(@TempDir Path dir) throws IOException {
        Path out = sweep(TestSweeps.morris(dir), dir);
        assertEquals(ExitCodes.OK, Cli.run("analyze", out.toString(), "--quiet").exitCode);
        List<String> morris = Files.readAllLines(out.resolve("analysis/morris.csv"));
        assertEquals("outcome,parameter,mu,mu_star,mu_star_low,mu_star_high,sigma,trajectories_used,"
                + "mu_star_rank_kept", morris.get(0));
        assertEquals(3, morris.size());
        for (String row : morris.subList(1, 3)) {
            String[] cells = row.split(",", -1);
            assertTrue(Double.parseDouble(cells[3]) >= Math.abs(Double.parseDouble(cells[2])) - 1e-6, "mu* >= |mu|: "
                    + row);
            assertTrue(Double.parseDouble(cells[6]) >= 0, row);
            assertEquals("4", cells[7], row);
            assertTrue(Double.parseDouble(cells[8]) >= 0 && Double.parseDouble(cells[8]) <= 1, row);
        }
        assertTrue(Files.exists(out.resolve("analysis/sensitivity-fatalities_total.png")));
    }

    @Test
    void anLhsSweepGetsPointStatisticsAndHeatMapsTheSameEachTime(@TempDir Path dir) throws IOException {
        Path out = sweep(TestSweeps.lhs(dir), dir);
        Cli cli = Cli.run("analyze", out.toString());
        assertEquals(ExitCodes.OK, cli.exitCode, cli.toString());
        assertTrue(cli.out.matches("(?s).*\\d+ of 32 confidence intervals \\(design point x outcome\\) are wide.*"),
                cli.out);
        List<String> points = Files.readAllLines(out.resolve("analysis/points.csv"));
        assertEquals("point,wagner.strength,wagner.abuse,outcome,runs,mean,sd,ci95_low,ci95_high,relative_half_width,"
                + "replications_to_halve,note", points.get(0));
        String[] first = points.get(1).split(",", -1);
        String[] runs = Files.readAllLines(out.resolve("runs.csv")).get(1).split(",", -1);
        String[] second = Files.readAllLines(out.resolve("runs.csv")).get(2).split(",", -1);
        assertEquals(runs[4], first[1], "the point's parameter values, as runs.csv writes them");
        double mean = (Double.parseDouble(runs[6]) + Double.parseDouble(second[6])) / 2;
        assertEquals(mean, Double.parseDouble(first[5]), Math.abs(mean) * 1e-6);
        assertEquals("15", first[10], "two replications: 15 halve the resampled means' spread, √1/2 to √14/15");
        assertTrue(first[11].isEmpty() || first[11].matches("wide: ±\\d+% of the mean; 15 replications \\(13 more\\) "
                + "would halve it"), first[11]);
        byte[] svg = Files.readAllBytes(out.resolve("analysis/heatmap-fatalities_total.svg"));
        assertTrue(Files.exists(out.resolve("analysis/heatmap-towns_held_end-csp.png")));
        assertEquals(ExitCodes.OK, Cli.run("analyze", out.toString(), "--quiet").exitCode);
        assertEquals(new String(svg), Files.readString(out.resolve("analysis/heatmap-fatalities_total.svg")),
                "the same runs give the same chart");
    }
}
