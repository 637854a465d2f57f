package sahelsim.calibrate.target;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import sahelsim.observe.Measure;
import sahelsim.observe.RunFinalState;
import sahelsim.observe.RunRecord;
import sahelsim.observe.Simulation;

/**
 * How a run's outputs are read to speak to a target: a daily measure summed over a span or read on a date, a ratio
 * of two spans, one side's share of a total, who held a town on a date, the days a town was blockaded. Each reads
 * only what daily.csv and towns.csv hold (docs/outputs.md), so an analyst can compute the same number from a run's
 * folder.
 */
public sealed interface Measurement {

    /** The model's value in one run. */
    double of(Simulation.Result run);

    /** The first date the measurement reads. */
    LocalDate first();

    /** The last date the measurement reads. */
    LocalDate last();

    /** What it reads, in words, for tables and charts. */
    String describe();

    /**
     * The series of a measure to add: one key per faction named, or the measure's total (the empty key).
     *
     * @param keys the keys of the record's series to add
     * @param who  how they read: "", "by fama, wagner", "by the government side"
     */
    record Series(Measure measure, List<String> keys, String who) {
        public Series {
            keys = List.copyOf(keys);
        }

        double sum(RunRecord r, LocalDate from, LocalDate to) {
            int a = r.day(from);
            int b = r.day(to);
            if (a < 0 || b < 0) {
                return Double.NaN;
            }
            double total = 0;
            for (String key : keys) {
                total += r.sum(measure, key, a, b + 1);
            }
            return total;
        }

        double on(RunRecord r, LocalDate date) {
            int d = r.day(date);
            if (d < 0) {
                return Double.NaN;
            }
            double total = 0;
            for (String key : keys) {
                total += r.value(measure, key, d);
            }
            return total;
        }

        String text() {
            return measure.id() + (who.isEmpty() ? "" : " " + who);
        }
    }

    /** A flow summed over the days from {@code from} to {@code to}, both included. */
    record Sum(Series series, LocalDate from, LocalDate to) implements Measurement {
        @Override
        public double of(Simulation.Result run) {
            return series.sum(run.record(), from, to);
        }

        @Override
        public LocalDate first() {
            return from;
        }

        @Override
        public LocalDate last() {
            return to;
        }

        @Override
        public String describe() {
            return series.text() + ", " + from + " to " + to;
        }
    }

    /** A level read on a date. */
    record Value(Series series, LocalDate on) implements Measurement {
        @Override
        public double of(Simulation.Result run) {
            return series.on(run.record(), on);
        }

        @Override
        public LocalDate first() {
            return on;
        }

        @Override
        public LocalDate last() {
            return on;
        }

        @Override
        public String describe() {
            return series.text() + " on " + on;
        }
    }

    /** A flow's sum over one span divided by its sum over another (NaN when the second is 0). */
    record Ratio(Series series, LocalDate from, LocalDate to, LocalDate overFrom, LocalDate overTo)
            implements Measurement {
        @Override
        public double of(Simulation.Result run) {
            double over = series.sum(run.record(), overFrom, overTo);
            return over > 0 ? series.sum(run.record(), from, to) / over : Double.NaN;
        }

        @Override
        public LocalDate first() {
            return from.isBefore(overFrom) ? from : overFrom;
        }

        @Override
        public LocalDate last() {
            return to.isAfter(overTo) ? to : overTo;
        }

        @Override
        public String describe() {
            return series.text() + ", " + from + " to " + to + ", over " + overFrom + " to " + overTo;
        }
    }

    /** The part of a flow's total some factions make over a span (NaN when the total is 0). */
    record Share(Series part, Series whole, LocalDate from, LocalDate to) implements Measurement {
        @Override
        public double of(Simulation.Result run) {
            double all = whole.sum(run.record(), from, to);
            return all > 0 ? part.sum(run.record(), from, to) / all : Double.NaN;
        }

        @Override
        public LocalDate first() {
            return from;
        }

        @Override
        public LocalDate last() {
            return to;
        }

        @Override
        public String describe() {
            return "share of " + part.text() + ", " + from + " to " + to;
        }
    }

    /** 1 when one of {@code holders} held the town on the date (towns.csv), else 0. */
    record Holder(String town, List<String> holders, String who, LocalDate on) implements Measurement {
        public Holder {
            holders = List.copyOf(holders);
        }

        @Override
        public double of(Simulation.Result run) {
            return holders.contains(run.finalState().holderOn(town, on)) ? 1 : 0;
        }

        @Override
        public LocalDate first() {
            return on;
        }

        @Override
        public LocalDate last() {
            return on;
        }

        @Override
        public String describe() {
            return town + " held " + who + " on " + on;
        }
    }

    /** Days from {@code from} to {@code to} on which the town was blockaded (by one of {@code by}, if given). */
    record BlockadedDays(String town, List<String> by, String who, LocalDate from, LocalDate to)
            implements Measurement {
        public BlockadedDays {
            by = List.copyOf(by);
        }

        @Override
        public double of(Simulation.Result run) {
            long days = 0;
            for (RunFinalState.TownSpan s : run.finalState().spans(town)) {
                if (s.status() != RunFinalState.TownSpan.Status.BLOCKADED || !by.isEmpty() && !by.contains(s.faction())) {
                    continue;
                }
                LocalDate a = s.from().isBefore(from) ? from : s.from();
                LocalDate b = s.to().isAfter(to) ? to : s.to();
                if (!b.isBefore(a)) {
                    days += ChronoUnit.DAYS.between(a, b) + 1;
                }
            }
            return days;
        }

        @Override
        public LocalDate first() {
            return from;
        }

        @Override
        public LocalDate last() {
            return to;
        }

        @Override
        public String describe() {
            return "days " + town + " was blockaded" + (who.isEmpty() ? "" : " " + who) + ", " + from + " to " + to;
        }
    }
}
