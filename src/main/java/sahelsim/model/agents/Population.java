package sahelsim.model.agents;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import sahelsim.map.Grid;
import sahelsim.scenario.CivilianParams;

/**
 * Civilians as communities, one per cell inside Mali, in primitive arrays (struct of arrays): the map holds
 * millions of people over thousands of cells, so there is no object per person.
 *
 * <p>Per cell: residents at home; people from the cell who fled and are away (displaced elsewhere in the
 * country or refugees abroad: where they are is the flight's, {@code sahelsim.model.flight.Flight}), killed,
 * recruited by an armed group, or in jail; births. The ledger holds exactly, per cell and in total:
 * residents + away + killed + recruited + jailed = initial + births. Per cell also: fear, the state's
 * local legitimacy L, hardship H, and affinity for each faction. Grievance is G = H(1 - L) (Epstein 2002).
 *
 * <p>Local legitimacy is kept as the national level (a live parameter) plus each cell's own gap from it, and
 * clamped to 0-1 only when read: moving the national level and moving it back then restores every cell
 * exactly, even one that read 0 or 1 in between.
 */
public final class Population {

    private final Grid grid;
    private final int cells;
    private final int factions;
    private final int[] residents;
    private final int[] away;
    private final int[] killed;
    private final int[] recruited;
    private final int[] jailed;
    private final int[] born;
    private final int[] initial;
    private final float[] fear;
    private double legitimacyBaseline;
    private final float[] legitimacyGap;
    private final float[] hardship;
    private double hardshipShift;
    private final float[] extraHardship;
    private final float[] affinity;
    private long residentsTotal;
    private long awayTotal;
    private long killedTotal;
    private long recruitedTotal;
    private long jailedTotal;
    private long bornTotal;
    private long initialTotal;

    public Population(Grid grid, int factions, CivilianParams params, MersenneTwisterFast random) {
        this.grid = grid;
        this.cells = grid.landCellCount();
        this.factions = factions;
        residents = new int[cells];
        away = new int[cells];
        killed = new int[cells];
        recruited = new int[cells];
        jailed = new int[cells];
        born = new int[cells];
        initial = new int[cells];
        fear = new float[cells];
        legitimacyBaseline = params.legitimacy();
        legitimacyGap = new float[cells];
        hardship = new float[cells];
        extraHardship = new float[cells];
        affinity = new float[factions * cells];
        for (int i = 0; i < cells; i++) {
            int cell = grid.landCell(i);
            int people = (int) Math.round(grid.population(cell) * params.populationScale());
            residents[i] = people;
            initial[i] = people;
            residentsTotal += people;
            double h = params.hardship() + params.hardshipSpread() * (2 * random.nextDouble() - 1);
            hardship[i] = (float) Math.max(0, Math.min(1, h));
        }
        initialTotal = residentsTotal;
    }

    public Grid grid() {
        return grid;
    }

    /** Number of communities (cells inside Mali); index i is {@code grid.landCell(i)}. */
    public int size() {
        return cells;
    }

    public int residents(int i) {
        return residents[i];
    }

    /** People from the cell who fled and are not home: displaced inside the country or refugees abroad. */
    public int away(int i) {
        return away[i];
    }

    public int killed(int i) {
        return killed[i];
    }

    public int recruited(int i) {
        return recruited[i];
    }

    public int jailed(int i) {
        return jailed[i];
    }

    public int born(int i) {
        return born[i];
    }

    public int initial(int i) {
        return initial[i];
    }

    public long residentsTotal() {
        return residentsTotal;
    }

    public long awayTotal() {
        return awayTotal;
    }

    public long killedTotal() {
        return killedTotal;
    }

    public long recruitedTotal() {
        return recruitedTotal;
    }

    public long jailedTotal() {
        return jailedTotal;
    }

    public long bornTotal() {
        return bornTotal;
    }

    public long initialTotal() {
        return initialTotal;
    }

    public float fear(int i) {
        return fear[i];
    }

    public void setFear(int i, double value) {
        fear[i] = (float) Math.max(0, Math.min(1, value));
    }

    public void addFear(int i, double amount) {
        setFear(i, fear[i] + amount * (1 - fear[i]));
    }

    /** The state's local legitimacy L in a cell: the national level plus the cell's gap, within 0-1. */
    public float legitimacy(int i) {
        return (float) Math.max(0, Math.min(1, legitimacyBaseline + legitimacyGap[i]));
    }

    /** The state's legitimacy that local legitimacy recovers towards. */
    public double legitimacyBaseline() {
        return legitimacyBaseline;
    }

    /** Moves the national level; each cell keeps its gap from it. */
    public void setLegitimacyBaseline(double value) {
        legitimacyBaseline = value;
    }

