package sahelsim.hindcast.posterior;

/** Where a fact's dates lie against the calibration's fitted period. */
public enum Sample {

    IN("in", "in sample"),
    OUT("out", "out of sample"),
    BOTH("both", "spans both"),
    /** Read over the whole run, or over a window the run places: no dates of its own. */
    UNDATED("", "not dated");

    private final String cell;
    private final String words;

    Sample(String cell, String words) {
        this.cell = cell;
        this.words = words;
    }

    /** As hindcast.csv writes it: in, out, both, or empty. */
    public String cell() {
        return cell;
    }

    public String words() {
        return words;
    }
}
