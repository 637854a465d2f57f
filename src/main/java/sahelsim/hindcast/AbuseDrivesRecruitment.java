package sahelsim.hindcast;

import java.util.ArrayList;
import java.util.List;
import sahelsim.model.EventKind;
import sahelsim.model.ModelEvent;
import sahelsim.observe.Measure;
import sahelsim.scenario.FactionSpec;
import sahelsim.scenario.Side;

/**
 * Stylised fact 5: indiscriminate violence by the state's side drives recruitment by its enemies. Armed
 * groups' recruitment in the 90 days after each state-side mass killing, over the 90 days before, is compared
 * with the same ratio taken every 30 days through the run, so that a general rise over the years does not
 * count as an effect.
 */
final class AbuseDrivesRecruitment implements Fact {

    static final int WINDOW = 90;
    static final int BASELINE_STEP = 30;
    static final int MASS_KILLING = 10;

    @Override
    public String id() {
        return "abuse_drives_recruitment";
    }

    @Override
    public String title() {
        return "State-side massacres are followed by more recruitment for armed groups";
    }

    @Override
    public String historical() {
        return "71% of voluntary recruits interviewed by UNDP (2017, n = 718) named a government action, often the "
                + "killing or arrest of a relative, as their tipping point (mali-facts 5, fact 5)";
    }

    @Override
    public String test() {
        return "insurgent recruits in the 90 days after / before each state-side killing of " + MASS_KILLING
                + "+ civilians, over the same ratio taken every 30 days of the run: > 1";
    }

    @Override
    public String observed() {
        return "recruitment after killings / usual";
    }

    @Override
    public String historicalFigure() {
        return "71% of recruits name a state action";
    }

    @Override
    public Verdict judge(RunView run) {
        int days = run.record().days();
        List<Integer> killings = new ArrayList<>();
        for (ModelEvent e : run.events()) {
            if (e.kind() == EventKind.CIVILIANS_ATTACKED && e.civilianDeaths() >= MASS_KILLING
                    && run.onSide(e.actor1(), Side.GOVERNMENT) && e.day() >= WINDOW && e.day() + WINDOW <= days) {
                killings.add((int) e.day());
            }
        }
        if (killings.isEmpty()) {
            return Verdict.of(Double.NaN, "no state-side mass killing", false);
        }
        double after = 0;
        for (int d : killings) {
            after += ratio(run, d);
        }
        double baseline = 0;
        int n = 0;
        for (int d = WINDOW; d + WINDOW <= days; d += BASELINE_STEP) {
            baseline += ratio(run, d);
            n++;
        }
        double effect = (after / killings.size()) / (baseline / n);
        return Verdict.of(effect, String.format("%.2f over %d killings", effect, killings.size()), effect > 1.0);
    }

    private static double ratio(RunView run, int day) {
        return (recruits(run, day, day + WINDOW) + 1) / (recruits(run, day - WINDOW, day) + 1);
    }

    private static double recruits(RunView run, int from, int to) {
        double sum = 0;
        for (FactionSpec f : run.factions()) {
            if (f.side() == Side.INSURGENT) {
                sum += run.record().sum(Measure.RECRUITS, f.id(), from, to);
            }
        }
        return sum;
    }
}
