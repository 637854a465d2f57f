package sahelsim.gui;

/** A share 0-1 as a whole percentage, "70%", for labels and inspectors. */
final class Percent {

    private Percent() {
    }

    static String of(double share) {
        return Math.round(share * 100) + "%";
    }
}
