package sahelsim.cli;

/** Bad input from the user: reported as one message, exit code 2, never a stack trace. */
public class UserError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UserError(String message) {
        super(message);
    }
}
