package sahelsim.model.rebellion;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;

/**
 * The civilians of every cell as representative civilians (struct of arrays): a cell with people at the start has
 * {@code perCell} of them, or one per person where it has fewer people, at indices {@code first(i)} up to
 * {@code first(i + 1)}. Each has its own hardship rank and risk aversion R ~ U(0,1), drawn once, and stands for a
 * whole number of the cell's people: those at home (free) and those in jail. The free people of a cell's
 * representatives add up to its residents; they start as equal shares, arrests and releases move people of one
 * representative between home and jail, and every other change of the residents (births, deaths, flight, return,
 * recruits) is spread over the representatives, new people equally and departures in proportion to their people.
 *
 * <p>All the people of a representative decide alike: that is the sampling. With enough representatives per cell,
 * a cell's share of active people steps through the thresholds of its mix of civilians, as Epstein's agents do.
 */
final class Representatives {

    private final int cells;
    private final int[] first;
    private final float[] hardshipRank;
    private final float[] riskAversion;
    private final int[] free;
    private final int[] jailed;
    private final boolean[] active;
    /** Each representative's hardship H at its cell's hardship when it last decided. */
    private final double[] hardship;
    private final int[] people;
    private final int[] activePeople;
    /** Per cell, the sum of H over its active people at home, and over all its people at home. */
    private final double[] activeHardship;
    private final double[] hardshipAtHome;
    /**
     * What each cell last decided on, its hardship, legitimacy and two estimates at 4i .. 4i + 3 (together, since
     * they are read together every day).
     */
    private final double[] lastInputs;
    /** Whether a cell's last decisions left every representative as it was: a fixed point of its inputs. */
    private final boolean[] settled;
    /** The highest H of a cell's quiet representatives and the lowest of its active ones, as they last decided. */
    private final double[] quietCeiling;
    private final double[] activeFloor;

    /**
     * Draws each representative's hardship rank and risk aversion, cell by cell, for cells of {@code people} at the
     * start.
     */
    Representatives(int[] people, int perCell, MersenneTwisterFast random) {
        this.cells = people.length;
        this.first = new int[cells + 1];
        for (int i = 0; i < cells; i++) {
            first[i + 1] = first[i] + Math.min(perCell, Math.max(0, people[i]));
        }
        int n = first[cells];
        hardshipRank = new float[n];
        riskAversion = new float[n];
        free = new int[n];
        jailed = new int[n];
        active = new boolean[n];
        hardship = new double[n];
        this.people = new int[cells];
        activePeople = new int[cells];
        activeHardship = new double[cells];
        hardshipAtHome = new double[cells];
        lastInputs = new double[4 * cells];
        settled = new boolean[cells];
        quietCeiling = new double[cells];
        activeFloor = new double[cells];
        Arrays.fill(lastInputs, Double.NaN);
        for (int k = 0; k < n; k++) {
            hardshipRank[k] = (float) random.nextDouble();
            riskAversion[k] = (float) random.nextDouble();
        }
    }

    /**
     * A representative's hardship in a cell of hardship {@code h}: the rank {@code u} placed on the widest uniform
     * distribution within 0-1 whose mean is h, U(h - w/2, h + w/2) with w = 2 min(h, 1 - h). At h = 0.5 it is the
     * paper's H ~ U(0,1); a cell's blockade or the country's hardship moves every representative with it.
     */
    static double hardship(double h, double u) {
        return h + (u - 0.5) * 2 * Math.min(h, 1 - h);
    }

    int cells() {
        return cells;
    }

    /** The first representative of a cell; those of cell i end where those of cell i + 1 begin. */
    int first(int i) {
        return first[i];
    }

    /**
     * Brings a cell's free people to its residents: new people are shared equally, departures taken in proportion
     * to each representative's people; the odd people left over go round the representatives from a place that
     * moves with the cell and the day, so that none is favoured.
     */
    void reconcile(int i, int residents, long day) {
        int have = people[i];
        int n = first[i + 1] - first[i];
        if (residents == have || n == 0) {
            return;
        }
        int base = first[i];
        int start = (int) Math.floorMod(i + day, (long) n);
        // The cell's sums are carried in locals and added to in the order move() would add to them, so that they
        // come out the same to the last bit, without a trip through memory for every representative.
        double home = hardshipAtHome[i];
        double activeHome = activeHardship[i];
        int actives = activePeople[i];
        if (residents > have) {
            int more = residents - have;
            int each = more / n;
            if (each > 0) {
                for (int k = base; k < base + n; k++) {
                    free[k] += each;
                    home += each * hardship[k];
                    if (active[k]) {
                        actives += each;
                        activeHome += each * hardship[k];
                    }
                }
            }
            for (int s = 0, j = start; s < more - each * n; s++, j = j + 1 == n ? 0 : j + 1) {
                int k = base + j;
                free[k]++;
                home += hardship[k];
                if (active[k]) {
                    actives++;
                    activeHome += hardship[k];
                }
            }
        } else {
            int fewer = have - residents;
            // The share leaving, at most 1: a representative with f people loses floor(f x share), at most f.
            double share = (double) fewer / have;
            int taken = 0;
            for (int k = base; k < base + n; k++) {
                int take = Math.min(free[k], (int) (free[k] * share));
                if (take > 0) {
                    free[k] -= take;
                    home -= take * hardship[k];
                    if (active[k]) {
                        actives -= take;
                        activeHome -= take * hardship[k];
                    }
                    taken += take;
                }
            }
            for (int j = start; taken < fewer; j = j + 1 == n ? 0 : j + 1) {
                int k = base + j;
                if (free[k] > 0) {
                    free[k]--;
                    home -= hardship[k];
                    if (active[k]) {
                        actives--;
                        activeHome -= hardship[k];
                    }
                    taken++;
                }
            }
        }
        people[i] = residents;
        hardshipAtHome[i] = home;
        activeHardship[i] = activeHome;
        activePeople[i] = actives;
    }

