package sahelsim.model.command;

import java.util.List;
import sahelsim.model.TownState;
import sahelsim.model.World;
import sahelsim.model.agents.ArmedUnit;
import sahelsim.model.agents.Mission;
import sahelsim.model.mechanics.Retreats;

/**
 * Sends a unit home to rest and recruit. A state unit whose home town has fallen goes to the nearest town
 * its side holds; an armed group goes to the home district where it is best liked.
 */
public final class Retreat implements Retreats {

    private final World world;
    private final List<HomeGround> homes;

    /** {@code homes} holds each faction's home ground, by faction index. */
    public Retreat(World world, List<HomeGround> homes) {
        this.world = world;
        this.homes = homes;
    }

    @Override
    public void retreat(ArmedUnit u) {
        int f = u.faction();
        HomeGround ground = homes.get(f);
        int home = u.homeTown();
        if (world.faction(f).armedGroup()) {
            home = ground.recruitingTown();
            u.setHomeTown(home);
        } else {
            TownState h = world.town(home);
            if (h.holder() >= 0 && world.relations().hostile(h.holder(), f)) {
                int refuge = world.nearestFriendlyTown(f, h.cell(), home);
                if (refuge >= 0) {
                    home = refuge;
                    u.setHomeTown(refuge);
                }
            }
        }
        u.assign(Mission.RETREAT, home, ground.homeCell(home), -1);
        if (u.arrived()) {
            u.assign(Mission.RECRUIT, home, u.cell(), -1);
        }
    }
}
