package sahelsim.cli;

import java.time.Duration;
import picocli.CommandLine.Option;

/** {@code --progress-every}: how often the commands that run many days print a progress line to a log. */
final class ProgressOption {

    @Option(names = "--progress-every", paramLabel = "SECONDS", defaultValue = "10",
            description = "When stderr is not a terminal, print a progress line every SECONDS seconds "
                    + "(default: ${DEFAULT-VALUE}).")
    private double seconds;

    double seconds() {
        if (!(seconds > 0)) {
            throw new UserError("--progress-every: expected a number of seconds above 0, got " + seconds);
        }
        return seconds;
    }

    Duration every() {
        return Duration.ofMillis(Math.round(seconds() * 1000));
    }
}