    /** Adds {@code delta} people at home to representative k of cell i, and to the cell's counts. */
    private void move(int i, int k, int delta) {
        free[k] += delta;
        people[i] += delta;
        hardshipAtHome[i] += delta * hardship[k];
        if (active[k]) {
            activePeople[i] += delta;
            activeHardship[i] += delta * hardship[k];
        }
    }

    /**
     * Rule A for every representative of a cell: active when G - R P > T, with G = H (1 - L), P the estimate for a
     * quiet civilian (who would add itself to the actives) or for an active one (already among them); one with
     * nobody at home decides too, for when its people come back, but counts for nothing. A cell keeps its decisions
     * where deciding again must give the same: its hardship,
     * legitimacy and estimates are as when it last decided and either the two estimates are the same (a
     * representative's decision then does not depend on what it was) or its last decisions changed nobody; or,
     * out of sight of troops now as then (P = 0, so active when H (1 - L) > T), only legitimacy moved and neither
     * its most aggrieved quiet representative nor its least aggrieved active one crosses T (G grows with H).
     */
    void decide(int i, double cellHardship, double legitimacy, double quietEstimate, double activeEstimate,
                RebellionRules rules) {
        int last = 4 * i;
        boolean sameHardship = cellHardship == lastInputs[last];
        if (sameHardship && legitimacy == lastInputs[last + 1] && quietEstimate == lastInputs[last + 2]
                && activeEstimate == lastInputs[last + 3] && (quietEstimate == activeEstimate || settled[i])) {
            return;
        }
        if (sameHardship && quietEstimate == 0 && activeEstimate == 0 && lastInputs[last + 2] == 0
                && lastInputs[last + 3] == 0
                && !(RebellionRules.grievance(quietCeiling[i], legitimacy) > rules.threshold())
                && RebellionRules.grievance(activeFloor[i], legitimacy) > rules.threshold()) {
            lastInputs[last + 1] = legitimacy;
            return;
        }
        decideAll(i, cellHardship, legitimacy, quietEstimate, activeEstimate, rules);
    }

    private void decideAll(int i, double cellHardship, double legitimacy, double quietEstimate, double activeEstimate,
                           RebellionRules rules) {
        int last = 4 * i;
        if (cellHardship != lastInputs[last]) {
            for (int k = first[i]; k < first[i + 1]; k++) {
                hardship[k] = hardship(cellHardship, hardshipRank[k]);
            }
        }
        boolean flipped = false;
        double ceiling = -1;
        double floor = Double.POSITIVE_INFINITY;
        for (int k = first[i]; k < first[i + 1]; k++) {
            double g = RebellionRules.grievance(hardship[k], legitimacy);
            boolean on = rules.activates(g, riskAversion[k], active[k] ? activeEstimate : quietEstimate);
            flipped |= on != active[k];
            active[k] = on;
            if (on) {
                floor = Math.min(floor, hardship[k]);
            } else {
                ceiling = Math.max(ceiling, hardship[k]);
            }
        }
        settled[i] = !flipped;
        quietCeiling[i] = ceiling;
        activeFloor[i] = floor;
        lastInputs[last] = cellHardship;
        lastInputs[last + 1] = legitimacy;
        lastInputs[last + 2] = quietEstimate;
        lastInputs[last + 3] = activeEstimate;
        count(i);
    }

    /** Sums a cell's active people and the hardship of its people at home, active and all. */
    private void count(int i) {
        int actives = 0;
        double activeSum = 0;
        double all = 0;
        for (int k = first[i]; k < first[i + 1]; k++) {
            all += free[k] * hardship[k];
            if (active[k]) {
                actives += free[k];
                activeSum += free[k] * hardship[k];
            }
        }
        activePeople[i] = actives;
        activeHardship[i] = activeSum;
        hardshipAtHome[i] = all;
    }

    /** One person of representative k (an active one) of cell i taken to jail. */
    void arrest(int i, int k) {
        move(i, k, -1);
        jailed[k]++;
    }

    /** One jailed person of representative k of cell i home again. */
    void release(int i, int k) {
        jailed[k]--;
        move(i, k, 1);
    }

    float hardshipRank(int k) {
        return hardshipRank[k];
    }

    float riskAversion(int k) {
        return riskAversion[k];
    }

    int free(int k) {
        return free[k];
    }

    int jailed(int k) {
        return jailed[k];
    }

    boolean active(int k) {
        return active[k];
    }

    /** The people of a cell at home, as the representatives last counted them. */
    int people(int i) {
        return people[i];
    }

    /** Active people of a cell as it last decided, less those arrested since. */
    int activePeople(int i) {
        return activePeople[i];
    }

    /** Sum over a cell's active people of their grievance G, at the legitimacy it last decided with. */
    double activeGrievance(int i) {
        return activeHardship[i] * (1 - lastInputs[4 * i + 1]);
    }

    /** Sum over a cell's people at home, active or quiet, of their grievance G, likewise. */
    double grievanceAtHome(int i) {
        return hardshipAtHome[i] * (1 - lastInputs[4 * i + 1]);
    }
}
