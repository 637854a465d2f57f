package sahelsim.hindcast;

import java.time.LocalDate;
import sahelsim.model.ModelEvent;
import sahelsim.observe.Measure;

/** Stylised fact 8: rebels and jihadists converge against FAMa and Wagner without a formal merger. */
final class RebelJihadistConvergence implements Fact {

    @Override
    public String id() {
        return "rebel_jihadist_convergence";
    }

    @Override
    public String title() {
        return "After September 2023 the CSP and JNIM fight the state, not each other";
    }

    @Override
    public String historical() {
        return "Both fought the Kidal offensive (Oct-Dec 2023); JNIM claims a role at Tinzaouaten (Jul 2024), which "
                + "the CSP denies (WP; mali-facts 5, fact 8)";
    }

    @Override
    public String test() {
        return "once the CSP-JNIM coalition holds: no CSP-JNIM fight, and both fight FAMa or Wagner";
    }

    @Override
    public String observed() {
        return "CSP-JNIM fights once allied";
    }

    @Override
    public String historicalFigure() {
        return "none reported after Sep 2023";
    }

    @Override
    public Verdict judge(RunView run) {
        LocalDate formed = null;
        for (int d = 0; d < run.record().days() && formed == null; d++) {
            if (run.record().has(Measure.COALITION_LEVEL, "csp-jnim")
                    && run.record().value(Measure.COALITION_LEVEL, "csp-jnim", d) > 0) {
                formed = run.record().date(d);
            }
        }
        if (formed == null) {
            return Verdict.of(Double.NaN, "the coalition never formed", false);
        }
        long fights = 0;
        long csp = 0;
        long jnim = 0;
        for (ModelEvent e : run.events()) {
            if (!e.kind().violent() || run.date(e).isBefore(formed)) {
                continue;
            }
            if (run.between(e, "csp", "jnim")) {
                fights++;
            } else if (run.between(e, "csp", "fama") || run.between(e, "csp", "wagner")) {
                csp++;
            } else if (run.between(e, "jnim", "fama") || run.between(e, "jnim", "wagner")) {
                jnim++;
            }
        }
        return Verdict.of(fights, fights + " CSP-JNIM fights; " + csp + " CSP and " + jnim + " JNIM fights with the state",
                fights == 0 && csp > 0 && jnim > 0);
    }
}
