package sahelsim.hindcast;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import sahelsim.model.ModelEvent;
import sahelsim.scenario.Scenario;

/**
 * Dated figure: the rebels' war with the army resumes in the second half of 2023, not before. A truce ends by a
 * rule of the model (a post taken in the rebels' areas, as at Ber); the test asks for the war itself: no fighting
 * between the CSP and the parties to its ceasefire (FAMa and the contractors beside it) before July 2023, and a
 * war of several fights from August to December. The pro-government militias were never party to it.
 */
final class CeasefireBreaks2023 implements Fact {

    static final LocalDate QUIET_UNTIL = LocalDate.of(2023, 7, 1);
    static final LocalDate FROM = LocalDate.of(2023, 8, 1);
    static final LocalDate TO = LocalDate.of(2023, 12, 31);
    static final LocalDate BER = LocalDate.of(2023, 8, 7);
    static final int MIN_FIGHTS = 3;

    @Override
    public String id() {
        return "ceasefire_breaks_2023";
    }

    @Override
    public String title() {
        return "The rebels' war with the army resumes in the second half of 2023, not before";
    }

    @Override
    public String historical() {
        return "Battle of Ber 7 Aug 2023: the Algiers Accord effectively collapses; the CSP resumes hostilities "
                + "11-12 Sep 2023 (Jeune Afrique; AFP; mali-facts 3)";
    }

    @Override
    public String test() {
        return "no CSP fight with FAMa or Wagner before " + QUIET_UNTIL + ", and " + MIN_FIGHTS + "+ between "
                + FROM + " and " + TO;
    }

    @Override
    public String observed() {
        return "days from the Battle of Ber (7 Aug 2023) to the first CSP fight with FAMa or Wagner";
    }

    @Override
    public String historicalFigure() {
        return "0 (Ber); CSP war from 11 Sep 2023";
    }

    @Override
    public Optional<DateSpan> dates(Scenario scenario) {
        return Optional.of(new DateSpan(scenario.start(), TO));
    }

    @Override
    public Verdict judge(RunView run) {
        LocalDate first = null;
        long war = 0;
        for (ModelEvent e : run.events()) {
            if (!e.kind().violent() || !againstState(run, e)) {
                continue;
            }
            if (first == null || run.date(e).isBefore(first)) {
                first = run.date(e);
            }
            if (run.within(e, FROM, TO)) {
                war++;
            }
        }
        if (first == null) {
            return Verdict.of(Double.NaN, "the CSP never fought the state", false);
        }
        return Verdict.of(ChronoUnit.DAYS.between(BER, first), "first fight " + first + ", " + war + " from " + FROM
                + " to " + TO, !first.isBefore(QUIET_UNTIL) && war >= MIN_FIGHTS);
    }

    /** A fight between the CSP and a party to the ceasefire: the army or the contractors fighting beside it. */
    static boolean againstState(RunView run, ModelEvent e) {
        return run.between(e, "csp", "fama") || run.between(e, "csp", "wagner");
    }
}
