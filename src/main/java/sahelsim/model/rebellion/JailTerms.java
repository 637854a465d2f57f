package sahelsim.model.rebellion;

import java.util.Arrays;

/**
 * Who comes out of jail on which day. A person arrested on day t for a term of J days is home again at the start of
 * day t + J + 1, as in the reference mode: terms run from 0 to J_max, so the days ahead fit in a ring of J_max + 1
 * slots, each holding, one entry a person, the cell and the representative whose people come home that day.
 */
final class JailTerms {

    /** Who comes home: a person of representative {@code k} of cell {@code i}. */
    @FunctionalInterface
    interface Release {
        void home(int i, int k);
    }

    private final int[][] slots;
    private final int[] sizes;

    JailTerms(int maxJailDays) {
        slots = new int[maxJailDays + 1][];
        sizes = new int[maxJailDays + 1];
        for (int s = 0; s < slots.length; s++) {
            slots[s] = new int[32];
        }
    }

    /** One person of representative {@code k} of cell {@code i}, arrested on {@code day} for {@code term} days. */
    void jail(int i, int k, long day, int term) {
        int s = slot(day + term + 1);
        if (sizes[s] + 2 > slots[s].length) {
            slots[s] = Arrays.copyOf(slots[s], 2 * slots[s].length);
        }
        slots[s][sizes[s]++] = i;
        slots[s][sizes[s]++] = k;
    }

    /** Sends home, in the order they were jailed, those whose term ends before {@code day}, and empties their slot. */
    void releaseOn(long day, Release release) {
        int s = slot(day);
        for (int e = 0; e < sizes[s]; e += 2) {
            release.home(slots[s][e], slots[s][e + 1]);
        }
        sizes[s] = 0;
    }

    private int slot(long day) {
        return (int) Math.floorMod(day, (long) slots.length);
    }
}
