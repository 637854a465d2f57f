package sahelsim.hindcast;

import java.time.LocalDate;

/** The days from {@code from} to {@code to}, both included: what a fact or a set of targets reads of a run. */
public record DateSpan(LocalDate from, LocalDate to) {

    public DateSpan {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a span from " + from + " back to " + to);
        }
    }

    public static DateSpan on(LocalDate day) {
        return new DateSpan(day, day);
    }

    /** Whether every day of this span lies in {@code other}. */
    public boolean within(DateSpan other) {
        return !from.isBefore(other.from) && !to.isAfter(other.to);
    }

    /** Whether this span and {@code other} share a day. */
    public boolean overlaps(DateSpan other) {
        return !to.isBefore(other.from) && !from.isAfter(other.to);
    }

    /** The smallest span holding both. */
    public DateSpan join(DateSpan other) {
        return new DateSpan(from.isBefore(other.from) ? from : other.from, to.isAfter(other.to) ? to : other.to);
    }

    @Override
    public String toString() {
        return from.equals(to) ? from.toString() : from + " to " + to;
    }
}
