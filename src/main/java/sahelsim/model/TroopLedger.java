package sahelsim.model;

/**
 * The books of every faction's fighters on the map. Each change in their number is booked here once, as one
 * {@link Entry}, where it happens; a move between a garrison, a unit and a convoy escort changes no number and
 * is not booked. The books open empty before the world is built, so the forces placed at the start are the
 * first arrivals, and for every faction at any time
 * {@code troops = recruited + arrived − killed − lostOtherwise − withdrawn}, troops counting garrisons, units
 * and escorts on the road.
 */
public final class TroopLedger {

    /** A kind of entry, and whether it adds fighters to the map or takes them off it. */
    public enum Entry {
        /** Whole recruits taken from the faction's pool into a unit or a garrison. */
        RECRUITED(1),
        /** Fighters brought onto the map: the forces at the start, reinforcements, contingents, contractors. */
        ARRIVED(1),
        /** Fighters killed in battle. */
        KILLED(-1),
        /** Fighters put out of action in battle but not killed (wounded, captured, missing), or dispersed. */
        LOST_OTHERWISE(-1),
        /** Fighters taken off the map: departing contingents and contractors. */
        WITHDRAWN(-1);

        private final int sign;

        Entry(int sign) {
            this.sign = sign;
        }

        /** +1 for an entry that adds fighters, −1 for one that takes them away. */
        public int sign() {
            return sign;
        }
    }

    private final long[][] totals;

    public TroopLedger(int factions) {
        this.totals = new long[Entry.values().length][factions];
    }

    /** Books {@code count} fighters of a faction (none when count is 0). */
    public void book(Entry entry, int faction, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("a negative entry of " + count + " fighters");
        }
        totals[entry.ordinal()][faction] += count;
    }

    /**
     * Opens the books again with each faction's fighters on the map as its opening balance, booked as arrived:
     * what happened before (a spin-up) is not in them.
     */
    public void open(long[] balances) {
        for (long[] row : totals) {
            java.util.Arrays.fill(row, 0);
        }
        for (int f = 0; f < balances.length; f++) {
            totals[Entry.ARRIVED.ordinal()][f] = balances[f];
        }
    }

    /** Fighters of a faction booked under an entry since the books opened. */
    public long total(Entry entry, int faction) {
        return totals[entry.ordinal()][faction];
    }

    /** What the books say a faction has on the map now. */
    public long balance(int faction) {
        long sum = 0;
        for (Entry e : Entry.values()) {
            sum += e.sign() * totals[e.ordinal()][faction];
        }
        return sum;
    }
}
