package sahelsim.sweep;

/**
 * A sweep folder that cannot be used as asked: it belongs to another sweep, a shard is missing, a file is damaged.
 * The message says what is wrong and what to do; the command line reports it as bad input, without a stack trace.
 */
public class SweepError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SweepError(String message) {
        super(message);
    }
}
