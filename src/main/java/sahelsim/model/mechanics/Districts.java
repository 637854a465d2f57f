package sahelsim.model.mechanics;

import sahelsim.map.Grid;
import sahelsim.model.World;
import sahelsim.model.agents.Population;

/**
 * The map cut into districts, one per town (the cells nearest to it), with what a Command needs to choose
 * where to go: people, who dominates them, the most populous rural cell. Refreshed weekly.
 */
public final class Districts {

    public static final int UPDATE_DAYS = 7;

    private final World world;
    private final int towns;
    private final int factions;
    private final long[] people;
    private final long[] dominated;
    private final int[] ruralCell;
    private final double[] affinity;

    public Districts(World world) {
        this.world = world;
        this.towns = world.towns().size();
        this.factions = world.factions().size();
        people = new long[towns];
        dominated = new long[towns * factions];
        ruralCell = new int[towns];
        affinity = new double[towns * factions];
    }

    public void update() {
        java.util.Arrays.fill(people, 0);
        java.util.Arrays.fill(dominated, 0);
        java.util.Arrays.fill(affinity, 0);
        int[] best = new int[towns];
        java.util.Arrays.fill(ruralCell, -1);
        Grid grid = world.grid();
        Population pop = world.population();
        ControlMap control = world.control();
        for (int i = 0; i < pop.size(); i++) {
            int cell = grid.landCell(i);
            int t = grid.nearestTown(cell);
            int n = pop.residents(i);
            people[t] += n;
            int d = control.dominant(i);
            if (d >= 0) {
                dominated[t * factions + d] += n;
            }
            for (int f = 0; f < factions; f++) {
                affinity[t * factions + f] += n * (double) pop.affinity(f, i);
            }
            if (cell != grid.townCell(t) && n > best[t]) {
                best[t] = n;
                ruralCell[t] = cell;
            }
        }
        for (int t = 0; t < towns; t++) {
            if (ruralCell[t] < 0) {
                ruralCell[t] = grid.townCell(t);
            }
            for (int f = 0; f < factions; f++) {
                affinity[t * factions + f] = people[t] == 0 ? 0 : affinity[t * factions + f] / people[t];
            }
        }
    }

    public long people(int town) {
        return people[town];
    }

    /** Share of the district's people living in cells the faction dominates. */
    public double dominatedShare(int town, int faction) {
        return people[town] == 0 ? 0 : (double) dominated[town * factions + faction] / people[town];
    }

    /** Mean affinity of the district's people for a faction. */
    public double affinity(int town, int faction) {
        return affinity[town * factions + faction];
    }

    /** The district's most populous cell other than the town's own. */
    public int ruralCell(int town) {
        return ruralCell[town];
    }
}
