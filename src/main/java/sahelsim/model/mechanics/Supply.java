package sahelsim.model.mechanics;

import java.util.ArrayList;
import java.util.List;
import sahelsim.map.Grid;
import sahelsim.map.RoadKind;
import sahelsim.map.RoadLink;
import sahelsim.map.RoadNetwork;
import sahelsim.model.EventKind;
import sahelsim.model.Faction;
import sahelsim.model.SahelModel;
import sahelsim.model.TownState;
import sahelsim.model.agents.ArmedUnit;
import sahelsim.model.agents.Convoy;
import sahelsim.model.agents.Garrison;
import sahelsim.model.agents.Mission;
import sahelsim.scenario.FactionKind;
import sahelsim.scenario.SupplyParams;

/**
 * Supply and blockade. State garrisons eat a day of supplies a day; convoys bring more along the road graph
 * from the supply origin (Sévaré), slower on tracks and the river, and can be ambushed on the way; garrisons
 * with an airfield get some by air. Armed groups live off the land unless blockaded. A garrison short of
 * supplies loses morale, and with too little of both it abandons its post. A town is blockaded while a
 * hostile unit on a blockade mission stands by it and every road out of it is held by the town's enemies
 * at {@code supply.blockadeRadiusKm}: convoys are turned back and hardship rises in the town.
 */
public final class Supply {

    private static final double TRACK_SPEED = 0.6;
    private static final double RIVER_SPEED = 0.5;

    private final SahelModel model;
    private final SupplyParams params;
    private final Grid grid;
    private final int[] origins;
    private final RoadNetwork.Tree[] routes;
    private final int[][] exits;
    private final List<Convoy> convoys = new ArrayList<>();

    public Supply(SahelModel model) {
        this.model = model;
        this.params = model.scenario().supply();
        this.grid = model.grid();
        this.origins = params.origins().stream().mapToInt(model::townIndex).toArray();
        this.routes = new RoadNetwork.Tree[origins.length];
        for (int k = 0; k < origins.length; k++) {
            routes[k] = grid.geography().roads().shortestPathTree(origins[k], Supply::travelDays);
        }
        this.exits = new int[model.towns().size()][];
    }

    private static double travelDays(RoadLink link) {
        return link.km() / speedFactor(link.kind());
    }

    private static double speedFactor(RoadKind kind) {
        return switch (kind) {
            case ROAD -> 1.0;
            case TRACK -> TRACK_SPEED;
            case RIVER -> RIVER_SPEED;
        };
    }

    public List<Convoy> convoys() {
        return convoys;
    }

    /** The quickest supply route to a town from any origin. */
    public RoadNetwork.Route routeTo(int town) {
        int best = bestOrigin(town, -1);
        return best < 0 ? RoadNetwork.Route.NONE : routes[best].routeTo(town);
    }

    /** The origin (index into the origins) with the quickest route to a town, among those held by an ally. */
    private int bestOrigin(int town, int faction) {
        int best = -1;
        for (int k = 0; k < origins.length; k++) {
            int holder = model.town(origins[k]).holder();
            if (faction >= 0 && (holder < 0 || !model.relations().allied(holder, faction))) {
                continue;
            }
            if (routes[k].reaches(town) && (best < 0 || routes[k].cost(town) < routes[best].cost(town))) {
                best = k;
            }
        }
        return best;
    }

    /** The first supply origin, where reinforcements from outside the map come in. */
    public int origin() {
        return origins[0];
    }

    public boolean isOrigin(int town) {
        for (int o : origins) {
            if (o == town) {
                return true;
            }
        }
        return false;
    }

    public void step() {
        long day = model.day();
        for (Garrison g : new ArrayList<>(model.garrisons())) {
            upkeep(g, day);
        }
        moveConvoys();
    }

