package sahelsim.hindcast;

import java.time.LocalDate;
import sahelsim.model.EventKind;
import sahelsim.model.ModelEvent;
import sahelsim.scenario.FactionSpec;
import sahelsim.scenario.Side;

/**
 * Stylised fact 4: rebels take camps, grab equipment and pull back rather than hold them, because of airstrikes.
 * Only armed groups whose aims let them keep a town count: a group that never holds a town cannot show the
 * choice. For a group that may hold, whether it raids (beats the defenders and leaves) or assaults and stays is
 * its Command's choice, and whether a post taken is still its own a month later is the model's fights' outcome:
 * a group that takes and keeps its posts fails the test.
 */
final class CampsRaidedAndLeft implements Fact {

    static final double SHARE = 0.5;
    static final int MIN_CASES = 3;
    static final int KEPT_DAYS = 30;
    /** The aim for holding at which a unit that finds a post empty stays in it (the Command's rule). */
    static final double HOLDS = 0.3;

    @Override
    public String id() {
        return "camps_raided_and_left";
    }

    @Override
    public String title() {
        return "Rebels overrun posts and do not keep them";
    }

    @Override
    public String historical() {
        return "Bourem, Léré and Dioura in 2023: the CSP took the camps, took equipment and withdrew "
                + "(weafrica24; mali-facts 5, fact 4)";
    }

    @Override
    public String test() {
        return "of the posts armed groups that can hold towns overrun (at least " + MIN_CASES + "), a share >= " + SHARE
                + " is not theirs " + KEPT_DAYS + " days later";
    }

    @Override
    public String observed() {
        return "share of overrun posts not kept";
    }

    @Override
    public String historicalFigure() {
        return "Bourem, Léré, Dioura (2023): all left";
    }

    @Override
    public Verdict judge(RunView run) {
        long raided = 0;
        long taken = 0;
        long kept = 0;
        for (ModelEvent e : run.events()) {
            if (!canHold(run, e.actor1())) {
                continue;
            }
            if (e.kind() == EventKind.POST_OVERRUN) {
                raided++;
            } else if (e.kind() == EventKind.TERRITORY_TAKEN) {
                taken++;
                LocalDate later = run.date(e).plusDays(KEPT_DAYS);
                String town = run.grid().geography().town(e.town()).id();
                if (!later.isAfter(run.scenario().end())
                        && run.factionId(e.actor1()).equals(run.towns().holderOn(town, later))) {
                    kept++;
                }
            }
        }
        long cases = raided + taken;
        double share = cases == 0 ? Double.NaN : (double) (cases - kept) / cases;
        return Verdict.of(share, raided + " raided, " + taken + " taken of which " + kept + " kept",
                cases >= MIN_CASES && share >= SHARE);
    }

    private static boolean canHold(RunView run, int faction) {
        if (faction < 0) {
            return false;
        }
        FactionSpec f = run.scenario().factions().get(faction);
        return f.side() == Side.INSURGENT && f.behaviour().aims().hold() >= HOLDS;
    }
}
