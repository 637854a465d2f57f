package sahelsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one place exceptions become exit codes. Bad input (unknown options, bad files) gives a short message
 * and exit code 2; a failed job gives its message and exit code 1; only a bug prints a stack trace.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(prefix(cmd) + ex.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
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

    /** Exceptions that mean the user's input was wrong. */
    static boolean isBadInput(Throwable ex) {
        return ex instanceof UserError || ex instanceof sahelsim.scenario.ScenarioError
                || ex instanceof sahelsim.sweep.SweepError;
    }

    private static String prefix(CommandLine cmd) {
        return cmd.getCommandSpec().qualifiedName() + ": ";
    }
}
