package sahelsim.hindcast;

import java.time.LocalDate;
import java.util.Optional;
import sahelsim.model.ModelEvent;
import sahelsim.scenario.Scenario;

/** Stylised fact 7: JNIM and the Islamic State's Sahel province fight each other. */
final class JihadistWar implements Fact {

    static final int MIN_EVENTS = 10;
    static final int MIN_DEATHS = 100;

    @Override
    public String id() {
        return "jnim_issp_war";
    }

    @Override
    public String title() {
        return "JNIM and ISSP fight each other";
    }

    @Override
    public String historical() {
        return "JNIM-ISGS war since 2019-20, 1,500+ deaths, heavy fighting Aug 2022 - Apr 2023 (WP; CTP; "
                + "mali-facts 5, fact 7)";
    }

    @Override
    public String test() {
        return "in 2022-2023, at least " + MIN_EVENTS + " battles between JNIM and ISSP with " + MIN_DEATHS
                + "+ deaths";
    }

    @Override
    public String observed() {
        return "deaths in JNIM-ISSP battles, 2022-2023";
    }

    @Override
    public String historicalFigure() {
        return "1,500+ deaths since 2019-20";
    }

    @Override
    public Optional<DateSpan> dates(Scenario scenario) {
        return Optional.of(new DateSpan(LocalDate.of(2022, 1, 1), LocalDate.of(2023, 12, 31)));
    }

    @Override
    public Verdict judge(RunView run) {
        long events = 0;
        long deaths = 0;
        for (ModelEvent e : run.events()) {
            if (e.kind().violent() && run.between(e, "jnim", "issp")
                    && run.within(e, LocalDate.of(2022, 1, 1), LocalDate.of(2023, 12, 31))) {
                events++;
                deaths += e.fatalities();
            }
        }
        return Verdict.of(deaths, events + " battles, " + deaths + " deaths", events >= MIN_EVENTS && deaths >= MIN_DEATHS);
    }
}
