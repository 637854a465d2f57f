package sahelsim.hindcast;

import java.time.LocalDate;
import sahelsim.model.ModelEvent;

/** Dated figure: the Islamic State's Ménaka offensive after Barkhane left Ménaka (June 2022). */
final class MenakaOffensive implements Fact {

    static final LocalDate FROM = LocalDate.of(2022, 6, 13);
    static final LocalDate TO = LocalDate.of(2022, 9, 30);
    static final int MIN_DEATHS = 300;

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
        return MIN_DEATHS + "+ killed in the Ménaka region between " + FROM + " and " + TO + " (a third of the 900)";
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
    public Verdict judge(RunView run) {
        long deaths = 0;
        for (ModelEvent e : run.events()) {
            if (e.kind().violent() && run.within(e, FROM, TO) && run.region(e).equals("menaka")) {
                deaths += e.fatalities();
            }
        }
        return Verdict.of(deaths, deaths + " killed", deaths >= MIN_DEATHS);
    }
}
