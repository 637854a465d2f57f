package sahelsim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small sweep files over a one-month scenario, so that a sweep of a dozen runs takes seconds. */
final class TestSweeps {

    /** The historical scenario squeezed into January 2022. */
    static final Path JANUARY = Path.of("src/test/resources/scenarios/january-2022.yaml").toAbsolutePath();

    private TestSweeps() {
    }

    /** A Latin hypercube of 8 points x 2 replications over Wagner's strength and abuses: 16 runs. */
    static Path lhs(Path dir) {
        return write(dir, "lhs.yaml", """
                name: lhs-test
                base: %s
                design: lhs
                samples: 8
                replications: 2
                seed: 7
                parameters:
                  wagner.strength: {min: 0, max: 2000}
                  wagner.abuse: {min: 0.0, max: 0.5}
                  combat.maxBattleDays: 5
                outcomes: [armed_group_population_share_end, fatalities_total, civilian_deaths_total, towns_held_end:csp]
                """);
    }

    /**
     * A grid of 2 x 2 points x 2 replications in which the runs of one point fail: a Wagner reinforcement dated
     * after the end of the calendar, which each value alone does not cause.
     */
    static Path withFailures(Path dir) {
        return write(dir, "failing.yaml", """
                name: failing-test
                base: %s
                design: grid
                replications: 2
                seed: 3
                parameters:
                  calendar.end: [2022-01-20, 2022-01-31]
                  timeline.wagner-grows-2025.date: [2022-01-14, 2022-01-25]
                outcomes: [fatalities_total]
                """);
    }

    /** A Saltelli design with N = 4 base samples over two parameters: 16 points, one run each. */
    static Path sobol(Path dir) {
        return write(dir, "sobol.yaml", """
                name: sobol-test
                base: %s
                design: sobol
                samples: 4
                seed: 11
                parameters:
                  wagner.strength: {min: 0, max: 4000}
                  civilians.legitimacy: {min: 0.25, max: 0.65}
                outcomes: [fatalities_total, armed_group_population_share_end]
                """);
    }

    /** A Morris design with 4 trajectories over two parameters: 12 points, one run each. */
    static Path morris(Path dir) {
        return write(dir, "morris.yaml", """
                name: morris-test
                base: %s
                design: morris
                samples: 4
                seed: 13
                parameters:
                  wagner.strength: {min: 0, max: 4000}
                  civilians.legitimacy: {min: 0.25, max: 0.65}
                outcomes: [fatalities_total]
                """);
    }

    static Path write(Path dir, String name, String template) {
        try {
            return Files.writeString(dir.resolve(name), template.formatted(JANUARY));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
