package sahelsim.hindcast;

import java.time.LocalDate;
import java.util.Optional;
import sahelsim.model.ModelEvent;
import sahelsim.scenario.Scenario;

/**
 * Dated figure: the Islamic State's Ménaka offensive after Barkhane left Ménaka (June 2022). Under historical
 * forcing the offensive is ISSP's dated objective, so the test asks for its toll and that the ISSP is in most of
 * it, not only that violence happened there.
 */
final class MenakaOffensive implements Fact {

    static final LocalDate FROM = LocalDate.of(2022, 6, 13);
    static final LocalDate TO = LocalDate.of(2022, 9, 30);
    static final int MIN_DEATHS = 300;
    static final double ISSP_SHARE = 0.5;

    @Override
    public String id() {
        return "menaka_offensive_2022";
    }

    @Override
    public String title() {
        return "Heavy violence in the Ménaka region after Barkhane leaves";
    }

    @Override
    public String historical() {
        return "ISGS's Ménaka offensive killed 900+ by Sep 2022 (ACLED; the MSA says 1,000+) (WP-Ménaka offensive; "
                + "mali-facts 3)";
    }

    @Override
    public String test() {
        return MIN_DEATHS + "+ killed in the Ménaka region between " + FROM + " and " + TO + " (a third of the 900), "
                + "at least half of them in events the ISSP takes part in";
    }

    @Override
    public String observed() {
        return "killed in the Ménaka region, 13 Jun - 30 Sep 2022";
    }

    @Override
    public String historicalFigure() {
        return "900+ by Sep 2022 (ACLED)";
    }

    @Override
    public Optional<DateSpan> dates(Scenario scenario) {
        return Optional.of(new DateSpan(FROM, TO));
    }

    @Override
    public Verdict judge(RunView run) {
        long deaths = 0;
        long byIssp = 0;
        int issp = run.faction("issp");
        for (ModelEvent e : run.events()) {
            if (e.kind().violent() && run.within(e, FROM, TO) && run.region(e).equals("menaka")) {
                deaths += e.fatalities();
                if (e.actor1() == issp || e.actor2() == issp) {
                    byIssp += e.fatalities();
                }
            }
        }
        return Verdict.of(deaths, deaths + " killed, " + byIssp + " in events with the ISSP", deaths >= MIN_DEATHS
                && byIssp >= ISSP_SHARE * deaths);
    }
}
