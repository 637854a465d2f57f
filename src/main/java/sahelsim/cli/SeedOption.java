package sahelsim.cli;

import picocli.CommandLine.Option;

/**
 * {@code --seed} of the commands that run replicates: replicate i gets the seed derived from it that {@code run
 * --reps} gives its replicate i, so that any one of their runs can be looked at in full with {@code run}.
 */
final class SeedOption {

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Base seed the runs' seeds are derived from, as for run --reps (default: ${DEFAULT-VALUE}).")
    private long seed;

    long seed() {
        return seed;
    }
}