    private void upkeep(Garrison g, long day) {
        Faction f = model.faction(g.faction());
        TownState town = model.town(g.town());
        if (f.kind() == FactionKind.FOREIGN) {
            g.setSupply(params.stockDays());
            return;
        }
        double supply = g.supply() - 1;
        if (!f.suppliedByConvoy()) {
            if (!town.blockaded()) {
                supply += 1.5;
            }
        } else {
            if (isOrigin(g.town())) {
                supply += 1.5;
            } else if (day >= g.nextConvoyDay()) {
                dispatch(g);
                g.setNextConvoyDay(day + params.convoyEveryDays());
            }
            if (town.town().airfield()) {
                supply += params.airliftDaysPerWeek() / 7.0;
            }
        }
        g.setSupply(Math.min(params.stockDays(), supply));
        double target = 0.75 - (g.supply() < 10 ? 0.35 : 0) - (town.blockaded() ? 0.15 : 0);
        g.setMorale(g.morale() + 0.02 * (target - g.morale()));
        g.setWantsReinforcement(g.troops() < params.minGarrison() || threatened(g));
        if (g.supply() <= params.abandonSupplyDays() && g.morale() < params.abandonMorale() && !g.inBattle()) {
            withdrawGarrison(g, "abandoned for want of supplies");
        }
    }

    private boolean threatened(Garrison g) {
        double hostile = 0;
        int cell = model.town(g.town()).cell();
        for (ArmedUnit u : model.units()) {
            if (model.relations().hostile(u.faction(), g.faction()) && grid.kmApprox(u.cell(), cell) <= 40) {
                hostile += u.strength();
            }
        }
        return hostile > g.troops();
    }

    private void dispatch(Garrison g) {
        int k = bestOrigin(g.town(), g.faction());
        if (k < 0) {
            return;
        }
        RoadNetwork.Route route = routes[k].routeTo(g.town());
        if (!route.exists()) {
            return;
        }
        convoys.add(new Convoy(g.faction(), g.town(), route.links(), route.towns(), params.convoyEscort(),
                params.convoyCargoDays()));
    }

    private void moveConvoys() {
        for (Convoy c : new ArrayList<>(convoys)) {
            if (inBattle(c)) {
                continue;
            }
            TownState destination = model.town(c.destinationTown());
            if (destination.holder() < 0 || !model.relations().allied(destination.holder(), c.faction())) {
                convoys.remove(c);
                continue;
            }
            RoadLink link = c.currentLink();
            boolean entered = c.advance(params.convoySpeedKmPerDay() * speedFactor(link.kind()));
            if (c.arrived()) {
                arrive(c, destination);
                continue;
            }
            if (destination.blockaded() && c.link() == c.route().size() - 1) {
                convoys.remove(c);
                model.emit(EventKind.CONVOY_TURNED_BACK, destination.blockadedBy(), c.faction(), destination.cell(), 0, 0,
                        0, "blockade of " + destination.town().name() + ": a supply convoy was turned back");
                continue;
            }
            if (entered || c.link() == 0) {
                ambushIfWaiting(c);
            }
        }
    }

    private boolean inBattle(Convoy c) {
        for (Combat.Battle b : model.combat().battles()) {
            if (b.convoy() == c && !b.over()) {
                return true;
            }
        }
        return false;
    }

    private void ambushIfWaiting(Convoy c) {
        int linkIndex = c.currentLink().index();
        List<ArmedUnit> waiting = new ArrayList<>();
        for (ArmedUnit u : model.units()) {
            if (u.mission() == Mission.AMBUSH && u.arrived() && !u.inBattle() && u.targetLink() == linkIndex
                    && model.relations().hostile(u.faction(), c.faction())) {
                waiting.add(u);
            }
        }
        if (!waiting.isEmpty()) {
            model.combat().ambush(waiting, c, waiting.get(0).cell());
        }
    }

    private void arrive(Convoy c, TownState destination) {
        convoys.remove(c);
        Garrison g = model.garrisonOf(c.faction(), c.destinationTown());
        if (g != null) {
            g.setSupply(Math.min(params.stockDays(), g.supply() + c.cargoDays()));
        }
    }

    /** A convoy destroyed in an ambush. */
    public void destroy(Convoy c) {
        convoys.remove(c);
    }

