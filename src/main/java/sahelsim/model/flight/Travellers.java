package sahelsim.model.flight;

import java.util.Arrays;

/**
 * People on the road, as groups in primitive arrays: people of one district heading for one place, on one link
 * towards its far end, with the days left on it. Groups are kept in the order they set out, so that the day's
 * arrivals are handled in an order that depends on nothing but the run.
 */
final class Travellers {

    private int size;
    private int[] district = new int[64];
    private int[] destination = new int[64];
    private int[] link = new int[64];
    private int[] toward = new int[64];
    private int[] daysLeft = new int[64];
    private int[] people = new int[64];
    private long total;

    int size() {
        return size;
    }

    long total() {
        return total;
    }

    void add(int fromDistrict, int to, int onLink, int nextPlace, int days, int count) {
        if (size == people.length) {
            int grown = size * 2;
            district = Arrays.copyOf(district, grown);
            destination = Arrays.copyOf(destination, grown);
            link = Arrays.copyOf(link, grown);
            toward = Arrays.copyOf(toward, grown);
            daysLeft = Arrays.copyOf(daysLeft, grown);
            people = Arrays.copyOf(people, grown);
        }
        district[size] = fromDistrict;
        destination[size] = to;
        link[size] = onLink;
        toward[size] = nextPlace;
        daysLeft[size] = days;
        people[size] = count;
        size++;
        total += count;
    }

    int district(int g) {
        return district[g];
    }

    int destination(int g) {
        return destination[g];
    }

    int link(int g) {
        return link[g];
    }

    int toward(int g) {
        return toward[g];
    }

    int people(int g) {
        return people[g];
    }

    /** One more day on the road; returns whether the group reached the far end of its link today. */
    boolean travel(int g) {
        daysLeft[g]--;
        return daysLeft[g] <= 0;
    }

    /** Sends a group that reached a place on along its next link. */
    void onward(int g, int onLink, int nextPlace, int days) {
        link[g] = onLink;
        toward[g] = nextPlace;
        daysLeft[g] = days;
    }

    /** Marks a group as arrived: it leaves the road at the next {@link #compact()}. */
    void arrive(int g) {
        total -= people[g];
        people[g] = 0;
    }

    /** Drops arrived groups, keeping the others in order. */
    void compact() {
        int kept = 0;
        for (int g = 0; g < size; g++) {
            if (people[g] > 0) {
                district[kept] = district[g];
                destination[kept] = destination[g];
                link[kept] = link[g];
                toward[kept] = toward[g];
                daysLeft[kept] = daysLeft[g];
                people[kept] = people[g];
                kept++;
            }
        }
        size = kept;
    }
}
