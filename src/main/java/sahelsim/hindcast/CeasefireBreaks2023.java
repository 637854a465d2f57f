package sahelsim.hindcast;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import sahelsim.model.EventKind;
import sahelsim.model.ModelEvent;

/** Dated figure: the 2015 CSP-FAMa ceasefire breaks in August-September 2023. */
final class CeasefireBreaks2023 implements Fact {

    static final LocalDate FROM = LocalDate.of(2023, 7, 1);
    static final LocalDate TO = LocalDate.of(2023, 10, 31);
    static final LocalDate BER = LocalDate.of(2023, 8, 7);

    @Override
    public String id() {
        return "ceasefire_breaks_2023";
    }

    @Override
    public String title() {
        return "The rebels' ceasefire with the army breaks in the second half of 2023";
    }

    @Override
    public String historical() {
        return "Battle of Ber 7 Aug 2023: the Algiers Accord effectively collapses; the CSP resumes hostilities "
                + "11-12 Sep 2023 (Jeune Afrique; AFP; mali-facts 3)";
    }

    @Override
    public String test() {
        return "the CSP-FAMa truce ends between " + FROM + " and " + TO;
    }

    @Override
    public String observed() {
        return "days from the Battle of Ber (7 Aug 2023) to the truce ending";
    }

    @Override
    public String historicalFigure() {
        return "0 (Ber); CSP war from 11 Sep 2023";
    }

    @Override
    public Verdict judge(RunView run) {
        for (ModelEvent e : run.events()) {
            if (e.kind() == EventKind.TRUCE_ENDS && run.between(e, "csp", "fama")) {
                LocalDate d = run.date(e);
                return Verdict.of(ChronoUnit.DAYS.between(BER, d), "ended " + d, !d.isBefore(FROM) && !d.isAfter(TO));
            }
        }
        return Verdict.of(Double.NaN, "never ended", false);
    }
}
