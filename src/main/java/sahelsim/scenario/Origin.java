package sahelsim.scenario;

/**
 * Where a value came from: a file with line and column (both from 1), a command-line override, or a
 * documented default.
 */
public record Origin(String source, int line, int column) {

    public static final Origin DEFAULT = new Origin("(default)", 0, 0);

    public static Origin of(String source) {
        return new Origin(source, 0, 0);
    }

    @Override
    public String toString() {
        return line > 0 ? source + ":" + line + ":" + column : source;
    }
}
