package sahelsim.model.mechanics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import sahelsim.map.RoadNetwork;
import sahelsim.model.EventKind;
import sahelsim.model.Faction;
import sahelsim.model.World;
import sahelsim.model.TownState;
import sahelsim.model.TroopLedger;
import sahelsim.model.agents.ArmedUnit;
import sahelsim.model.agents.ForeignContingent;
import sahelsim.model.agents.Garrison;
import sahelsim.model.agents.Mission;
import sahelsim.scenario.SupplyParams;

/**
 * Foreign contingents arrive and leave on their scenario dates. When one leaves, the faction named to take
 * the post over does so only if it has troops to spare within reach (garrisons above their minimum or idle
 * units, by road within {@code supply.handoverReachKm}); otherwise the post stands empty, a prize for
 * whoever gets there first. A hand-over inside the home areas of a faction at truce with the one taking over
 * breaks that truce, when the relation says so (the race for vacated bases, mali-facts section 5, fact 2).
 */
public final class Withdrawal {

    private final World world;
    private final Convoys convoys;
    private final SupplyParams params;

    public Withdrawal(World world, Convoys convoys) {
        this.world = world;
        this.convoys = convoys;
        this.params = world.scenario().supply();
    }

    /** Contingents present from the start, or due by today, arrive. */
    public void arrivals() {
        LocalDate today = world.date();
        for (ForeignContingent c : world.contingents()) {
            LocalDate arrival = c.spec().arrival();
            if (c.status() == ForeignContingent.Status.EXPECTED && (arrival == null || !arrival.isAfter(today))) {
                Garrison g = world.newGarrison(c.faction(), c.base(), c.spec().troops(), c.spec().fortification(),
                        params.stockDays(), c.id());
                world.ledger().book(TroopLedger.Entry.ARRIVED, c.faction(), c.spec().troops());
                c.arrive(g);
                world.faction(c.faction()).returnToMap();
                world.town(c.base()).markForeignBase();
                if (arrival != null && arrival.equals(today) && world.day() > world.firstDay()) {
                    world.emit(EventKind.BASE_ESTABLISHED, c.faction(), -1, world.town(c.base()).cell(), 0, 0, 0,
                            world.faction(c.faction()).name() + " arrives at " + world.town(c.base()).town().name());
                }
            }
        }
    }

    public void step() {
        arrivals();
        LocalDate today = world.date();
        for (ForeignContingent c : world.contingents()) {
            if (c.status() == ForeignContingent.Status.PRESENT && today.equals(c.spec().withdrawal())) {
                depart(c);
            }
        }
    }

    /** Every contingent of a faction leaves now. */
    public void withdrawFaction(int faction) {
        for (ForeignContingent c : world.contingents()) {
            if (c.faction() == faction && c.status() == ForeignContingent.Status.PRESENT) {
                depart(c);
            }
        }
    }

