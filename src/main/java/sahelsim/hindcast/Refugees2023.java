package sahelsim.hindcast;

import java.util.Optional;
import sahelsim.observe.Measure;
import sahelsim.scenario.Scenario;

/** Dated figure: refugees abroad in April 2023. */
final class Refugees2023 implements Fact {

    static final double APRIL_2023 = HistoricalFigures.UNHCR_REFUGEES_APRIL_2023;
    static final double FACTOR = 2;

    @Override
    public String id() {
        return "refugees_2023";
    }

    @Override
    public String title() {
        return "Refugees abroad of the UNHCR's order";
    }

    @Override
    public String historical() {
        return "204,387 Malian refugees in Mauritania, Niger and Burkina Faso in April 2023 (mali-facts 4.3)";
    }

    @Override
    public String test() {
        return "refugees on 30 Apr 2023 within a factor " + (int) FACTOR + " of 204,387";
    }

    @Override
    public String observed() {
        return "refugees on 30 Apr 2023";
    }

    @Override
    public String historicalFigure() {
        return "204,387";
    }

    @Override
    public Optional<DateSpan> dates(Scenario scenario) {
        return Optional.of(DateSpan.on(HistoricalFigures.REFUGEES_DATE));
    }

    @Override
    public Verdict judge(RunView run) {
        int day = run.day(HistoricalFigures.REFUGEES_DATE);
        if (day < 0) {
            return Verdict.of(Double.NaN, "the run does not reach April 2023", false);
        }
        double refugees = run.record().value(Measure.REFUGEES, "", day);
        return Verdict.of(refugees, String.format("%,d (%.2f x)", (long) refugees, refugees / APRIL_2023),
                refugees >= APRIL_2023 / FACTOR && refugees <= APRIL_2023 * FACTOR);
    }
}
