package sahelsim.model.agents;

import java.util.List;
import sahelsim.map.RoadLink;

/**
 * A supply convoy travelling along road links from a supply origin to a garrison town, with an escort taken
 * from its faction's garrison at the origin.
 */
public final class Convoy {

    private final int faction;
    private final int destinationTown;
    private final List<RoadLink> route;
    private final List<Integer> townsPassed;
    private final double cargoDays;
    private int escort;
    private int link;
    private double kmOnLink;

    public Convoy(int faction, int destinationTown, List<RoadLink> route, List<Integer> townsPassed, int escort,
                  double cargoDays) {
        this.faction = faction;
        this.destinationTown = destinationTown;
        this.route = List.copyOf(route);
        this.townsPassed = List.copyOf(townsPassed);
        this.escort = escort;
        this.cargoDays = cargoDays;
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
