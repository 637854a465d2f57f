package sahelsim.hindcast;

/**
 * What one run shows for one fact: the observed value (a number, NaN when the run gives none), how it reads,
 * and whether the run reproduces the fact.
 */
public record Verdict(double observed, String reading, boolean reproduced) {

    public static Verdict of(double observed, String reading, boolean reproduced) {
        return new Verdict(observed, reading, reproduced);
    }
}
