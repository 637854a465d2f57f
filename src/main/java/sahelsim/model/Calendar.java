package sahelsim.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Converts between schedule steps (one a day, step 0 the first day) and dates. */
public final class Calendar {

    private final LocalDate start;
    private final int days;

    public Calendar(LocalDate start, LocalDate end) {
        this.start = start;
        this.days = (int) ChronoUnit.DAYS.between(start, end) + 1;
    }

    public LocalDate start() {
        return start;
    }

    /** Number of simulated days. */
    public int days() {
        return days;
    }

    public LocalDate date(long step) {
        return start.plusDays(step);
    }

    /** The step of a date (negative before the start). */
    public long step(LocalDate date) {
        return ChronoUnit.DAYS.between(start, date);
    }
}
