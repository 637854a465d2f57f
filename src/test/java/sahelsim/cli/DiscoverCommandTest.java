package sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The discover command on a real sweep folder: its tables, charts and messages. */
class DiscoverCommandTest {

    /** A grid over Wagner's strength (numbers), the end of the calendar (dates) and a variant: 12 points x 2. */
    private static Path sweep(Path dir) {
        Path file = TestSweeps.write(dir, "grid.yaml", """
                name: discover-test
                base: %s
                design: grid
                replications: 2
                seed: 5
                parameters:
                  wagner.strength: [0, 1000, 3000]
                  calendar.end: [2022-01-20, 2022-01-31]
                  legitimacy:
                    variants:
                      low: {civilians.legitimacy: 0.25}
                      high: {civilians.legitimacy: 0.65}
                outcomes: [fatalities_total, armed_group_population_share_end]
                """);
        Path out = dir.resolve("sweep");
        Cli cli = Cli.run("sweep", file.toString(), "--out", out.toString(), "--quiet", "--threads", "2");
        assertEquals(ExitCodes.OK, cli.exitCode, cli.toString());
        return out;
    }

    @Test
    void discoverWritesTheTrajectoryTheLimitsAndTheChartsAndExplainsBadInput(@TempDir Path dir) throws IOException {
        Path sweep = sweep(dir);
        List<String> runs = Files.readAllLines(sweep.resolve("runs.csv"));
        List<String> fatalities = runs.stream().skip(1).map(l -> l.split(",")[7])
                .sorted(java.util.Comparator.comparingDouble(Double::parseDouble)).toList();
        String median = fatalities.get(fatalities.size() / 2);
        Cli cli = Cli.run("discover", sweep.toString(), "--outcome", "fatalities_total", "--above", median);
        assertEquals(ExitCodes.OK, cli.exitCode, cli.toString());
        assertTrue(cli.out.contains("boxes on the trajectory") && cli.out.contains("coverage"), cli.out);
        Path out = sweep.resolve("analysis").resolve("discover-fatalities_total-above-" + median);
        for (String name : List.of("trajectory.csv", "limits.csv", "tradeoff.png", "tradeoff.svg", "box.png",
                "box.svg")) {
            assertTrue(Files.isRegularFile(out.resolve(name)), name + " in " + out);
        }
        List<String> trajectory = Files.readAllLines(out.resolve("trajectory.csv"));
        assertEquals("box,phase,coverage,density,mass,runs,runs_of_interest,restricted,chosen", trajectory.get(0));
        assertTrue(trajectory.get(1).startsWith("0,start,1,"), trajectory.get(1));
        assertEquals(1, trajectory.stream().filter(l -> l.endsWith(",yes")).count());
        String limits = Files.readString(out.resolve("limits.csv"));
        assertTrue(limits.startsWith("box,parameter,lower,upper,values,minimum,maximum,qp_lower,qp_upper\n"), limits);

        Cli last = Cli.run("discover", sweep.toString(), "--outcome", "fatalities_total", "--above", median, "--box",
                "0", "--quiet");
        assertEquals(ExitCodes.OK, last.exitCode, last.toString());

        Cli unknown = Cli.run("discover", sweep.toString(), "--outcome", "fatalities", "--above", "1");
        assertEquals(ExitCodes.BAD_INPUT, unknown.exitCode, unknown.toString());
        assertTrue(unknown.err.contains("no outcome fatalities") && unknown.err.contains("fatalities_total"),
                unknown.err);
        Cli beyond = Cli.run("discover", sweep.toString(), "--outcome", "fatalities_total", "--above", "1", "--box",
                "999");
        assertEquals(ExitCodes.BAD_INPUT, beyond.exitCode, beyond.toString());
        assertTrue(beyond.err.contains("--box"), beyond.err);
        Cli both = Cli.run("discover", sweep.toString(), "--outcome", "fatalities_total", "--above", "1", "--below",
                "2");
        assertEquals(ExitCodes.BAD_INPUT, both.exitCode, both.toString());
    }
}
