package sahelsim.model.rebellion;

import java.util.Arrays;
import sahelsim.map.Grid;
import sahelsim.model.Faction;
import sahelsim.model.World;
import sahelsim.model.agents.ArmedUnit;
import sahelsim.model.agents.Garrison;
import sahelsim.scenario.FactionKind;

/**
 * Epstein's cops in the Mali model: the garrisons and units of the government side's own factions (the state, the
 * contractors, pro-government militias), gathered each day with their troops and where they stand. Foreign forces
 * are left out: Barkhane and the peacekeepers did not police Malian crowds or detain protesters, who often
 * demonstrated against them; the central authority of the paper is the Malian state and those who fight for it.
 */
final class Cops {

    private final World world;
    private final Grid grid;
    private final int radius;
    private final boolean[] cop;
    /** Per town, whether a cop faction keeps a garrison there today. */
    private final boolean[] posted;
    private int count;
    private int[] faction = new int[64];
    private int[] cell = new int[64];
    private int[] troops = new int[64];

    /** Cops who see, and reach, {@code radius} cells around them. */
    Cops(World world, int radius) {
        this.world = world;
        this.grid = world.grid();
        this.radius = radius;
        this.cop = new boolean[world.factions().size()];
        for (Faction f : world.factions()) {
            cop[f.index()] = !f.insurgent() && f.kind() != FactionKind.FOREIGN;
        }
        this.posted = new boolean[grid.geography().towns().size()];
    }

    /** Gathers today's cops: garrisons in list order, then units. */
    void gather() {
        count = 0;
        Arrays.fill(posted, false);
        for (Garrison g : world.garrisons()) {
            if (add(g.faction(), world.town(g.town()).cell(), g.troops())) {
                posted[g.town()] = true;
            }
        }
        for (ArmedUnit u : world.units()) {
            add(u.faction(), u.cell(), u.strength());
        }
    }

    private boolean add(int f, int at, int n) {
        if (!cop[f] || n <= 0) {
            return false;
        }
        if (count == faction.length) {
            faction = Arrays.copyOf(faction, 2 * count);
            cell = Arrays.copyOf(cell, 2 * count);
            troops = Arrays.copyOf(troops, 2 * count);
        }
        faction[count] = f;
        cell[count] = at;
        troops[count] = n;
        count++;
        return true;
    }

    /**
     * Adds today's cops' troops to {@code troops} (per land cell, all 0) over the square within the radius of
     * each, and lists in {@code cells} the land cells that have troops in sight, in the order they were found;
     * returns how many.
     */
    int sight(int[] troops, int[] cells) {
        int n = 0;
        for (int c = 0; c < count; c++) {
            int x0 = grid.x(cell[c]);
            int y0 = grid.y(cell[c]);
            for (int y = Math.max(0, y0 - radius); y <= Math.min(grid.height() - 1, y0 + radius); y++) {
                for (int x = Math.max(0, x0 - radius); x <= Math.min(grid.width() - 1, x0 + radius); x++) {
                    int i = grid.landIndex(grid.index(x, y));
                    if (i >= 0) {
                        if (troops[i] == 0) {
                            cells[n++] = i;
                        }
                        troops[i] += this.troops[c];
                    }
                }
            }
        }
        return n;
    }

    /** Whether a cop faction keeps a garrison at a town today. */
    boolean posted(int town) {
        return posted[town];
    }

    int count() {
        return count;
    }

    int faction(int k) {
        return faction[k];
    }

    int cell(int k) {
        return cell[k];
    }

    int troops(int k) {
        return troops[k];
    }
}
