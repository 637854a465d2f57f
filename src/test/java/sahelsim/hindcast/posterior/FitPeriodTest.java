package sahelsim.hindcast.posterior;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import sahelsim.hindcast.DateSpan;

/** A fact's dates against the fitted period's: inside it, outside it, across its edge, or none. */
class FitPeriodTest {

    private static final FitPeriod FIT = new FitPeriod("2022-2023",
            new DateSpan(LocalDate.of(2022, 1, 1), LocalDate.of(2023, 12, 31)));

    private static Optional<DateSpan> span(String from, String to) {
        return Optional.of(new DateSpan(LocalDate.parse(from), LocalDate.parse(to)));
    }

    @Test
    void aFactIsPlacedByItsDates() {
        assertEquals(Sample.IN, FIT.of(span("2022-06-13", "2022-09-30")));
        assertEquals(Sample.IN, FIT.of(span("2022-01-01", "2023-12-31")));
        assertEquals(Sample.OUT, FIT.of(span("2024-01-01", "2024-06-30")));
        assertEquals(Sample.OUT, FIT.of(span("2021-07-01", "2021-12-31")));
        assertEquals(Sample.BOTH, FIT.of(span("2023-08-01", "2024-06-30")));
        assertEquals(Sample.BOTH, FIT.of(span("2023-12-31", "2024-01-01")));
        assertEquals(Sample.UNDATED, FIT.of(Optional.empty()));
    }
}
