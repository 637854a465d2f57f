package sahelsim.cli;

import picocli.CommandLine.ExitCode;

/** The program's exit codes: picocli's own, and one for a sweep stopped on request. */
public final class ExitCodes {

    public static final int OK = ExitCode.OK;
    /** The job could not be done: a run failed, a file could not be written. */
    public static final int FAILURE = ExitCode.SOFTWARE;
    /** The input was wrong: a bad option, scenario file or path. */
    public static final int BAD_INPUT = ExitCode.USAGE;
    /** Stopped by a signal asking for it (sweep --stop-on) before the work was done; started again, it resumes. */
    public static final int STOPPED = 3;

    private ExitCodes() {
    }
}
