package sahelsim.hindcast;

import java.time.LocalDate;
import java.util.Optional;
import sahelsim.observe.Measure;
import sahelsim.scenario.Scenario;

/** Stylised fact 9: a new security partner (Wagner, from late 2021) did not lower fatalities. */
final class NewPartnerNoFewerDeaths implements Fact {

    static final double FLOOR = 0.75;
    static final int MIN_FIRST_YEAR = 1000;

    @Override
    public String id() {
        return "new_partner_no_fewer_deaths";
    }

    @Override
    public String title() {
        return "Fatalities do not fall in the Wagner years";
    }

    @Override
    public String historical() {
        return "2022, the first Wagner year, was the deadliest on record (+150% on 2021); H1 2024 set a new record in "
                + "the three central Sahel states (ACLED; mali-facts 5, fact 9)";
    }

    @Override
    public String test() {
        return "fatalities in 2022 >= " + MIN_FIRST_YEAR + " and in each later full year >= " + FLOOR + " x 2022";
    }

    @Override
    public String observed() {
        return "lowest later year / 2022 (fatalities)";
    }

    @Override
    public String historicalFigure() {
        return "2022 a record; H1 2024 a new one";
    }

    @Override
    public Optional<DateSpan> dates(Scenario scenario) {
        int lastFull = scenario.end().getMonthValue() == 12 && scenario.end().getDayOfMonth() == 31
                ? scenario.end().getYear() : scenario.end().getYear() - 1;
        return Optional.of(new DateSpan(LocalDate.of(2022, 1, 1), LocalDate.of(Math.max(2022, lastFull), 12, 31)));
    }

    @Override
    public Verdict judge(RunView run) {
        double first = year(run, 2022);
        double lowest = Double.POSITIVE_INFINITY;
        for (int y = 2023; y <= run.scenario().end().getYear(); y++) {
            if (run.day(LocalDate.of(y, 12, 31)) >= 0) {
                lowest = Math.min(lowest, year(run, y) / Math.max(1, first));
            }
        }
        if (Double.isInfinite(lowest)) {
            return Verdict.of(Double.NaN, "the run has no full year after 2022", false);
        }
        return Verdict.of(lowest, String.format("%d in 2022; lowest later year %.2f x 2022", (long) first, lowest),
                first >= MIN_FIRST_YEAR && lowest >= FLOOR);
    }

    private static double year(RunView run, int year) {
        int from = Math.max(0, run.day(LocalDate.of(year, 1, 1)));
        int to = run.day(LocalDate.of(year, 12, 31));
        return run.record().sum(Measure.FATALITIES, "", from, to < 0 ? run.record().days() : to + 1);
    }
}
