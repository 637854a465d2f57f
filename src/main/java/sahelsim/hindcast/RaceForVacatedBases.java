package sahelsim.hindcast;

import java.time.LocalDate;
import java.util.Optional;
import sahelsim.model.ModelEvent;
import sahelsim.scenario.ForeignForceSpec;
import sahelsim.scenario.RelationSpec;
import sahelsim.scenario.Scenario;

/**
 * Stylised fact 2: a race for the vacated bases sets off fighting between former allies. The test asks for the
 * fighting itself, where and when the bases are left, between two factions the scenario starts at truce: how a
 * truce ends is a rule of the model, but whether the former partners then fight over the vacated sites is not.
 */
final class RaceForVacatedBases implements Fact {

    static final int FIGHT_WINDOW_DAYS = 120;
    static final double REACH_KM = 100;

    @Override
    public String id() {
        return "race_for_vacated_bases";
    }

    @Override
    public String title() {
        return "Former truce partners fight over the bases foreign forces leave";
    }

    @Override
    public String historical() {
        return "FAMa's takeover of MINUSMA's camp at Ber, in CMA country, broke the 2015 ceasefire: Battle of Ber, "
                + "7-13 Aug 2023 (Jeune Afrique; mali-facts 5, fact 2)";
    }

    @Override
    public String test() {
        return "two factions at truce at the start fight within " + (int) REACH_KM + " km of a base a foreign force "
                + "left, within " + FIGHT_WINDOW_DAYS + " days after it left";
    }

    @Override
    public String observed() {
        return "fights between former truce partners near vacated bases";
    }

    @Override
    public String historicalFigure() {
        return "Battle of Ber as the camp changed hands (Aug 2023)";
    }

    @Override
    public Optional<DateSpan> dates(Scenario scenario) {
        DateSpan read = null;
        for (ForeignForceSpec f : scenario.foreignForces()) {
            if (f.withdrawal() != null) {
                DateSpan after = new DateSpan(f.withdrawal(), f.withdrawal().plusDays(FIGHT_WINDOW_DAYS));
                read = read == null ? after : read.join(after);
            }
        }
        return Optional.ofNullable(read);
    }

    @Override
    public Verdict judge(RunView run) {
        long fights = 0;
        String first = null;
        for (ModelEvent e : run.events()) {
            if (!e.kind().violent() || !formerPartners(run, e)) {
                continue;
            }
            for (ForeignForceSpec f : run.scenario().foreignForces()) {
                LocalDate left = f.withdrawal();
                if (left != null && run.within(e, left, left.plusDays(FIGHT_WINDOW_DAYS))
                        && run.kmTo(e, f.base()) <= REACH_KM) {
                    fights++;
                    if (first == null) {
                        first = run.factionId(e.actor1()) + "-" + run.factionId(e.actor2()) + " near " + f.base()
                                + " on " + run.date(e);
                    }
                    break;
                }
            }
        }
        return fights == 0 ? Verdict.of(0, "no former truce partners fought near a vacated base", false)
                : Verdict.of(fights, fights + " fights, the first " + first, true);
    }

    private static boolean formerPartners(RunView run, ModelEvent e) {
        for (RelationSpec r : run.scenario().relations()) {
            if (r.truce() && ((run.faction(r.a()) == e.actor1() && run.faction(r.b()) == e.actor2())
                    || (run.faction(r.a()) == e.actor2() && run.faction(r.b()) == e.actor1()))) {
                return true;
            }
        }
        return false;
    }
}
