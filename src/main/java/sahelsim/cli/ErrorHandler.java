package sahelsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;

/**
 * The one place exceptions become exit codes. Bad input (unknown options, bad files) gives a short message
 * and exit code 2; a failed job gives its message and exit code 1; only a bug prints a stack trace.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        String message = message(ex, args);
        err.println(prefix(cmd) + message);
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        // A bad value is said in full by its converter, an option out of its group by our message; an unknown or
        // missing option sends the user to the help.
        if (!(ex.getCause() instanceof TypeConversionException) && message.equals(ex.getMessage())) {
            err.println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
        }
        err.flush();
        return ExitCodes.BAD_INPUT;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        int code;
        if (isBadInput(ex)) {
            err.println(prefix(cmd) + ex.getMessage());
            code = ExitCodes.BAD_INPUT;
        } else if (ex instanceof IOException || ex instanceof UncheckedIOException) {
            err.println(prefix(cmd) + "cannot read or write a file: " + ex.getMessage());
            code = ExitCodes.FAILURE;
        } else {
            err.println(prefix(cmd) + "internal error, please report it with the lines below: " + ex);
            ex.printStackTrace(err);
            code = ExitCodes.FAILURE;
        }
        err.flush();
        return code;
    }

    /**
     * The parser's message, or for an option of an argument group given without the group's required one, which
     * option needs which: picocli lists the group's required options without saying which one was given.
     */
    static String message(ParameterException ex, String[] args) {
        if (!(ex instanceof MissingParameterException missing) || missing.getMissing().isEmpty()
                || missing.getMissing().get(0).group() == null) {
            return ex.getMessage();
        }
        List<String> given = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        for (OptionSpec option : missing.getMissing().get(0).group().options()) {
            if (givenIn(option, args)) {
                given.add(option.longestName());
            } else if (option.required()) {
                absent.add(option.longestName());
            }
        }
        if (given.isEmpty() || absent.size() != 1) {
            return ex.getMessage();
        }
        String stray = given.get(0);
        return switch (absent.get(0)) {
            case "--run-id" -> "--from-sweep needs --run-id N: the id of the run, as in the sweep's runs.csv";
            case "--from-sweep" -> "--run-id: only with --from-sweep DIR, the sweep whose run it names";
            case "--slurm" -> stray + ": only with --slurm, which writes the sweep's Slurm job; add --slurm, or leave "
                    + stray + " out to run the sweep here";
            default -> ex.getMessage();
        };
    }

    private static boolean givenIn(OptionSpec option, String[] args) {
        for (String arg : args) {
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (List.of(option.names()).contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** Exceptions that mean the user's input was wrong. */
    static boolean isBadInput(Throwable ex) {
        return ex instanceof UserError || ex instanceof sahelsim.scenario.ScenarioError
                || ex instanceof sahelsim.sweep.SweepError;
    }

    private static String prefix(CommandLine cmd) {
        return cmd.getCommandSpec().qualifiedName() + ": ";
    }
}
