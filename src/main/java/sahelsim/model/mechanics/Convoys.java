package sahelsim.model.mechanics;

import java.util.ArrayList;
import java.util.List;
import sahelsim.model.EventKind;
import sahelsim.model.TownState;
import sahelsim.model.TroopLedger;
import sahelsim.model.World;
import sahelsim.model.agents.ArmedUnit;
import sahelsim.model.agents.Convoy;
import sahelsim.model.agents.Garrison;

/**
 * The supply convoys on the road, and the troops cut loose when a convoy or a post is lost: what {@link Supply}
 * sends out and {@link Combat} stops, kept apart from both so that each can be given it.
 */
public final class Convoys {

    /** Fewest troops cut loose from a post or a convoy that still hold together as a unit (an assumption). */
    static final int FEWEST_TO_FALL_BACK = 20;

    private final World world;
    private final Retreats retreats;
    private final List<Convoy> convoys = new ArrayList<>();

    public Convoys(World world, Retreats retreats) {
        this.world = world;
        this.retreats = retreats;
    }

    /** The convoys on the road, in the order they set out. */
    public List<Convoy> onRoad() {
        return convoys;
    }

    void add(Convoy c) {
        convoys.add(c);
    }

    /**
     * A convoy's escort goes back to the garrison it came from, at once: the empty journey back is not modelled,
     * so that the escort is away from its post only while it guards the cargo. With that garrison gone, the
     * escort falls back from the origin.
     */
    void turnBack(Convoy c) {
        if (!convoys.remove(c)) {
            return;
        }
        Garrison home = world.garrisonOf(c.faction(), c.originTown());
        if (home != null) {
            home.addTroops(c.escort());
        } else {
            int origin = c.originTown();
            fallBack(c.faction(), c.escort(), world.town(origin).cell(), origin, ArmedUnit.START_MORALE);
        }
    }

    /** A convoy the blockaders of its destination stopped: it goes back, and the log says so. */
    void turnBackAtBlockade(Convoy c) {
        turnBack(c);
        TownState destination = world.town(c.destinationTown());
        world.emit(EventKind.CONVOY_TURNED_BACK, destination.blockadedBy(), c.faction(), destination.cell(), 0, 0,
                0, "blockade of " + destination.town().name() + ": a supply convoy was turned back");
    }

    /**
     * A convoy destroyed in a battle at a cell: its cargo is lost and the escort's survivors fall back on foot,
     * their morale as that of defenders who broke.
     */
    void destroy(Convoy c, int cell) {
        if (convoys.remove(c)) {
            fallBack(c.faction(), c.escort(), cell, -1, ArmedUnit.START_MORALE - 0.2);
        }
    }

    /** Fighters of a faction escorting its convoys on the road. */
    public long escorts(int faction) {
        long sum = 0;
        for (Convoy c : convoys) {
            if (c.faction() == faction) {
                sum += c.escort();
            }
        }
        return sum;
    }

    /** A faction's convoys leave the map with their escorts (the contractors going home). */
    void withdrawConvoys(int faction) {
        for (Convoy c : new ArrayList<>(convoys)) {
            if (c.faction() == faction) {
                world.ledger().book(TroopLedger.Entry.WITHDRAWN, faction, c.removeEscort(c.escort()));
                convoys.remove(c);
            }
        }
    }

    /**
     * A garrison leaves its post: its troops fall back as a unit to the nearest town its side holds, or
     * disperse when there is none or too few are left.
     */
    void withdrawGarrison(Garrison g, String why) {
        int town = g.town();
        world.removeGarrison(g);
        fallBack(g.faction(), g.troops(), world.town(town).cell(), town, g.morale());
        world.emit(EventKind.POST_ABANDONED, g.faction(), -1, world.town(town).cell(), 0, 0, 0,
                world.faction(g.faction()).name() + " left " + world.town(town).town().name() + ": " + why);
    }

    /**
     * Troops cut loose from a post or a convoy retreat as a unit to the nearest town their side holds (other
     * than {@code leftTown}); an armed group's go back to the countryside of its home districts, towns or not
     * (see {@link sahelsim.model.command.Retreat}). When a state force has no town to go to, or they are
     * fewer than {@link #FEWEST_TO_FALL_BACK}, they disperse, and the books count them as lost otherwise
     * (deserted).
     */
    private void fallBack(int faction, int troops, int cell, int leftTown, double morale) {
        if (troops <= 0) {
            return;
        }
        int refuge = world.nearestFriendlyTown(faction, cell, leftTown);
        if (refuge < 0 && world.faction(faction).armedGroup()) {
            refuge = world.grid().nearestTown(cell);
        }
        if (troops >= FEWEST_TO_FALL_BACK && refuge >= 0) {
            ArmedUnit u = world.newUnit(faction, troops, cell, refuge);
            u.setMorale(morale);
            retreats.retreat(u);
        } else {
            world.ledger().book(TroopLedger.Entry.LOST_OTHERWISE, faction, troops);
        }
    }
}
