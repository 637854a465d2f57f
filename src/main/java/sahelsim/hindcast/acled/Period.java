package sahelsim.hindcast.acled;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** The days a scenario covers, both ends included, and the calendar months they fall in. */
public record Period(LocalDate start, LocalDate end) {

    public Period {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("a period ending on " + end + " before it starts on " + start);
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /** The months from the start's to the end's; the first and last may be partly covered. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(start); !m.isAfter(YearMonth.from(end)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** A date's month counted from the start's month (0 for the first). */
    int monthIndex(LocalDate date) {
        return (int) ChronoUnit.MONTHS.between(YearMonth.from(start), YearMonth.from(date));
    }
}
