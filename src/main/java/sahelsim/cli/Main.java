package sahelsim.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The sahelsim command: a simulation of who controls northern and central Mali after foreign troops leave. */
@Command(name = "sahelsim",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Agent-based simulation of territorial control in northern and central Mali after "
                + "foreign troops leave.",
        synopsisSubcommandLabel = "COMMAND",
        commandListHeading = "%nCommands:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:the job failed (a run, a file that could not be written)",
            "2:bad input (options, scenario or sweep files, paths)"},
        subcommands = {RunCommand.class, ValidateCommand.class, MapCommand.class, ChartCommand.class,
            CompareCommand.class, SweepCommand.class, MergeCommand.class, AnalyzeCommand.class, DiscoverCommand.class, EvalCommand.class, CalibrateCommand.class,
            HindcastCommand.class, ContrastCommand.class, EpsteinCommand.class, ReportCommand.class, BenchCommand.class, GuiCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        if (args.length == 0 || !"gui".equals(args[0])) {
            System.setProperty("java.awt.headless", "true");
        }
        int code = commandLine().execute(args);
        // The window keeps the program running once it is open; a gui command that failed, or that only took a
        // screenshot, exits like any other.
        if (args.length == 0 || !"gui".equals(args[0]) || code != ExitCodes.OK
                || java.util.Arrays.asList(args).contains("--screenshot")) {
            System.exit(code);
        }
    }

    /** The configured command line, also used by tests to drive the real parser. */
    public static CommandLine commandLine() {
        ErrorHandler errors = new ErrorHandler();
        return new CommandLine(new Main())
                .setExecutionExceptionHandler(errors)
                .setParameterExceptionHandler(errors);
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