    public ForeignContingent contingent(String id) {
        for (ForeignContingent c : world.contingents()) {
            if (c.id().equals(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no contingent " + id);
    }

    /** A contingent leaves its base now and hands it over, if it can. */
    public void depart(ForeignContingent c) {
        if (c.status() != ForeignContingent.Status.PRESENT) {
            return;
        }
        Garrison base = c.garrison();
        if (base != null && world.garrisons().contains(base)) {
            world.removeGarrison(base);
            world.ledger().book(TroopLedger.Entry.WITHDRAWN, c.faction(), base.troops());
        }
        c.leave();
        if (noneLeft(c.faction())) {
            world.faction(c.faction()).leaveMap();
        }
        TownState town = world.town(c.base());
        town.markVacated(world.day());
        String from = world.faction(c.faction()).name();
        world.emit(EventKind.CHANGE_OF_ACTIVITY, c.faction(), -1, town.cell(), 0, 0, 0,
                from + " leaves " + town.town().name());
        String heir = c.spec().handover();
        if (heir == null) {
            world.emit(EventKind.BASE_ABANDONED, c.faction(), -1, town.cell(), 0, 0, 0,
                    "the " + from + " base at " + town.town().name() + " is abandoned");
            return;
        }
        handOver(c, world.factionIndex(heir), town);
    }

    /** A foreign faction is on the map while one of its contingents is there or still to come. */
    private boolean noneLeft(int faction) {
        for (ForeignContingent c : world.contingents()) {
            if (c.faction() == faction && c.status() != ForeignContingent.Status.GONE) {
                return false;
            }
        }
        return true;
    }

    /**
     * A faction that is not a foreign contingent leaves the map now (contractors at their exit, any other by a
     * {@code withdraw} event): its garrisons and units go, the towns it held stand empty, it drops its objective
     * and it recruits no more. Once is enough: a faction already gone is left alone.
     */
    public void leaveMap(int faction, int cell) {
        Faction f = world.faction(faction);
        if (f.withdrawn()) {
            return;
        }
        TroopLedger ledger = world.ledger();
        for (Garrison g : List.copyOf(world.garrisons())) {
            if (g.faction() == faction) {
                world.removeGarrison(g);
                ledger.book(TroopLedger.Entry.WITHDRAWN, faction, g.troops());
            }
        }
        for (ArmedUnit u : world.units()) {
            if (u.faction() == faction) {
                ledger.book(TroopLedger.Entry.WITHDRAWN, faction, u.removeStrength(u.strength()));
            }
        }
        convoys.withdrawConvoys(faction);
        world.removeFallen();
        f.leaveMap();
        world.objectives().set(faction, -1, 0);
        world.emit(EventKind.CHANGE_OF_ACTIVITY, faction, -1, cell, 0, 0, 0, f.name() + " leaves");
    }

    private void handOver(ForeignContingent c, int heir, TownState town) {
        Garrison present = world.garrisonOf(heir, town.index());
        int troops = present != null ? 0 : gather(heir, town.index());
        if (present == null && troops == 0) {
            world.emit(EventKind.BASE_ABANDONED, c.faction(), heir, town.cell(), 0, 0, 0, "the " + world.faction(c.faction())
                    .name() + " base at " + town.town().name() + " is left empty: " + world.faction(heir).name()
                    + " has no troops to spare within reach");
            return;
        }
        if (present != null) {
            present.fortify(c.spec().fortification());
        } else {
            world.newGarrison(heir, town.index(), troops, c.spec().fortification(), params.stockDays() / 2, null);
        }
        world.emit(EventKind.TRANSFER, heir, c.faction(), town.cell(), 0, 0, 0, world.faction(heir).name()
                + " takes over the " + world.faction(c.faction()).name() + " base at " + town.town().name());
    }

    /**
     * Troops the heir can spare within reach, taken from garrisons above their minimum and idle units; none at
     * all when they would be too few to hold a post (a quarter of the hand-over size), so that nobody is moved
     * for nothing.
     */
    private int gather(int heir, int town) {
        int wanted = params.handoverTroops();
        RoadNetwork.Tree roads = world.grid().geography().roads().shortestPathTree(town, l -> l.km());
        List<Garrison> donors = new ArrayList<>();
        for (Garrison g : world.garrisons()) {
            if (g.faction() == heir && !g.inBattle() && roads.cost(g.town()) <= params.handoverReachKm()
                    && g.troops() - params.minGarrison() > 0 && !world.town(g.town()).blockaded()) {
                donors.add(g);
            }
        }
        donors.sort((a, b) -> Double.compare(roads.cost(a.town()), roads.cost(b.town())));
        List<ArmedUnit> units = new ArrayList<>();
        for (ArmedUnit u : world.units()) {
            if (u.faction() == heir && u.mission() == Mission.IDLE && !u.inBattle()
                    && world.grid().travelTo(town).cost(u.cell()) <= params.handoverReachKm()) {
                units.add(u);
            }
        }
        int available = 0;
        for (Garrison g : donors) {
            available += (g.troops() - params.minGarrison()) / 2;
        }
        for (ArmedUnit u : units) {
            available += u.strength();
        }
        if (Math.min(available, wanted) < params.handoverTroops() / 4) {
            return 0;
        }
        int got = 0;
        for (Garrison g : donors) {
            if (got >= wanted) {
                break;
            }
            int spare = g.troops() - params.minGarrison();
            got += g.removeTroops(Math.min(spare / 2, wanted - got));
        }
        for (ArmedUnit u : units) {
            if (got >= wanted) {
                break;
            }
            got += u.removeStrength(wanted - got);
        }
        world.removeFallen();
        return got;
    }

}
