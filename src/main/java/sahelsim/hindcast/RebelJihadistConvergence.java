package sahelsim.hindcast;

import java.time.LocalDate;
import java.util.Set;
import sahelsim.model.ModelEvent;

/**
 * Stylised fact 8: rebels and jihadists converge against FAMa and Wagner without a formal merger. The test does
 * not ask whether their coalition formed, nor whether its members spared each other (a coalition forbids them to
 * fight): it asks whether, once the rebels' war with the state has begun, both groups fight the state in the
 * north within months and hardly fight each other, whatever their coalition's state.
 */
final class RebelJihadistConvergence implements Fact {

    static final Set<String> NORTH = Set.of("kidal", "gao", "tombouctou", "menaka", "taoudenit");
    static final int WINDOW_DAYS = 180;
    static final int MIN_FIGHTS = 3;
    static final double MOST_INFIGHTING = 0.1;

    @Override
    public String id() {
        return "rebel_jihadist_convergence";
    }

    @Override
    public String title() {
        return "Once the rebels' war resumes, the CSP and JNIM both fight the state in the north, not each other";
    }

    @Override
    public String historical() {
        return "Both fought the Kidal offensive (Oct-Dec 2023); JNIM claims a role at Tinzaouaten (Jul 2024), which "
                + "the CSP denies (WP; mali-facts 5, fact 8)";
    }

    @Override
    public String test() {
        return "within " + WINDOW_DAYS + " days of the first CSP fight with FAMa or Wagner, the CSP and JNIM each fight "
                + "FAMa or Wagner in the north " + MIN_FIGHTS + "+ times, and CSP-JNIM fights are at most "
                + (int) (100 * MOST_INFIGHTING) + "% of the CSP's fights with the state";
    }

    @Override
    public String observed() {
        return "CSP-JNIM fights per CSP fight with the state, in the window";
    }

    @Override
    public String historicalFigure() {
        return "none reported after Sep 2023";
    }

    @Override
    public Verdict judge(RunView run) {
        LocalDate war = null;
        for (ModelEvent e : run.events()) {
            if (e.kind().violent() && againstState(run, e, "csp") && (war == null || run.date(e).isBefore(war))) {
                war = run.date(e);
            }
        }
        if (war == null) {
            return Verdict.of(Double.NaN, "the CSP never fought FAMa or Wagner", false);
        }
        LocalDate to = war.plusDays(WINDOW_DAYS);
        long csp = 0;
        long jnim = 0;
        long infighting = 0;
        for (ModelEvent e : run.events()) {
            if (!e.kind().violent() || !run.within(e, war, to)) {
                continue;
            }
            if (run.between(e, "csp", "jnim")) {
                infighting++;
            } else if (NORTH.contains(run.region(e)) && againstState(run, e, "csp")) {
                csp++;
            } else if (NORTH.contains(run.region(e)) && againstState(run, e, "jnim")) {
                jnim++;
            }
        }
        double ratio = csp == 0 ? Double.NaN : (double) infighting / csp;
        return Verdict.of(ratio, "from " + war + ": " + csp + " CSP and " + jnim + " JNIM fights with the state in the "
                + "north, " + infighting + " CSP-JNIM", csp >= MIN_FIGHTS && jnim >= MIN_FIGHTS
                && infighting <= MOST_INFIGHTING * csp);
    }

    /** A fight between the group and FAMa or the contractors beside it. */
    private static boolean againstState(RunView run, ModelEvent e, String group) {
        return run.between(e, group, "fama") || run.between(e, group, "wagner");
    }
}
