package sahelsim.model.mechanics;

import java.util.ArrayList;
import java.util.List;
import sahelsim.map.Grid;
import sahelsim.map.RoadKind;
import sahelsim.map.RoadLink;
import sahelsim.map.RoadNetwork;
import sahelsim.model.EventKind;
import sahelsim.model.Faction;
import sahelsim.model.World;
import sahelsim.model.TownState;
import sahelsim.model.TroopLedger;
import sahelsim.model.agents.ArmedUnit;
import sahelsim.model.agents.Convoy;
import sahelsim.model.agents.Garrison;
import sahelsim.model.agents.Mission;
import sahelsim.scenario.FactionKind;
import sahelsim.scenario.SupplyParams;

/**
 * Supply and blockade. State garrisons eat a day of supplies a day; convoys bring more along the road graph
 * from a supply origin (Ségou, Sévaré), slower on tracks and the river, escorted by troops of the garrison
 * there, who go back to it once the cargo is delivered; convoys can be ambushed on the way, and garrisons with an
 * airfield get some supplies by air. Armed groups live off the land unless blockaded. A garrison short of
 * supplies loses morale; with too little of both, or cut off and hungry for {@code supply.abandonAfterDays},
 * it abandons its post. A town is blockaded while a hostile unit on a blockade mission stands by it and every
 * road out of it is held by the town's enemies at {@code supply.blockadeRadiusKm}: a convoy gets in only by
 * fighting through the blockaders, and hardship rises in the town.
 */
public final class Supply {

    private static final double TRACK_SPEED = 0.6;
    private static final double RIVER_SPEED = 0.5;
    private final World world;
    private final SupplyParams params;
    private final Grid grid;
    private final int[] origins;
    private final RoadNetwork.Tree[] routes;
    private final int[][] exits;
    private final Convoys convoys;
    private final Combat combat;

