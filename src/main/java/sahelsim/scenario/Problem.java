package sahelsim.scenario;

/** One thing wrong with a scenario or sweep file, located at the value that is wrong. */
public record Problem(Origin origin, String path, String message) {

    @Override
    public String toString() {
        return path.isEmpty() ? origin + ": " + message : origin + ": " + path + ": " + message;
    }
}
