package sahelsim.hindcast;

import sahelsim.model.EventKind;
import sahelsim.model.ModelEvent;

/** Stylised fact 4: rebels take camps, grab equipment and pull back rather than hold them, because of airstrikes. */
final class CampsRaidedAndLeft implements Fact {

    static final double SHARE = 0.5;
    static final int MIN_CASES = 3;

    @Override
    public String id() {
        return "camps_raided_and_left";
    }

    @Override
    public String title() {
        return "Armed groups overrun posts and leave rather than hold them";
    }

    @Override
    public String historical() {
        return "Bourem, Léré and Dioura in 2023: the CSP took the camps, took equipment and withdrew "
                + "(weafrica24; mali-facts 5, fact 4)";
    }

    @Override
    public String test() {
        return "of the posts armed groups overrun (at least " + MIN_CASES + "), a share >= " + SHARE
                + " is left rather than held";
    }

    @Override
    public String observed() {
        return "share of overrun posts left";
    }

    @Override
    public String historicalFigure() {
        return "Bourem, Léré, Dioura (2023): all left";
    }

    @Override
    public Verdict judge(RunView run) {
        long left = 0;
        long held = 0;
        for (ModelEvent e : run.events()) {
            boolean insurgent = e.actor1() >= 0 && run.scenario().factions().get(e.actor1()).side()
                    == sahelsim.scenario.Side.INSURGENT;
            if (!insurgent) {
                continue;
            }
            if (e.kind() == EventKind.POST_OVERRUN) {
                left++;
            } else if (e.kind() == EventKind.TERRITORY_TAKEN) {
                held++;
            }
        }
        long cases = left + held;
        double share = cases == 0 ? Double.NaN : (double) left / cases;
        return Verdict.of(share, left + " left, " + held + " held", cases >= MIN_CASES && share >= SHARE);
    }
}
