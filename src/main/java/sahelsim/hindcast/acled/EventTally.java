package sahelsim.hindcast.acled;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import sahelsim.map.Grid;
import sahelsim.model.EventKind;
import sahelsim.model.ModelEvent;

/**
 * Events and fatalities by month, region and ACLED event type over a period, counted the same way from an ACLED
 * export and from a run's event log, so that the two are compared like with like. Totals by month and by region
 * count the violent event types only (Battles, Explosions/Remote violence, Violence against civilians): ACLED's
 * strategic developments (arrests, looting, agreements ...) and the model's (blockades begun and ended, posts left
 * ...) record different things, and are compared only in the breakdown by event type.
 */
public final class EventTally {

    /** The ACLED event types the model writes, in the order of its event kinds. */
    public static final List<String> EVENT_TYPES = Arrays.stream(EventKind.values()).map(EventKind::eventType)
            .distinct().toList();
    /** Those of its violent event kinds: the types the totals by month and by region count. */
    static final List<String> VIOLENT_TYPES = Arrays.stream(EventKind.values()).filter(EventKind::violent)
            .map(EventKind::eventType).distinct().toList();

    private final Period period;
    private final int months;
    private final int regions;
    private final long[] events;
    private final long[] fatalities;

    EventTally(Period period, int regions) {
        this.period = period;
        this.months = period.months().size();
        this.regions = regions;
        this.events = new long[months * regions * EVENT_TYPES.size()];
        this.fatalities = new long[events.length];
    }

    /** The events kept from an ACLED export. */
    public static EventTally of(AcledSelection selection, Period period, int regions) {
        EventTally tally = new EventTally(period, regions);
        for (AcledSelection.Kept k : selection.kept()) {
            tally.add(k.event().date(), k.region(), k.event().eventType(), k.event().fatalities());
        }
        return tally;
    }

    /**
     * A run's events within the period, each in the region of its cell as events.csv's admin1 gives it.
     *
     * @param start the date of the run's day 0
     */
    public static EventTally of(List<ModelEvent> log, LocalDate start, Grid grid, Period period) {
        EventTally tally = new EventTally(period, grid.geography().regions().size());
        for (ModelEvent e : log) {
            LocalDate date = start.plusDays(e.day());
            int region = e.cell() < 0 ? -1 : grid.region(e.cell());
            if (period.contains(date) && region >= 0) {
                tally.add(date, region, e.kind().eventType(), e.fatalities());
            }
        }
        return tally;
    }

    void add(LocalDate date, int region, String eventType, long dead) {
        int type = EVENT_TYPES.indexOf(eventType);
        if (!period.contains(date) || region < 0 || region >= regions || type < 0) {
            throw new IllegalArgumentException("an event outside the tally: " + date + ", region " + region + ", "
                    + eventType);
        }
        int i = (period.monthIndex(date) * regions + region) * EVENT_TYPES.size() + type;
        events[i]++;
        fatalities[i] += dead;
    }

    public Period period() {
        return period;
    }

    public int regions() {
        return regions;
    }

    /** Violent events (or their fatalities) in each month of the period, all regions together. */
    public long[] byMonth(Count count) {
        long[] out = new long[months];
        for (int m = 0; m < months; m++) {
            for (int r = 0; r < regions; r++) {
                out[m] += violent(count, m, r);
            }
        }
        return out;
    }

    /** Violent events (or their fatalities) in each region over the whole period. */
    public long[] byRegion(Count count) {
        long[] out = new long[regions];
        for (int m = 0; m < months; m++) {
            for (int r = 0; r < regions; r++) {
                out[r] += violent(count, m, r);
            }
        }
        return out;
    }

    /** Events (or their fatalities) of each of {@link #EVENT_TYPES} over the whole period and every region. */
    public long[] byType(Count count) {
        long[] cells = count == Count.EVENTS ? events : fatalities;
        long[] out = new long[EVENT_TYPES.size()];
        for (int i = 0; i < cells.length; i++) {
            out[i % EVENT_TYPES.size()] += cells[i];
        }
        return out;
    }

    /** Violent events (or their fatalities) over the whole period and every region. */
    public long total(Count count) {
        return Arrays.stream(byMonth(count)).sum();
    }

    private long violent(Count count, int month, int region) {
        long[] cells = count == Count.EVENTS ? events : fatalities;
        long sum = 0;
        for (String type : VIOLENT_TYPES) {
            sum += cells[(month * regions + region) * EVENT_TYPES.size() + EVENT_TYPES.indexOf(type)];
        }
        return sum;
    }
}
