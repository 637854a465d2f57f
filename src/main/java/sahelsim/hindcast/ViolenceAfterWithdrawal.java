package sahelsim.hindcast;

import java.time.LocalDate;
import java.util.Optional;
import sahelsim.model.ModelEvent;
import sahelsim.scenario.ForeignForceSpec;
import sahelsim.scenario.Scenario;

/** Stylised fact 1: violence rises within weeks or months of a foreign withdrawal and clusters at the vacated sites. */
final class ViolenceAfterWithdrawal implements Fact {

    static final int WINDOW_DAYS = 120;
    static final double RADIUS_KM = 100;
    static final double THRESHOLD = 1.2;

    @Override
    public String id() {
        return "violence_after_withdrawal";
    }

    @Override
    public String title() {
        return "Violence rises around bases after foreign forces leave";
    }

    @Override
    public String historical() {
        return "Clashes at Ber from 7 Aug 2023 as MINUSMA left; Ménaka offensive (900+ killed by Sep 2022) after "
                + "Barkhane left in Jun 2022 (ACLED via WP; mali-facts 5, fact 1)";
    }

    @Override
    public String test() {
        return "fatalities within " + (int) RADIUS_KM + " km of each departed base in the " + WINDOW_DAYS
                + " days after its departure, over the " + WINDOW_DAYS + " days before, summed over departures: ratio >= "
                + THRESHOLD;
    }

    @Override
    public String observed() {
        return "fatalities near departed bases after / before";
    }

    @Override
    public String historicalFigure() {
        return "rose after departures (Ménaka 2022, Ber 2023)";
    }

    @Override
    public Optional<DateSpan> dates(Scenario scenario) {
        DateSpan read = null;
        for (ForeignForceSpec f : scenario.foreignForces()) {
            LocalDate d = f.withdrawal();
            if (d != null && !d.minusDays(WINDOW_DAYS).isBefore(scenario.start())
                    && !d.plusDays(WINDOW_DAYS).isAfter(scenario.end())) {
                DateSpan around = new DateSpan(d.minusDays(WINDOW_DAYS), d.plusDays(WINDOW_DAYS - 1));
                read = read == null ? around : read.join(around);
            }
        }
        return Optional.ofNullable(read);
    }

    @Override
    public Verdict judge(RunView run) {
        double after = 0;
        double before = 0;
        int departures = 0;
        for (ForeignForceSpec f : run.scenario().foreignForces()) {
            LocalDate d = f.withdrawal();
            if (d == null || d.minusDays(WINDOW_DAYS).isBefore(run.scenario().start())
                    || d.plusDays(WINDOW_DAYS).isAfter(run.scenario().end())) {
                continue;
            }
            departures++;
            for (ModelEvent e : run.events()) {
                if (!e.kind().violent() || run.kmTo(e, f.base()) > RADIUS_KM) {
                    continue;
                }
                if (run.within(e, d, d.plusDays(WINDOW_DAYS - 1))) {
                    after += e.fatalities();
                } else if (run.within(e, d.minusDays(WINDOW_DAYS), d.minusDays(1))) {
                    before += e.fatalities();
                }
            }
        }
        if (departures == 0) {
            return Verdict.of(Double.NaN, "no departure inside the run", false);
        }
        double ratio = (after + 1) / (before + 1);
        return Verdict.of(ratio, String.format("%.2f x (%d after, %d before)", ratio, (long) after, (long) before),
                ratio >= THRESHOLD);
    }
}
