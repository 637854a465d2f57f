package sahelsim.cli;

/** The program's exit codes. */
public final class ExitCodes {

    public static final int OK = 0;
    /** The job could not be done: a run failed, a file could not be written. */
    public static final int FAILURE = 1;
    /** The input was wrong: a bad option, scenario file or path. */
    public static final int BAD_INPUT = 2;
    /** Stopped by a signal asking for it (sweep --stop-on) before the work was done; started again, it resumes. */
    public static final int STOPPED = 3;

    private ExitCodes() {
    }
}
