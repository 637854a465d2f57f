package sahelsim.hindcast;

import java.time.LocalDate;
import java.util.Optional;
import sahelsim.observe.Measure;
import sahelsim.scenario.Scenario;

/** Dated figure: civilians killed in 2022, UN count. */
final class CivilianDeaths2022 implements Fact {

    static final double UN_2022 = HistoricalFigures.UN_CIVILIANS_KILLED_2022;
    static final double FACTOR = 3;

    @Override
    public String id() {
        return "un_civilian_deaths_2022";
    }

    @Override
    public String title() {
        return "Civilians killed in 2022 of the UN's order";
    }

    @Override
    public String historical() {
        return "1,277 civilians killed in 2022, Moura not included (MINUSMA human-rights note via APA and AFP; "
                + "mali-facts 4.1)";
    }

    @Override
    public String test() {
        return "civilians killed in 2022 within a factor " + (int) FACTOR + " of 1,277";
    }

    @Override
    public String observed() {
        return "civilians killed in 2022";
    }

    @Override
    public String historicalFigure() {
        return "1,277";
    }

    @Override
    public Optional<DateSpan> dates(Scenario scenario) {
        return Optional.of(new DateSpan(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)));
    }

    @Override
    public Verdict judge(RunView run) {
        int from = run.day(LocalDate.of(2022, 1, 1));
        int to = run.day(LocalDate.of(2022, 12, 31));
        if (from < 0 || to < 0) {
            return Verdict.of(Double.NaN, "the run does not cover 2022", false);
        }
        double killed = run.record().sum(Measure.CIVILIAN_DEATHS, "", from, to + 1);
        return Verdict.of(killed, String.format("%,d (%.1f x UN)", (long) killed, killed / UN_2022),
                killed >= UN_2022 / FACTOR && killed <= UN_2022 * FACTOR);
    }
}
