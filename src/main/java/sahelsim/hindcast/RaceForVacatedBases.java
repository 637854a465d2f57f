package sahelsim.hindcast;

import java.time.LocalDate;
import sahelsim.model.EventKind;
import sahelsim.model.ModelEvent;

/** Stylised fact 2: a race for the vacated bases sets off fighting between former allies. */
final class RaceForVacatedBases implements Fact {

    static final int TRUCE_WINDOW_DAYS = 30;
    static final int FIGHT_WINDOW_DAYS = 120;

    @Override
    public String id() {
        return "race_for_vacated_bases";
    }

    @Override
    public String title() {
        return "Handing over vacated bases breaks a truce and starts fighting";
    }

    @Override
    public String historical() {
        return "FAMa's takeover of MINUSMA's camp at Ber, in CMA country, broke the 2015 ceasefire: Battle of Ber, "
                + "7-13 Aug 2023 (Jeune Afrique; mali-facts 5, fact 2)";
    }

    @Override
    public String test() {
        return "a truce ends within " + TRUCE_WINDOW_DAYS + " days after a base hand-over, and the two sides fight "
                + "within " + FIGHT_WINDOW_DAYS + " days after";
    }

    @Override
    public String observed() {
        return "fights after the first truce a hand-over broke";
    }

    @Override
    public String historicalFigure() {
        return "Battle of Ber as the camp changed hands (Aug 2023)";
    }

    @Override
    public Verdict judge(RunView run) {
        for (ModelEvent handover : run.events()) {
            if (handover.kind() != EventKind.TRANSFER || handover.actor2() < 0) {
                continue;
            }
            LocalDate h = run.date(handover);
            for (ModelEvent truce : run.events()) {
                if (truce.kind() != EventKind.TRUCE_ENDS || !run.within(truce, h, h.plusDays(TRUCE_WINDOW_DAYS))) {
                    continue;
                }
                LocalDate broke = run.date(truce);
                long fights = run.events().stream().filter(e -> e.kind().violent()
                        && run.within(e, broke, broke.plusDays(FIGHT_WINDOW_DAYS))
                        && ((e.actor1() == truce.actor1() && e.actor2() == truce.actor2())
                        || (e.actor1() == truce.actor2() && e.actor2() == truce.actor1()))).count();
                if (fights > 0) {
                    return Verdict.of(fights, "truce " + run.factionId(truce.actor1()) + "-" + run.factionId(truce.actor2())
                            + " ended " + broke + ", " + fights + " fights followed", true);
                }
            }
        }
        return Verdict.of(Double.NaN, "no truce broke after a hand-over", false);
    }
}
