package sahelsim.hindcast.posterior;

import java.util.Optional;
import sahelsim.hindcast.DateSpan;

/**
 * The period a calibration was fitted to, by name and by the days its targets read: a fact whose dates lie within
 * those days is in sample, one that shares no day with them out of sample, and one that shares some but not all
 * spans both.
 */
public record FitPeriod(String period, DateSpan dates) {

    public Sample of(Optional<DateSpan> fact) {
        if (fact.isEmpty()) {
            return Sample.UNDATED;
        }
        if (fact.get().within(dates)) {
            return Sample.IN;
        }
        return fact.get().overlaps(dates) ? Sample.BOTH : Sample.OUT;
    }
}
