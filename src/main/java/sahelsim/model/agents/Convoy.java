package sahelsim.model.agents;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import sahelsim.map.RoadLink;

/**
 * A supply convoy travelling along road links from a supply origin to a garrison town, with an escort taken
 * from the garrison at the origin; once there (or turned back) it makes the journey back to the origin, empty,
 * and its escort rejoins that garrison.
 */
public final class Convoy {

    private final int faction;
    private final int destinationTown;
    private final List<RoadLink> route;
    private final List<Integer> townsPassed;
    private final double cargoDays;
    private final boolean returning;
    private int escort;
    private int link;
    private double kmOnLink;

    public Convoy(int faction, int destinationTown, List<RoadLink> route, List<Integer> townsPassed, int escort,
                  double cargoDays) {
        this(faction, destinationTown, route, townsPassed, escort, cargoDays, false);
    }

    private Convoy(int faction, int destinationTown, List<RoadLink> route, List<Integer> townsPassed, int escort,
                   double cargoDays, boolean returning) {
        this.faction = faction;
        this.destinationTown = destinationTown;
        this.route = List.copyOf(route);
        this.townsPassed = List.copyOf(townsPassed);
        this.escort = escort;
        this.cargoDays = cargoDays;
        this.returning = returning;
    }

    /**
     * The same escort going back from where this convoy stands to the town it set out from, with no cargo: its
     * route reversed, at the same point of it.
     */
    public Convoy journeyBack() {
        List<RoadLink> back = new ArrayList<>(route);
        Collections.reverse(back);
        List<Integer> towns = new ArrayList<>(townsPassed);
        Collections.reverse(towns);
        Convoy c = new Convoy(faction, townsPassed.get(0), back, towns, escort, 0, true);
        if (arrived()) {
            return c;
        }
        c.link = route.size() - 1 - link;
        c.kmOnLink = route.get(link).km() - kmOnLink;
        return c;
    }

    public int faction() {
        return faction;
    }

    public int destinationTown() {
        return destinationTown;
    }

    /** The town the convoy set out from. */
    public int originTown() {
        return townsPassed.get(0);
    }

    /** On the way back to its origin, with no cargo. */
    public boolean returning() {
        return returning;
    }

    public List<RoadLink> route() {
        return route;
    }

    /** The towns along the route, the one it set out from first. */
    public List<Integer> townsPassed() {
        return townsPassed;
    }

    public double cargoDays() {
        return cargoDays;
    }

    public int escort() {
        return escort;
    }

    public int removeEscort(int count) {
        int removed = Math.max(0, Math.min(count, escort));
        escort -= removed;
        return removed;
    }

    /** Index into the route of the link the convoy is on. */
    public int link() {
        return link;
    }

    public double kmOnLink() {
        return kmOnLink;
    }

    public boolean arrived() {
        return link >= route.size();
    }

    public RoadLink currentLink() {
        return route.get(link);
    }

    /** Road km left to the destination. */
    public double kmToGo() {
        double km = -kmOnLink;
        for (int k = link; k < route.size(); k++) {
            km += route.get(k).km();
        }
        return Math.max(0, km);
    }

    /** Advances by a distance; returns true when the convoy entered a new link. */
    public boolean advance(double km) {
        kmOnLink += km;
        boolean entered = false;
        while (link < route.size() && kmOnLink >= route.get(link).km()) {
            kmOnLink -= route.get(link).km();
            link++;
            entered = true;
        }
        return entered;
    }
}
