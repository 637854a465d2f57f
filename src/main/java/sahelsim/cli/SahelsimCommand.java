package sahelsim.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every subcommand has: --help, --version (the program's, as the top command prints it) and its own spec, by
 * which it writes to the command line's out and err and names itself in messages.
 */
@Command(mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
abstract class SahelsimCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
}