    /**
     * Lowers a cell's legitimacy by {@code amount}, no further than 0 as it reads now: a cell already at 0
     * loses nothing more, as when legitimacy itself was stored and clamped.
     */
    public void lowerLegitimacy(int i, double amount) {
        double now = legitimacy(i);
        double lowered = Math.max(0, now - amount);
        if (lowered < now) {
            legitimacyGap[i] = (float) (lowered - legitimacyBaseline);
        }
    }

    /** Closes a share of a cell's gap from the national level. */
    public void recoverLegitimacy(int i, double share) {
        legitimacyGap[i] = (float) (legitimacyGap[i] * (1 - share));
    }

    /** Hardship including the live shift of the whole country's and any blockade of the cell's town. */
    public double hardship(int i) {
        return Math.max(0, Math.min(1.0, (hardship[i] + extraHardship[i]) + hardshipShift));
    }

    public void setExtraHardship(int i, double value) {
        extraHardship[i] = (float) value;
    }

    /**
     * Shifts every cell's hardship by the same amount from its value at the start; kept apart from the cells'
     * own values so that setting the level again, or back, is exact whatever the clamping at 0 and 1.
     */
    public void setHardshipShift(double shift) {
        hardshipShift = shift;
    }

    public float affinity(int faction, int i) {
        return affinity[faction * cells + i];
    }

    /**
     * The affinity array itself, laid out faction by faction ({@code faction * size() + i}), for the control
     * map's hot loop. Read it, never write it.
     */
    public float[] affinityArray() {
        return affinity;
    }

    public void setAffinity(int faction, int i, double value) {
        affinity[faction * cells + i] = (float) Math.max(0, Math.min(1, value));
    }

    /**
     * Those who had already fled before the start: {@code people} taken from the residents of the cells in
     * proportion to their residents times the cell's {@code factor} (0 leaves a cell alone), by largest remainder
     * (ties to the lower cell), and booked as away, so that the ledger still balances. Returns how many left each
     * cell.
     */
    public int[] alreadyFled(double[] factor, int people) {
        double[] weight = new double[cells];
        double total = 0;
        for (int i = 0; i < cells; i++) {
            weight[i] = residents[i] * factor[i];
            total += weight[i];
        }
        int[] share = new int[cells];
        if (total <= 0) {
            return share;
        }
        double[] rest = new double[cells];
        long given = 0;
        for (int i = 0; i < cells; i++) {
            double exact = people * weight[i] / total;
            share[i] = (int) Math.floor(exact);
            rest[i] = exact - share[i];
            given += share[i];
        }
        Integer[] order = new Integer[cells];
        for (int i = 0; i < cells; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> rest[a] != rest[b] ? Double.compare(rest[b], rest[a]) : a - b);
        for (int k = 0; given < people && k < cells; k++) {
            if (weight[order[k]] > 0) {
                share[order[k]]++;
                given++;
            }
        }
        for (int i = 0; i < cells; i++) {
            share[i] = leave(i, share[i]);
        }
        return share;
    }

    /** Kills up to {@code count} residents of a cell; returns how many died. */
    public int kill(int i, int count) {
        int n = Math.max(0, Math.min(count, residents[i]));
        residents[i] -= n;
        killed[i] += n;
        residentsTotal -= n;
        killedTotal += n;
        return n;
    }

    /** Moves residents away from home (into flight); returns how many left. */
    public int leave(int i, int count) {
        int n = Math.max(0, Math.min(count, residents[i]));
        residents[i] -= n;
        residentsTotal -= n;
        away[i] += n;
        awayTotal += n;
        return n;
    }

    /** Brings people who fled back home; returns how many came back. */
    public int comeHome(int i, int count) {
        int n = Math.max(0, Math.min(count, away[i]));
        away[i] -= n;
        awayTotal -= n;
        residents[i] += n;
        residentsTotal += n;
        return n;
    }

    /** Takes up to {@code count} residents into an armed group; returns how many joined. */
    public int recruit(int i, int count) {
        int n = Math.max(0, Math.min(count, residents[i]));
        residents[i] -= n;
        recruited[i] += n;
        residentsTotal -= n;
        recruitedTotal += n;
        return n;
    }

    /** Takes up to {@code count} residents into jail; returns how many were taken. */
    public int jail(int i, int count) {
        int n = Math.max(0, Math.min(count, residents[i]));
        residents[i] -= n;
        jailed[i] += n;
        residentsTotal -= n;
        jailedTotal += n;
        return n;
    }

    /** Lets up to {@code count} of the cell's jailed go home; returns how many came back. */
    public int release(int i, int count) {
        int n = Math.max(0, Math.min(count, jailed[i]));
        jailed[i] -= n;
        residents[i] += n;
        jailedTotal -= n;
        residentsTotal += n;
        return n;
    }

    public void bear(int i, int count) {
        residents[i] += count;
        born[i] += count;
        residentsTotal += count;
        bornTotal += count;
    }
}
