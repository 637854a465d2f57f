package sahelsim.hindcast;

import sahelsim.model.EventKind;
import sahelsim.model.ModelEvent;

/** Stylised fact 11: logistics chokepoints decide access: convoys are ambushed and blockades turn them back. */
final class LogisticsChokepoints implements Fact {

    static final int MIN_AMBUSHES = 10;

    @Override
    public String id() {
        return "logistics_chokepoints";
    }

    @Override
    public String title() {
        return "Convoys are ambushed on the roads and turned back by blockades";
    }

    @Override
    public String historical() {
        return "IEDs killed 103 in 2021 and 72 in 2022; convoys took 2 days for 57 km; 200 trucks held in Gao "
                + "(MINUSMA; mali-facts 5, fact 11)";
    }

    @Override
    public String test() {
        return "at least " + MIN_AMBUSHES + " convoy ambushes, and at least one convoy turned back by a blockade";
    }

    @Override
    public String observed() {
        return "convoy ambushes";
    }

    @Override
    public String historicalFigure() {
        return "IEDs killed 103 (2021) and 72 (2022)";
    }

    @Override
    public Verdict judge(RunView run) {
        long ambushes = 0;
        long turnedBack = 0;
        for (ModelEvent e : run.events()) {
            if (e.kind() == EventKind.IED) {
                ambushes++;
            } else if (e.kind() == EventKind.CONVOY_TURNED_BACK) {
                turnedBack++;
            }
        }
        return Verdict.of(ambushes, ambushes + " ambushes, " + turnedBack + " convoys turned back",
                ambushes >= MIN_AMBUSHES && turnedBack > 0);
    }
}
