package sahelsim.hindcast;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import sahelsim.observe.Measure;
import sahelsim.scenario.Scenario;

/** Dated figures: the DTM's counts of internally displaced people, 2022-2023. */
final class DisplacedSeries implements Fact {

    static final double FACTOR = 1.5;

    @Override
    public String id() {
        return "dtm_displaced";
    }

    @Override
    public String title() {
        return "Displaced people match the DTM's counts";
    }

    @Override
    public String historical() {
        return "422,620 (Aug 2022), 412,287 (Dec 2022), 375,539 (Apr 2023), 391,961 (Sep 2023), 354,739 (Dec 2023) "
                + "(DTM; mali-facts 4.3)";
    }

    @Override
    public String test() {
        return "on each DTM date, the displaced within a factor " + FACTOR + " of the DTM count";
    }

    @Override
    public String observed() {
        return "displaced / DTM count, worst date";
    }

    @Override
    public String historicalFigure() {
        return "1 (the DTM counts)";
    }

    @Override
    public Optional<DateSpan> dates(Scenario scenario) {
        List<LocalDate> dates = List.copyOf(HistoricalFigures.DTM_DISPLACED.keySet());
        return Optional.of(new DateSpan(dates.get(0), dates.get(dates.size() - 1)));
    }

    @Override
    public Verdict judge(RunView run) {
        double worst = 1;
        int compared = 0;
        for (Map.Entry<LocalDate, Double> e : HistoricalFigures.DTM_DISPLACED.entrySet()) {
            int day = run.day(e.getKey());
            if (day < 0) {
                continue;
            }
            double model = run.record().value(Measure.DISPLACED, "", day);
            double ratio = Math.max(model, 1) / e.getValue();
            worst = Math.abs(Math.log(ratio)) > Math.abs(Math.log(worst)) ? ratio : worst;
            compared++;
        }
        if (compared == 0) {
            return Verdict.of(Double.NaN, "no DTM date inside the run", false);
        }
        return Verdict.of(worst, String.format("worst date %.2f x DTM", worst),
                worst >= 1 / FACTOR && worst <= FACTOR);
    }
}
