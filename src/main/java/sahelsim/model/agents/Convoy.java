package sahelsim.model.agents;

import java.util.List;
import sahelsim.map.RoadLink;

/** A supply convoy travelling along road links from the supply origin to a garrison town. */
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

    public List<RoadLink> route() {
        return route;
    }

    /** The towns along the route, origin first. */
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