    public Supply(World world, Convoys convoys, Combat combat) {
        this.world = world;
        this.convoys = convoys;
        this.combat = combat;
        this.params = world.scenario().supply();
        this.grid = world.grid();
        this.origins = params.origins().stream().mapToInt(world::townIndex).toArray();
        this.routes = new RoadNetwork.Tree[origins.length];
        for (int k = 0; k < origins.length; k++) {
            routes[k] = grid.geography().roads().shortestPathTree(origins[k], Supply::travelDays);
        }
        this.exits = new int[world.towns().size()][];
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

    /** The quickest supply route to a town from any origin. */
    public RoadNetwork.Route routeTo(int town) {
        int best = -1;
        for (int k = 0; k < origins.length; k++) {
            if (routes[k].reaches(town) && (best < 0 || routes[k].cost(town) < routes[best].cost(town))) {
                best = k;
            }
        }
        return best < 0 ? RoadNetwork.Route.NONE : routes[best].routeTo(town);
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
        long day = world.day();
        for (Garrison g : new ArrayList<>(world.garrisons())) {
            upkeep(g, day);
        }
        moveConvoys();
    }

    private void upkeep(Garrison g, long day) {
        Faction f = world.faction(g.faction());
        TownState town = world.town(g.town());
        if (f.kind() == FactionKind.FOREIGN) {
            g.setSupply(params.stockDays());
            return;
        }
        double supply = g.supply() - 1;
        boolean reached;
        if (!f.suppliedByConvoy()) {
            reached = !town.blockaded();
            if (reached) {
                supply += 1.5;
            }
        } else {
            boolean airlift = town.town().airfield() && params.airliftDaysPerWeek() > 0;
            reached = isOrigin(g.town()) || airlift;
            if (isOrigin(g.town())) {
                supply += 1.5;
            } else if (day >= g.nextConvoyDay()) {
                dispatch(g);
                g.setNextConvoyDay(day + params.convoyEveryDays());
            }
            if (airlift) {
                supply += params.airliftDaysPerWeek() / 7.0;
            }
        }
        g.setSupply(Math.min(params.stockDays(), supply));
        double target = 0.75 - (g.supply() < 10 ? 0.35 : 0) - (town.blockaded() ? 0.15 : 0);
        g.setMorale(g.morale() + 0.02 * (target - g.morale()));
        g.setWantsReinforcement(g.troops() < params.minGarrison() || cannotEscort(g) || threatened(g));
        boolean starving = g.supply() <= params.abandonSupplyDays();
        g.countCutOffDay(starving && !reached);
        if (starving && !g.inBattle()
                && (g.morale() < params.abandonMorale() || g.cutOffDays() >= params.abandonAfterDays())) {
            convoys.withdrawGarrison(g, "abandoned for want of supplies");
        }
    }

    /** A convoy-supplied faction's garrison at a supply origin with too few troops to escort a convoy in full. */
    private boolean cannotEscort(Garrison g) {
        return isOrigin(g.town()) && world.faction(g.faction()).suppliedByConvoy()
                && g.troops() < params.minGarrison() + params.convoyEscort();
    }

    private boolean threatened(Garrison g) {
        double hostile = 0;
        int cell = world.town(g.town()).cell();
        for (ArmedUnit u : world.units()) {
            if (world.relations().hostile(u.faction(), g.faction()) && grid.kmApprox(u.cell(), cell) <= 40) {
                hostile += u.strength();
            }
        }
        return hostile > g.troops();
    }

    /**
     * Sends a convoy to a garrison from the origin with the quickest route among those held by an ally where
     * the faction's own garrison can spare an escort (troops above {@code supply.minGarrison}, not fighting),
     * and gives it what that garrison can spare, up to {@code supply.convoyEscort}. When no origin can spare
     * anyone, the convoy leaves without an escort from the quickest origin held by an ally.
     */
    private void dispatch(Garrison g) {
        int quickest = -1;
        int escorted = -1;
        for (int k = 0; k < origins.length; k++) {
            int holder = world.town(origins[k]).holder();
            if (holder < 0 || !world.relations().allied(holder, g.faction()) || !routes[k].reaches(g.town())) {
                continue;
            }
            if (quickest < 0 || routes[k].cost(g.town()) < routes[quickest].cost(g.town())) {
                quickest = k;
            }
            if (spare(world.garrisonOf(g.faction(), origins[k])) > 0
                    && (escorted < 0 || routes[k].cost(g.town()) < routes[escorted].cost(g.town()))) {
                escorted = k;
            }
        }
        int k = escorted >= 0 ? escorted : quickest;
        if (k < 0) {
            return;
        }
        RoadNetwork.Route route = routes[k].routeTo(g.town());
        if (!route.exists()) {
            return;
        }
        Garrison base = world.garrisonOf(g.faction(), origins[k]);
        int escort = base == null ? 0 : base.removeTroops(Math.min(params.convoyEscort(), spare(base)));
        convoys.add(new Convoy(g.faction(), g.town(), route.links(), route.towns(), escort, params.convoyCargoDays()));
    }

    /** Troops a garrison at an origin can give to escorts: those above {@code supply.minGarrison}, unless fighting. */
    private int spare(Garrison base) {
        return base == null || base.inBattle() ? 0 : Math.max(0, base.troops() - params.minGarrison());
    }

    /**
     * Moves every convoy not in a battle. A convoy bound for a blockaded town stops where it comes within
     * {@code supply.blockadeRadiusKm} of it and must fight its way through the blockaders (a battle, see
     * {@link Combat#forceBlockade}); it waits there while they are all fighting elsewhere.
     */
    private void moveConvoys() {
        for (Convoy c : new ArrayList<>(convoys.onRoad())) {
            if (inBattle(c)) {
                continue;
            }
            TownState destination = world.town(c.destinationTown());
            if (destination.holder() < 0 || !world.relations().allied(destination.holder(), c.faction())) {
                convoys.turnBack(c);
                continue;
            }
            double step = params.convoySpeedKmPerDay() * speedFactor(c.currentLink().kind());
            if (destination.blockaded() && c.kmToGo() - step <= params.blockadeRadiusKm()) {
                c.advance(Math.max(0, c.kmToGo() - params.blockadeRadiusKm()));
                meetBlockade(c, destination);
                continue;
            }
            boolean entered = c.advance(step);
            if (c.arrived()) {
                arrive(c, destination);
                continue;
            }
            if (entered || c.link() == 0) {
                ambushIfWaiting(c);
            }
        }
    }

    private boolean inBattle(Convoy c) {
        for (Combat.Battle b : combat.battles()) {
            if (b.convoy() == c && !b.over()) {
                return true;
            }
        }
        return false;
    }

    private void ambushIfWaiting(Convoy c) {
        int linkIndex = c.currentLink().index();
        List<ArmedUnit> waiting = new ArrayList<>();
        for (ArmedUnit u : world.units()) {
            if (u.mission() == Mission.AMBUSH && u.arrived() && !u.inBattle() && u.targetLink() == linkIndex
                    && world.relations().hostile(u.faction(), c.faction())) {
                waiting.add(u);
            }
        }
        if (!waiting.isEmpty()) {
            combat.ambush(waiting, c, waiting.get(0).cell());
        }
    }

    /** A convoy at the blockade line: the blockaders free to fight take it on; if none are, it waits there. */
    private void meetBlockade(Convoy c, TownState destination) {
        List<ArmedUnit> blockaders = new ArrayList<>();
        for (ArmedUnit u : world.units()) {
            if (u.mission() == Mission.BLOCKADE && u.arrived() && u.targetTown() == destination.index() && u.alive()
                    && !u.inBattle() && world.relations().hostile(u.faction(), c.faction())) {
                blockaders.add(u);
            }
        }
        if (!blockaders.isEmpty()) {
            combat.forceBlockade(blockaders, c, positionCell(c), destination.index());
        }
    }

    /** A convoy at its destination hands its cargo to its faction's garrison there, and its escort goes back. */
    private void arrive(Convoy c, TownState destination) {
        Garrison g = world.garrisonOf(c.faction(), destination.index());
        if (g != null) {
            g.setSupply(Math.min(params.stockDays(), g.supply() + c.cargoDays()));
        }
        convoys.turnBack(c);
    }

    /** The cell a convoy stands on: along its current link, in proportion to the km covered. */
    private int positionCell(Convoy c) {
        if (c.arrived()) {
            return world.town(c.destinationTown()).cell();
        }
        RoadLink link = c.currentLink();
        int[] cells = grid.linkCells(link.index());
        int k = (int) Math.round(Math.min(1, c.kmOnLink() / link.km()) * (cells.length - 1));
        return link.from() == c.townsPassed().get(c.link()) ? cells[k] : cells[cells.length - 1 - k];
    }

    /** Starts and ends blockades; counts blockade days; raises hardship in blockaded towns. */
    public void updateBlockades() {
        double hardship = world.scenario().civilians().blockadeHardship();
        for (TownState t : world.towns()) {
            int blockader = blockader(t);
            if (blockader >= 0 && !t.blockaded()) {
                t.startBlockade(blockader, world.day());
                world.emit(EventKind.BLOCKADE_BEGINS, blockader, t.holder(), t.cell(), 0, 0, 0,
                        "blockade of " + t.town().name() + " begins");
            } else if (blockader < 0 && t.blockaded()) {
                world.emit(EventKind.BLOCKADE_ENDS, t.blockadedBy(), t.holder(), t.cell(), 0, 0, 0,
                        "blockade of " + t.town().name() + " ends after " + (world.day() - t.blockadeSince()) + " days");
                t.endBlockade();
            }
            t.countBlockadeDay();
            int i = grid.landIndex(t.cell());
            if (i >= 0) {
                world.population().setExtraHardship(i, t.blockaded() ? hardship : 0);
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
        for (ArmedUnit u : world.units()) {
            if (u.mission() == Mission.BLOCKADE && u.arrived() && u.targetTown() == t.index() && u.alive()
                    && world.relations().hostile(u.faction(), holder)) {
                blockader = u.faction();
                break;
            }
        }
        if (blockader < 0) {
            return -1;
        }
        for (int exit : exits(t.index())) {
            int i = grid.landIndex(exit);
            int d = i < 0 ? -1 : world.control().dominant(i);
            if (d < 0 || !world.relations().hostile(d, holder)) {
                return -1;
            }
        }
        return blockader;
    }

    /** The cells where a town's roads are held in a blockade: on each road out, at the blockade radius. */
    public int[] exits(int town) {
        if (exits[town] == null) {
            List<Integer> out = new ArrayList<>();
            int from = world.town(town).cell();
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
