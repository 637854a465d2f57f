package sahelsim.sweep.discovery;

import java.util.List;

/**
 * Which box of a trajectory to show when the user names none. Peeling trades coverage (the share of all cases of
 * interest a box holds) for density (the share of its cases that are of interest); past the point where density
 * stops rising, further boxes lose coverage for nothing and describe the sample's noise. So the box chosen is the
 * one of greatest coverage among those whose density is within {@value #DENSITY_SHARE} of the highest density on
 * the trajectory, the earliest on ties: the knee of the trade-off that Bryant and Lempert (2010) ask the analyst to
 * look for, made a rule so that a script gets a sensible box.
 */
public final class BoxChoice {

    public static final double DENSITY_SHARE = 0.95;

    private BoxChoice() {
    }

    public static int of(List<PrimBox> trajectory) {
        double top = trajectory.stream().mapToDouble(PrimBox::density).max().orElse(0);
        int chosen = 0;
        double coverage = -1;
        for (PrimBox b : trajectory) {
            if (b.density() >= DENSITY_SHARE * top && b.coverage() > coverage) {
                chosen = b.index();
                coverage = b.coverage();
            }
        }
        return chosen;
    }
}
