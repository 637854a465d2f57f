package sahelsim.model.rebellion;

import java.util.Arrays;
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
    private final boolean[] cop;
    private final long[] troopsPerCell;
    private int count;
    private int[] faction = new int[64];
    private int[] cell = new int[64];
    private int[] troops = new int[64];

    Cops(World world) {
        this.world = world;
        this.cop = new boolean[world.factions().size()];
        for (Faction f : world.factions()) {
            cop[f.index()] = !f.insurgent() && f.kind() != FactionKind.FOREIGN;
        }
        this.troopsPerCell = new long[world.grid().cellCount()];
    }

    /** Whether a faction's forces act as cops. */
    boolean isCop(int f) {
        return cop[f];
    }

    /** Gathers today's cops: garrisons in list order, then units. */
    void gather() {
        Arrays.fill(troopsPerCell, 0);
        count = 0;
        for (Garrison g : world.garrisons()) {
            add(g.faction(), world.town(g.town()).cell(), g.troops());
        }
        for (ArmedUnit u : world.units()) {
            add(u.faction(), u.cell(), u.strength());
        }
    }

    private void add(int f, int at, int n) {
        if (!cop[f] || n <= 0) {
            return;
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
        troopsPerCell[at] += n;
    }

    /** The state side's troops per raster cell today. */
    long[] troopsPerCell() {
        return troopsPerCell;
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
