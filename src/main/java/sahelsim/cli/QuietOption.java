package sahelsim.cli;

import picocli.CommandLine.Option;

/** {@code --quiet}, for every command that reports as it goes. */
final class QuietOption {

    @Option(names = "--quiet", description = "Print nothing but errors.")
    private boolean quiet;

    boolean quiet() {
        return quiet;
    }
}