    /**
     * A garrison leaves its post: its troops fall back as a unit to the nearest town its side holds, or
     * disperse when there is none or too few are left.
     */
    public void withdrawGarrison(Garrison g, String why) {
        int town = g.town();
        int troops = g.troops();
        model.removeGarrison(g);
        int refuge = nearestFriendlyTown(g.faction(), town);
        if (troops >= 20 && refuge >= 0) {
            ArmedUnit u = model.newUnit(g.faction(), troops, model.town(town).cell(), refuge);
            u.setMorale(g.morale());
            model.command(g.faction()).retreat(u);
        }
        model.emit(EventKind.POST_ABANDONED, g.faction(), -1, model.town(town).cell(), 0, 0, 0,
                model.faction(g.faction()).name() + " left " + model.town(town).town().name() + ": " + why);
    }

    /** The town nearest by travel cost held by the faction or an ally, or -1. */
    public int nearestFriendlyTown(int faction, int from) {
        int best = -1;
        double bestCost = Double.POSITIVE_INFINITY;
        int cell = model.town(from).cell();
        for (TownState t : model.towns()) {
            if (t.index() == from || t.holder() < 0 || !model.relations().allied(t.holder(), faction)) {
                continue;
            }
            double cost = grid.travelTo(t.index()).cost(cell);
            if (cost < bestCost) {
                bestCost = cost;
                best = t.index();
            }
        }
        return best;
    }

    /** Starts and ends blockades; counts blockade days; raises hardship in blockaded towns. */
    public void updateBlockades() {
        double hardship = model.scenario().civilians().blockadeHardship();
        for (TownState t : model.towns()) {
            int blockader = blockader(t);
            if (blockader >= 0 && !t.blockaded()) {
                t.startBlockade(blockader, model.day());
                model.emit(EventKind.BLOCKADE_BEGINS, blockader, t.holder(), t.cell(), 0, 0, 0,
                        "blockade of " + t.town().name() + " begins");
            } else if (blockader < 0 && t.blockaded()) {
                model.emit(EventKind.BLOCKADE_ENDS, t.blockadedBy(), t.holder(), t.cell(), 0, 0, 0,
                        "blockade of " + t.town().name() + " ends after " + (model.day() - t.blockadeSince()) + " days");
                t.endBlockade();
            }
            t.countBlockadeDay();
            int i = grid.landIndex(t.cell());
            if (i >= 0) {
                model.population().setExtraHardship(i, t.blockaded() ? hardship : 0);
            }
        }
    }

    /**
     * The faction blockading a town, or -1 when it is not blockaded. Supply origins cannot be blockaded: they
     * stand for the roads from the south, which run off the map.
     */
    private int blockader(TownState t) {
        int holder = t.holder();
        if (holder < 0 || isOrigin(t.index())) {
            return -1;
        }
        int blockader = -1;
        for (ArmedUnit u : model.units()) {
            if (u.mission() == Mission.BLOCKADE && u.arrived() && u.targetTown() == t.index() && u.alive()
                    && model.relations().hostile(u.faction(), holder)) {
                blockader = u.faction();
                break;
            }
        }
        if (blockader < 0) {
            return -1;
        }
        for (int exit : exits(t.index())) {
            int i = grid.landIndex(exit);
            int d = i < 0 ? -1 : model.control().dominant(i);
            if (d < 0 || !model.relations().hostile(d, holder)) {
                return -1;
            }
        }
        return blockader;
    }

    /** The cells where a town's roads are held in a blockade: on each road out, at the blockade radius. */
    public int[] exits(int town) {
        if (exits[town] == null) {
            List<Integer> out = new ArrayList<>();
            int from = model.town(town).cell();
            for (RoadLink link : grid.geography().roads().linksAt(town)) {
                int[] cells = grid.linkCells(link.index());
                boolean forward = link.from() == town;
                int exit = cells[forward ? cells.length - 1 : 0];
                for (int k = 0; k < cells.length; k++) {
                    int c = cells[forward ? k : cells.length - 1 - k];
                    if (grid.kmApprox(from, c) >= params.blockadeRadiusKm()) {
                        exit = c;
                        break;
                    }
                }
                out.add(exit);
            }
            exits[town] = out.stream().mapToInt(Integer::intValue).toArray();
        }
        return exits[town];
    }
}
