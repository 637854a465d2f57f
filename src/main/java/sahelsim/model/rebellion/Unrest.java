package sahelsim.model.rebellion;

import java.util.Arrays;
import sahelsim.map.Grid;
import sahelsim.model.EventKind;
import sahelsim.model.ModelEvent;
import sahelsim.model.World;

/**
 * Protests and riots for the event log. Active civilians confront the state where state troops stand within their
 * vision. A demonstration is held in a town, before the state's post there: a town's confrontation is that of the
 * active civilians in the cells nearest it and within vision of the town itself, on days when a state-side garrison
 * holds the town, and it counts once they are a crowd ({@code minCrowd} people or more). Columns and bands meeting
 * active civilians in the countryside deter and arrest them but make no demonstration. A confrontation is a riot
 * where, in some of its cells, the active civilians within vision outnumber the cops (so that, counted as whole cops
 * per active, they need fear no arrest), and a protest otherwise. An event is logged when a town's confrontation
 * begins or turns from protest to riot, not on every day it lasts, as a news report would: it goes on as long as
 * the crowd faces the troops there, and ends on the first day it does not.
 */
final class Unrest {

    private static final int CALM = 0;
    private static final int PROTEST = 1;
    private static final int RIOT = 2;

    private final World world;
    private final Grid grid;
    private final int radius;
    private final int minCrowd;
    private final int[] state;
    private final int[] today;
    private final int[] confronting;
    private final int[] where;
    private final int[] wherePeople;

    /** Confrontations of at least {@code minCrowd} active civilians near a town are logged. */
    Unrest(World world, int radius, int minCrowd) {
        this.world = world;
        this.grid = world.grid();
        this.radius = radius;
        this.minCrowd = minCrowd;
        int towns = grid.geography().towns().size();
        state = new int[towns];
        today = new int[towns];
        confronting = new int[towns];
        where = new int[towns];
        wherePeople = new int[towns];
    }

    /** Forgets yesterday's confrontations before today's are taken in, cell by cell. */
    void start() {
        Arrays.fill(today, CALM);
        Arrays.fill(confronting, 0);
        Arrays.fill(wherePeople, 0);
    }

    /** A land cell whose active people face state troops: the cops (C) and the active people within its vision. */
    void confront(int i, int active, long copsInVision, long activeInVision) {
        int cell = grid.landCell(i);
        int t = grid.nearestTown(cell);
        int town = grid.townCell(t);
        if (Math.abs(grid.x(cell) - grid.x(town)) > radius || Math.abs(grid.y(cell) - grid.y(town)) > radius) {
            return;
        }
        confronting[t] += active;
        today[t] = Math.max(today[t], activeInVision > copsInVision ? RIOT : PROTEST);
        if (active > wherePeople[t]) {
            wherePeople[t] = active;
            where[t] = cell;
        }
    }

    /** Logs the confrontations that began or became riots today, town by town, and keeps today's for tomorrow. */
    void report(Cops cops, Arrests arrests) {
        for (int t = 0; t < state.length; t++) {
            if (confronting[t] < minCrowd || !cops.posted(t)) {
                today[t] = CALM;
            }
            if (today[t] > state[t]) {
                int facing = facing(cops, where[t]);
                boolean riot = today[t] == RIOT;
                world.emit(riot ? EventKind.RIOT : EventKind.PROTEST, ModelEvent.CIVILIANS, facing, where[t], 0, 0, 0,
                        "about " + confronting[t] + " active civilians " + (riot ? "riot, outnumbering " : "protest before ")
                                + world.faction(facing).name() + " near " + grid.geography().town(t).name() + "; "
                                + arrests.todayNear(t) + " arrested");
            }
            state[t] = today[t];
        }
    }

    /** The cop faction with the most troops within vision of a cell (the lowest index on a tie). */
    private int facing(Cops cops, int cell) {
        long[] troops = new long[world.factions().size()];
        int x = grid.x(cell);
        int y = grid.y(cell);
        for (int c = 0; c < cops.count(); c++) {
            int at = cops.cell(c);
            if (Math.abs(grid.x(at) - x) <= radius && Math.abs(grid.y(at) - y) <= radius) {
                troops[cops.faction(c)] += cops.troops(c);
            }
        }
        int best = 0;
        for (int f = 1; f < troops.length; f++) {
            if (troops[f] > troops[best]) {
                best = f;
            }
        }
        return best;
    }
}
