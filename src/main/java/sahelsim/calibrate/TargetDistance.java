package sahelsim.calibrate;

import java.util.List;
import sahelsim.calibrate.abc.Distance;
import sahelsim.calibrate.target.Target;

/**
 * The distance of a run from the fitted period's targets: the root mean square of their errors, each error in
 * tolerances (the target's own scale: a factor on a log scale for counts, an absolute width for shares, ratios,
 * days and holders). Scaling by each target's stated tolerance makes targets in people, days and yes-or-no
 * commensurable and weighs each by how precisely its source is known, as scaling each statistic by its spread does
 * in Beaumont, Zhang and Balding (2002); squaring makes several near misses cost more than one, and the mean keeps
 * the distance readable as "tolerances off, typically" whatever the number of targets.
 */
final class TargetDistance implements Distance {

    private final List<Target> all;
    private final int[] fitted;

    /** @param all every target, in the order of the statistics; {@code fitted} the indices of those fitted */
    TargetDistance(List<Target> all, int[] fitted) {
        this.all = List.copyOf(all);
        this.fitted = fitted.clone();
    }

    @Override
    public double between(double[] statistics) {
        double sum = 0;
        for (int i : fitted) {
            double e = all.get(i).error(statistics[i]);
            sum += e * e;
        }
        return Math.sqrt(sum / fitted.length);
    }
}
